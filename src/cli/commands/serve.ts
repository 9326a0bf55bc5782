import { ErrorCode, MockforgeError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

// Placeholder until its issue lands: says so plainly instead of pretending to work.
export const command: CliCommand = {
  name: 'serve',
  summary: 'not built yet',
  usage: 'mockforge serve: not built yet',
  async run() {
    throw new MockforgeError(ErrorCode.UsageInvalid, "'mockforge serve' is not built yet");
  },
};
