import { ErrorCode, MockforgeError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly instead of pretending to work.
export const command: CliCommand = {
  name: 'diff',
  summary: 'not built yet',
  usage: 'mockforge diff: not built yet',
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge diff' is not built yet");
  },
};
