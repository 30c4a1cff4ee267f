#!/usr/bin/env node
/** The `tsunagu` command. Loads no Slack or Teams code. */
import { main } from './cli/program.js';

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tsunagu: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
