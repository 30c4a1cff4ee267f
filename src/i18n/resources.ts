/** All locale namespaces, bundled at build time so the CLI and server start without file look-ups. */
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import enConversation from '../../locales/en/conversation.json' with { type: 'json' };
import enReferral from '../../locales/en/referral.json' with { type: 'json' };
import enWeb from '../../locales/en/web.json' with { type: 'json' };
import jaCli from '../../locales/ja/cli.json' with { type: 'json' };
import jaConversation from '../../locales/ja/conversation.json' with { type: 'json' };
import jaReferral from '../../locales/ja/referral.json' with { type: 'json' };
import jaWeb from '../../locales/ja/web.json' with { type: 'json' };
import easyCli from '../../locales/ja-easy/cli.json' with { type: 'json' };
import easyConversation from '../../locales/ja-easy/conversation.json' with { type: 'json' };
import easyReferral from '../../locales/ja-easy/referral.json' with { type: 'json' };
import easyWeb from '../../locales/ja-easy/web.json' with { type: 'json' };
import type { Lang } from '../ids.js';

export const resources = {
  ja: { referral: jaReferral, cli: jaCli, conversation: jaConversation, web: jaWeb },
  en: { referral: enReferral, cli: enCli, conversation: enConversation, web: enWeb },
  'ja-easy': { referral: easyReferral, cli: easyCli, conversation: easyConversation, web: easyWeb },
} satisfies Record<Lang, Record<string, unknown>>;

export const NAMESPACES = ['referral', 'cli', 'conversation', 'web'] as const satisfies readonly (keyof (typeof resources)['ja'])[];
export type Namespace = (typeof NAMESPACES)[number];
