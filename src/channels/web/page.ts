/**
 * The web chat page, rendered on the server in the first guessed language: pure (data in, HTML out),
 * no inline script or style (the CSP forbids both), every visible string from locales/LANG/web.json.
 * Elements carry data-i18n keys so /app.js can relabel them when the language changes.
 */
import type { Lang } from '../../ids.js';
import { escapeHtml as e, telHref } from './html.js';
import { webStrings, type WebKey, type WebStrings } from './strings.js';

export type PageMode = 'new' | 'resume';

export interface EmergencyNumber {
  number: string;
  label: WebKey;
}

export interface PageInput {
  lang: Lang;
  mode: PageMode;
  exitUrl: string;
  emergency: readonly EmergencyNumber[];
}

const LANG_BUTTONS: readonly { lang: Lang; key: WebKey }[] = [
  { lang: 'ja', key: 'langJa' },
  { lang: 'en', key: 'langEn' },
  { lang: 'ja-easy', key: 'langJaEasy' },
];

/** The `lang` attribute for a language: やさしい日本語 is Japanese to a browser and a screen reader. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'ja';
}

function text(s: WebStrings, key: WebKey, tag = 'span', attrs = ''): string {
  return `<${tag}${attrs} data-i18n="${key}">${e(s[key])}</${tag}>`;
}

function emergencyStrip(s: WebStrings, numbers: readonly EmergencyNumber[]): string {
  const items = numbers
    .map(
      (n) =>
        `<li><a class="strip-call" href="${e(telHref(n.number))}"><span class="strip-number">${e(n.number)}</span> ${text(s, n.label)}</a></li>`,
    )
    .join('');
  return `<nav class="emergency-strip" aria-labelledby="strip-label">${text(s, 'emergencyStrip', 'span', ' id="strip-label" class="strip-label"')}<ul>${items}</ul></nav>`;
}

function langSwitch(s: WebStrings, current: Lang): string {
  const buttons = LANG_BUTTONS.map(
    (b) =>
      `<button type="button" class="lang" data-choice="lang-${b.lang}" lang="${htmlLang(b.lang)}" aria-pressed="${b.lang === current}">${e(s[b.key])}</button>`,
  ).join('');
  return `<div class="lang-switch" role="group" aria-labelledby="lang-label">${text(s, 'languageLabel', 'span', ' id="lang-label" class="lang-label"')}${buttons}</div>`;
}

function resumeOffer(s: WebStrings): { log: string; choices: string } {
  return {
    log: `<li class="msg bot">${text(s, 'resumePrompt')}</li>`,
    choices:
      `<button type="button" class="choice" data-choice="continue">${text(s, 'resumeContinue')}</button>` +
      `<button type="button" class="choice" data-choice="restart">${text(s, 'resumeRestart')}</button>`,
  };
}

export function renderPage(input: PageInput): string {
  const s = webStrings(input.lang);
  const resume = input.mode === 'resume' ? resumeOffer(s) : { log: '', choices: '' };
  return `<!doctype html>
<html lang="${htmlLang(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title data-i18n="title">${e(s.title)}</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body data-lang="${e(input.lang)}" data-mode="${input.mode}" data-exit-url="${e(input.exitUrl)}">
<header class="top">
<div class="bar">${text(s, 'heading', 'h1', ' class="heading"')}<button type="button" id="quick-exit" class="quick-exit" data-i18n="quickExit">${e(s.quickExit)}</button></div>
${emergencyStrip(s, input.emergency)}
</header>
<main class="chat">
${langSwitch(s, input.lang)}
<ol id="log" class="log" aria-live="polite" data-i18n-aria-label="logLabel" aria-label="${e(s.logLabel)}">${resume.log}</ol>
<div id="choices" class="choices" role="group" data-i18n-aria-label="choicesLabel" aria-label="${e(s.choicesLabel)}">${resume.choices}</div>
<form id="composer" class="composer" autocomplete="off">
${text(s, 'inputLabel', 'label', ' for="text" class="visually-hidden"')}
<input id="text" name="text" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" maxlength="2000" enterkeyhint="send" data-i18n-placeholder="inputPlaceholder" placeholder="${e(s.inputPlaceholder)}">
<button type="submit" class="send" data-i18n="send">${e(s.send)}</button>
</form>
</main>
<footer class="foot">${text(s, 'privacyNote', 'p')}${text(s, 'quickExitHint', 'p')}</footer>
<noscript>${text(s, 'noScript', 'p', ' class="noscript"')}</noscript>
</body>
</html>
`;
}
