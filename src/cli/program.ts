/** The `tsunagu` program: commands, and the mapping of errors to exit codes (2 for bad arguments). */
import { Command, CommanderError } from 'commander';
import { registerChat } from './chat-command.js';
import { registerClassify } from './classify-command.js';
import { registerDirectory } from './directory-command.js';
import { registerRefer } from './refer-command.js';
import { UsageError } from './usage-error.js';
import { DirectoryError } from '../directory/directory-error.js';

export function buildProgram(): Command {
  const program = new Command('tsunagu')
    .description('tsunagu: find the right consultation service in Japan for a worry about a child')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') });
  registerRefer(program);
  registerDirectory(program);
  registerChat(program);
  registerClassify(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`tsunagu: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DirectoryError) {
      process.stderr.write(`tsunagu: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

