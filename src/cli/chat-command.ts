/** `tsunagu chat`: the conversation in a terminal, or as JSON lines for scripts (DESIGN.md section 6). */
import type { Command } from 'commander';
import type { ChatOptions } from './chat-action.js';

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('talk with tsunagu in the terminal (numbered choices, or type freely)')
    .option('--lang <lang>', 'ja, en, ja-easy (default TSUNAGU_LANG or ja)')
    .option('--jsonl', 'read {"text"} or {"choice"} JSON lines on stdin, write one JSON reply line per input')
    .option('--at <iso>', 'fix the clock for opening hours (ISO 8601; no offset means Japan time)')
    .option('--conversation <id>', 'keep the conversation in the store under this id and resume it next time')
    .option('--seeds <dir>', 'use another copy of seeds/ (or TSUNAGU_SEEDS)')
    .addHelpText('after', '\nEnvironment: TSUNAGU_STORE (sqlite:PATH default sqlite:./data/tsunagu.db, memory), TSUNAGU_LANG, TSUNAGU_SEEDS')
    .action(async (options: ChatOptions) => (await import('./chat-action.js')).chatAction(options));
}
