/**
 * A reply rendered to text in its own language: the `chat --jsonl` line shape (DESIGN.md section 6),
 * which the web chat uses too. Codes (IDs, kind, cost, anonymous, openNow) stay codes.
 */
import type { Directory } from '../directory/directory.js';
import { formatHours } from '../directory/format-hours.js';
import { fixedT, type Translate } from '../i18n/i18n.js';
import { presentResult, type ReferralView } from '../referral/present.js';
import { CHANNEL } from '../referral/rules.js';
import type { Guess } from './context.js';
import { isCommandChoice, isLangChoice, type QuestionId } from './questions.js';
import type { Message, Reply, Summary } from './reply.js';

export interface RenderedChoice {
  id: string;
  label: string;
}

export interface RenderedReply {
  messages: { text: string }[];
  ask: QuestionId | null;
  choices: RenderedChoice[];
  referrals: ReferralView[] | null;
  emergency: boolean;
  state: string;
  /** Notices that go with the referrals, in the reply's language. */
  notices?: string[];
}

type SummaryKey = keyof Summary;
const SUMMARY_KEYS: SummaryKey[] = ['role', 'age', 'topic', 'urgency'];

function answerLabel(t: Translate, key: SummaryKey, value: string): string {
  return t(`conversation:choice.${key}.${value}` as 'conversation:choice.role.child');
}

function summaryItems(t: Translate, summary: Summary): string {
  const items = SUMMARY_KEYS.filter((k) => summary[k] !== undefined).map((k) =>
    t(`conversation:summary.${k}`, { value: answerLabel(t, k, summary[k]!) }),
  );
  return items.length ? items.join(t('conversation:summary.separator')) : t('conversation:summary.nothing');
}

function guessItems(t: Translate, guess: Guess): string {
  return summaryItems(t, guess as Summary);
}

/** The emergency card: 110, 119, 189, and a 24 h crisis line when suicide or self-harm was mentioned. */
export function emergencyLines(directory: Directory, t: Translate, lang: Reply['lang'], selfHarm: boolean): string[] {
  const ids = [CHANNEL.police, CHANNEL.ambulance, CHANNEL.childAbuseLine, ...(selfHarm ? [CHANNEL.crisisLine] : [])];
  const lines = ids.flatMap((id) => {
    const channel = directory.byId.get(id);
    const phone = channel?.contacts.find((c) => c.kind === 'phone');
    if (!channel || !phone || typeof phone.value !== 'string') return [];
    return [t('conversation:emergency.line', { number: phone.value, name: channel.names[lang], hours: formatHours(phone.hours, t) ?? '' })];
  });
  return [
    t('conversation:emergency.title'),
    ...lines,
    ...(selfHarm ? [t('conversation:emergency.selfHarm')] : []),
    t('conversation:emergency.notYourFault'),
    t('conversation:emergency.goOn'),
  ];
}

function messageText(message: Message, reply: Reply, directory: Directory, t: Translate): string[] {
  switch (message.type) {
    case 'note':
      return message.note === 'greeting'
        ? [t('conversation:note.greeting'), t('conversation:note.dangerBanner')]
        : [t(`conversation:note.${message.note}`)];
    case 'emergency-card':
      return emergencyLines(directory, t, reply.lang, message.selfHarm);
    case 'guess':
      return [t('conversation:guess', { items: guessItems(t, message.guess) })];
    case 'summary':
      return [t('conversation:summary.line', { items: summaryItems(t, message.summary) })];
    case 'question':
      return message.q === 'confirm' ? [] : [t(`conversation:question.${message.q}`)];
    case 'change-which':
      return [t('conversation:changeWhich')];
    case 'referrals-intro':
      return [message.page === 0 ? t('conversation:referralsIntro') : t('conversation:referralsMore')];
  }
}

export function choiceLabel(t: Translate, ask: QuestionId | null, state: string, id: string): string {
  if (isLangChoice(id)) return t(`conversation:choice.lang.${id}`);
  if (ask === 'urgency' && id === 'emergency') return t('conversation:choice.urgency.emergency');
  if (isCommandChoice(id)) return t(`conversation:choice.command.${id}`);
  if (state === 'changing') return t(`conversation:choice.change.${id as 'role'}`);
  const q = ask ?? 'confirm';
  return t(`conversation:choice.${q}.${id}` as 'conversation:choice.role.child');
}

export function renderReply(reply: Reply, directory: Directory): RenderedReply {
  const t = fixedT(reply.lang);
  const texts = reply.messages.flatMap((m) => messageText(m, reply, directory, t));
  const view = reply.referrals ? presentResult(reply.referrals, reply.lang, t) : null;
  if (view && reply.childSpeaking) texts.push(t('conversation:childIntro'));
  if (view) texts.push(...view.notices);
  return {
    messages: texts.map((text) => ({ text })),
    ask: reply.ask,
    choices: reply.choices.map((id) => ({ id, label: choiceLabel(t, reply.ask, reply.state, id) })),
    referrals: view ? view.referrals : null,
    emergency: reply.emergency,
    state: reply.state,
  };
}
