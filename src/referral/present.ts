/**
 * The referral answer in the shape of the `refer --json` contract (DESIGN.md section 6): codes stay
 * codes (kind, cost, anonymous, openNow); names, hours and reasons are in the reader's language.
 */
import type { Translate } from '../i18n/i18n.js';
import { formatHours } from '../directory/format-hours.js';
import { localized, type Channel, type Contact } from '../directory/schema.js';
import type { Lang } from '../ids.js';
import type { RankedReferral, ReferralResult } from './result.js';

export interface ContactView {
  kind: Contact['kind'];
  value: string;
  hours: string | null;
  cost: Contact['cost'];
  anonymous: Contact['anonymous'];
}

export interface ReferralView {
  channelId: string;
  name: string;
  contacts: ContactView[];
  openNow: boolean | null;
  reasons: string[];
}

export interface ReferralResultView {
  emergency: boolean;
  referrals: ReferralView[];
  notices: string[];
}

export function presentContact(contact: Contact, lang: Lang, t: Translate): ContactView {
  return {
    kind: contact.kind,
    value: localized(contact.value, lang),
    hours: formatHours(contact.hours, t),
    cost: contact.cost,
    anonymous: contact.anonymous,
  };
}

function reasonText(referral: RankedReferral, channel: Channel, lang: Lang, t: Translate): string[] {
  return referral.reasons.map((r) => (r === 'purpose' ? channel.purpose[lang] : t(`referral:reason.${r}`)));
}

export function presentReferral(referral: RankedReferral, lang: Lang, t: Translate): ReferralView {
  const { channel } = referral;
  return {
    channelId: channel.id,
    name: channel.names[lang],
    contacts: channel.contacts.map((c) => presentContact(c, lang, t)),
    openNow: referral.openNow,
    reasons: reasonText(referral, channel, lang, t),
  };
}

export function presentResult(result: ReferralResult, lang: Lang, t: Translate): ReferralResultView {
  return {
    emergency: result.emergency,
    referrals: result.referrals.map((r) => presentReferral(r, lang, t)),
    notices: result.notices.map((n) => t(`referral:notice.${n}`)),
  };
}
