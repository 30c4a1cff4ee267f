/** What `tsunagu directory check` reports: counts, sources by kind, and records past the freshness limit. */
import type { Directory } from './directory.js';
import type { FactSource, Source } from './schema.js';

export interface StaleRecord {
  id: string;
  verifiedAt: string;
  days: number;
}

export interface DirectoryReport {
  channels: number;
  contacts: number;
  seedCitations: number;
  factRows: number;
  byConfidence: Record<string, number>;
  stale: StaleRecord[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function allSources(directory: Directory): Source[] {
  return directory.channels.flatMap((c) => [
    ...c.sources,
    ...c.contacts.flatMap((k) => k.sources),
    ...c.limits.flatMap((l) => l.sources),
  ]);
}

const isFact = (s: Source): s is FactSource => 'facts' in s;

/** The oldest verifiedAt among a channel's contact facts; undefined when it cites only the seeds. */
function oldestVerified(sources: readonly Source[]): string | undefined {
  return sources.filter(isFact).map((s) => s.verifiedAt).sort()[0];
}

export function checkDirectory(directory: Directory, at: Date, maxAgeDays: number): DirectoryReport {
  const sources = allSources(directory);
  const facts = sources.filter(isFact);
  const byConfidence: Record<string, number> = {};
  for (const f of facts) byConfidence[f.confidence] = (byConfidence[f.confidence] ?? 0) + 1;
  const stale: StaleRecord[] = [];
  for (const channel of directory.channels) {
    const verifiedAt = oldestVerified([...channel.sources, ...channel.contacts.flatMap((c) => c.sources)]);
    if (!verifiedAt) continue;
    const days = Math.floor((at.getTime() - Date.parse(`${verifiedAt}T00:00:00+09:00`)) / DAY_MS);
    if (days > maxAgeDays) stale.push({ id: channel.id, verifiedAt, days });
  }
  return {
    channels: directory.channels.length,
    contacts: directory.channels.reduce((n, c) => n + c.contacts.length, 0),
    seedCitations: sources.length - facts.length,
    factRows: facts.length,
    byConfidence,
    stale,
  };
}
