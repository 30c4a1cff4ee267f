/** The page's own strings (locales/LANG/web.json), for the server-rendered page and for /api/strings. */
import { resources } from '../../i18n/resources.js';
import type { Lang } from '../../ids.js';

export type WebStrings = (typeof resources)['ja']['web'];
export type WebKey = keyof WebStrings;

export function webStrings(lang: Lang): WebStrings {
  return resources[lang].web;
}

/** `{{name}}` placeholders filled from `values`, as i18next does (the page does the same on its side). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
