/** What `tsunagu chat` does; loaded only when the command runs (it brings in the engine and the store). */
import { openChatSession } from '../channels/console/chat-session.js';
import { runInteractiveChat } from '../channels/console/interactive-chat.js';
import { runJsonlChat } from '../channels/console/jsonl-chat.js';
import { createEngine } from '../conversation/engine.js';
import { loadDirectory } from '../directory/loader.js';
import { fixedT } from '../i18n/i18n.js';
import { seedsDir } from '../paths.js';
import { openStore, DEFAULT_STORE } from '../store/open-store.js';
import { loadLexicon } from '../understanding/index.js';
import { parseAt, resolveLang } from './options.js';

export interface ChatOptions {
  lang?: string;
  jsonl?: boolean;
  at?: string;
  conversation?: string;
  seeds?: string;
}

export async function chatAction(options: ChatOptions): Promise<void> {
  const lang = resolveLang(options.lang);
  const t = fixedT(lang);
  const fixed = options.at === undefined ? undefined : parseAt('--at', options.at, t);
  const seeds = seedsDir(options.seeds);
  const directory = loadDirectory(seeds);
  const engine = createEngine({ directory, lexicon: loadLexicon(seeds), defaultLang: lang });
  const store = openStore(process.env.TSUNAGU_STORE || DEFAULT_STORE);
  const session = openChatSession({
    store,
    engine,
    directory,
    clock: () => fixed ?? new Date(),
    ...(options.conversation === undefined ? {} : { conversationId: options.conversation }),
  });
  try {
    if (options.jsonl) await runJsonlChat(session, process.stdin, process.stdout, process.stderr, t('cli:notJson'));
    else await runInteractiveChat(session, process.stdin, process.stdout, t('cli:prompt'));
    await session.end();
  } finally {
    await store.close();
  }
}

