// A large self-contained contract whose text is the same on both sides (a pull request that left it alone)
// has no changes: oasdiff is not run for it. A copy with one property removed must still go to oasdiff.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Exec, runProcess } from '../../../src/core/exec/run-process.js';
import { CORPUS, tempProject } from '../../helpers/temp-project.js';
import { diffIn, OASDIFF } from './git-repo.js';

const MESSAGING = join(CORPUS, 'twilio', 'messaging_v1.yaml');

function recordingExec(commands: string[]): Exec {
  return (command, args, options) => {
    commands.push(command);
    return runProcess(command, args, options);
  };
}

describe('a contract with the same text on both sides', () => {
  it('is unchanged without running oasdiff; an edited copy still goes to oasdiff', async () => {
    const dir = tempProject({});
    copyFileSync(MESSAGING, join(dir, 'base.yaml'));
    copyFileSync(MESSAGING, join(dir, 'same.yaml'));
    const text = readFileSync(MESSAGING, 'utf8');
    const edited = text.replace(/\n {8}date_updated:\n( {10}.*\n)+/, '\n');
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, 'edited.yaml'), edited);
    const options = { versionPolicy: false, failOn: 'never' as const };

    const sameCommands: string[] = [];
    const same = await diffIn(dir, {
      ...options,
      base: 'base.yaml',
      head: 'same.yaml',
      exec: recordingExec(sameCommands),
    });
    expect(sameCommands).not.toContain(OASDIFF);
    expect(same.contracts[0]).toMatchObject({ status: 'unchanged', changes: [], headVersion: '1.0.0' });

    const editedCommands: string[] = [];
    const changed = await diffIn(dir, {
      ...options,
      base: 'base.yaml',
      head: 'edited.yaml',
      exec: recordingExec(editedCommands),
    });
    expect(editedCommands).toContain(OASDIFF);
    expect(changed.contracts[0]?.status).toBe('changed');
    expect(changed.contracts[0]?.changes.map((c) => c.id)).toContain('response-optional-property-removed');
  }, 60_000);
});
