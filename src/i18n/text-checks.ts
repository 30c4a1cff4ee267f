/**
 * Checks outside locales/: the directory's own user-visible texts (names, purposes, notes) are in
 * all three languages, safe and readable; and no user-visible Japanese text sits in program code.
 */
import type { Directory } from '../directory/directory.js';
import type { Localized } from '../directory/schema.js';
import { LANGS } from '../ids.js';
import { bannedIn, easyProblems } from './safe-messaging.js';

function texts(directory: Directory): { where: string; text: Localized }[] {
  return directory.channels.flatMap((c) => [
    { where: `${c.id}.names`, text: c.names },
    { where: `${c.id}.operator`, text: c.operator },
    { where: `${c.id}.purpose`, text: c.purpose },
    ...c.notes.map((text, i) => ({ where: `${c.id}.notes.${i}`, text })),
    ...c.limits.map((l, i) => ({ where: `${c.id}.limits.${i}.note`, text: l.note })),
    ...c.contacts.flatMap((k, i) => [
      ...(k.note ? [{ where: `${c.id}.contacts.${i}.note`, text: k.note }] : []),
      ...(typeof k.value === 'string' ? [] : [{ where: `${c.id}.contacts.${i}.value`, text: k.value }]),
    ]),
  ]);
}

export function directoryTextProblems(directory: Directory): string[] {
  const problems: string[] = [];
  for (const { where, text } of texts(directory)) {
    for (const lang of LANGS) {
      const banned = bannedIn(lang, text[lang]);
      if (banned) problems.push(`${where} (${lang}) ${banned.why}: "${text[lang]}"`);
    }
    for (const p of easyProblems(text['ja-easy'])) problems.push(`${where} (ja-easy): ${p}`);
  }
  return problems;
}

/** Folders whose Japanese literals are matching patterns, never shown to a person. */
export const PATTERN_FOLDERS = ['src/understanding/', 'src/i18n/safe-messaging.ts'];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const STRING_LITERAL = /(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g;

/** Japanese text in string literals of program code (comments are ignored). */
export function sourceLiteralProblems(file: string, source: string): string[] {
  if (PATTERN_FOLDERS.some((f) => file.includes(f))) return [];
  const problems: string[] = [];
  source.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
    for (const m of code.matchAll(STRING_LITERAL)) {
      if (JAPANESE.test(m[2] ?? '')) problems.push(`${file}:${i + 1}: user-visible text belongs in locales/: ${m[0]}`);
    }
  });
  return problems;
}
