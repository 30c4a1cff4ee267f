/**
 * The directory as Open Referral HSDS 3.0 (organizations and services with their phones, schedules, languages,
 * cost options, topic attributes and provenance metadata). Identifiers are UUID v5 of the stable channel and
 * operator ids, so an export is the same every time. Pure: the directory and a language in, a document out.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Lang } from '../ids.js';
import type { Directory } from './directory.js';
import { localized, type Channel, type Contact, type Day, type Hours, type Source } from './schema.js';

/** The namespace of every tsunagu HSDS identifier (a fixed random UUID). */
const NAMESPACE = '6f1d0c8e-2b7a-4f4e-9a57-3c1f0e5b9d21';
const id = (...parts: string[]) => uuidv5(parts.join(':'), NAMESPACE);
const DAY_CODES: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const JST_OFFSET_HOURS = 9;

type Json = Record<string, unknown>;

function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ja' : 'en';
}

function citation(source: Source): { by: string; value: string; date: string } {
  if ('seed' in source) return { by: 'source document', value: `[${source.seed}:${source.lines}]`, date: '' };
  return { by: 'channel-facts.md', value: `section ${source.facts} (${source.confidence})`, date: source.verifiedAt };
}

function schedules(contact: Contact, serviceId: string, key: string): Json[] {
  const hours: Hours | null = contact.hours;
  if (hours === null) return [];
  const base = { service_id: serviceId, freq: 'WEEKLY', timezone: JST_OFFSET_HOURS, attending_type: contact.kind };
  if ('always' in hours) {
    return [{ ...base, id: id(key, 'always'), byday: Object.values(DAY_CODES).join(','), opens_at: '00:00', closes_at: '23:59', description: '24 hours, every day' }];
  }
  const notes = [
    ...(hours.holidays === 'closed' ? ['closed on Japanese public holidays'] : []),
    ...hours.closures.map((c) => `closed ${c.from} to ${c.to}`),
  ].join('; ');
  return hours.weekly.map((rule, i) => ({
    ...base,
    id: id(key, 'rule', String(i)),
    byday: rule.days.map((d) => DAY_CODES[d]).join(','),
    opens_at: rule.open,
    closes_at: rule.close,
    ...(notes ? { notes } : {}),
  }));
}

function languages(codes: readonly string[], owner: { service_id?: string; phone_id?: string }, key: string): Json[] {
  return codes.map((code) => ({ id: id(key, 'lang', code), code, ...owner }));
}

function metadata(channel: Channel, resourceId: string): Json[] {
  const sources = [...channel.sources, ...channel.contacts.flatMap((c) => c.sources)];
  return sources.map((source, i) => {
    const c = citation(source);
    return {
      id: id('channel', channel.id, 'source', String(i)),
      resource_id: resourceId,
      resource_type: 'service',
      last_action_date: c.date,
      last_action_type: 'verified',
      field_name: i < channel.sources.length ? 'service' : 'contact',
      previous_value: '',
      replacement_value: c.value,
      updated_by: c.by,
    };
  });
}

function service(channel: Channel, lang: Lang): Json {
  const serviceId = id('channel', channel.id);
  const phones = channel.contacts
    .map((contact, i) => ({ contact, key: `channel:${channel.id}:contact:${i}` }))
    .filter(({ contact }) => contact.kind === 'phone');
  const url = channel.contacts.find((c) => c.kind === 'web' && typeof c.value === 'string')?.value as string | undefined;
  const verified = [...channel.sources, ...channel.contacts.flatMap((c) => c.sources)]
    .flatMap((s) => ('verifiedAt' in s ? [s.verifiedAt] : []))
    .sort()
    .pop();
  const costs = [...new Set(channel.contacts.map((c) => c.cost).filter((c): c is 'free' | 'paid' => c !== null))];
  return {
    id: serviceId,
    organization_id: id('operator', channel.operator.en),
    name: channel.names[lang],
    alternate_name: channel.names[otherLang(lang)],
    description: channel.purpose[lang],
    status: 'active',
    ...(url ? { url } : {}),
    ...(costs.length ? { fees_description: costs.join(', ') } : {}),
    eligibility_description: `roles: ${channel.roles.join(', ')}`,
    minimum_age: channel.ages.min,
    maximum_age: channel.ages.max,
    ...(verified ? { assured_date: verified } : {}),
    phones: phones.map(({ contact, key }) => ({
      id: id(key),
      service_id: serviceId,
      number: localized(contact.value, lang),
      type: 'voice',
      ...(contact.note ? { description: contact.note[lang] } : {}),
      languages: languages(contact.languages, { phone_id: id(key) }, key),
    })),
    schedules: channel.contacts.flatMap((contact, i) => schedules(contact, serviceId, `channel:${channel.id}:contact:${i}`)),
    languages: languages([...new Set(channel.contacts.flatMap((c) => c.languages))], { service_id: serviceId }, `channel:${channel.id}`),
    cost_options: costs.map((cost) => ({ id: id('channel', channel.id, 'cost', cost), service_id: serviceId, option: cost, ...(cost === 'free' ? { amount: 0, currency: 'JPY' } : {}) })),
    attributes: Object.keys(channel.topics).map((topic) => ({
      id: id('channel', channel.id, 'topic', topic),
      link_id: serviceId,
      link_type: 'topic',
      link_entity: 'service',
      value: topic,
    })),
    metadata: metadata(channel, serviceId),
  };
}

export function toHsds(directory: Directory, lang: Lang): { organizations: Json[]; services: Json[] } {
  const operators = new Map<string, Channel['operator']>();
  for (const channel of directory.channels) operators.set(channel.operator.en, channel.operator);
  return {
    organizations: [...operators.values()].map((operator) => ({
      id: id('operator', operator.en),
      name: operator[lang],
      alternate_name: operator[otherLang(lang)],
      description: operator[lang],
    })),
    services: directory.channels.map((channel) => service(channel, lang)),
  };
}
