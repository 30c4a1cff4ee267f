/**
 * One i18next instance per process; every turn gets a `t` fixed to one language, so concurrent
 * conversations never change a shared language.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../ids.js';
import { NAMESPACES, resources } from './resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'referral';
    resources: (typeof resources)['ja'];
  }
}

let instance: i18n | undefined;

export function i18nInstance(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'ja',
      supportedLngs: [...LANGS],
      /** No fallback: a missing key in one language must show, never silently become another language. */
      fallbackLng: false,
      /** 'ja-easy' is its own language: never resolve it to 'ja', never recase it to 'ja-Easy'. */
      load: 'currentOnly',
      lowerCaseLng: true,
      ns: [...NAMESPACES],
      defaultNS: 'referral',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A `t` that takes keys of every namespace as "ns:key"; a wrong key is a type error. */
export type Translate = TFunction<typeof NAMESPACES>;

export function fixedT(lang: Lang): Translate {
  return i18nInstance().getFixedT(lang, NAMESPACES);
}
