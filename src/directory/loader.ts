/**
 * Reads seeds/channels/*.yaml, validates each record with zod and cross-checks the whole:
 * unique ids that match their file names, every required channel present, every channel the
 * referral rules name present. Any problem throws a DirectoryError naming file, record and field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { DirectoryError } from './directory-error.js';
import { makeDirectory, type Directory } from './directory.js';
import { REQUIRED_CHANNELS } from './required.js';
import { Channel } from './schema.js';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.');
}

function parseFile(file: string): Channel {
  const name = basename(file);
  const fallbackId = name.replace(/\.ya?ml$/, '');
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DirectoryError(name, fallbackId, '(file)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : fallbackId;
  const result = Channel.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DirectoryError(name, id, fieldPath(issue.path), issue.message);
  }
  if (result.data.id !== fallbackId) {
    throw new DirectoryError(name, id, 'id', `must match the file name "${fallbackId}"`);
  }
  return result.data;
}

export function channelFiles(seeds: string): string[] {
  const dir = join(seeds, 'channels');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new DirectoryError(dir, '-', '(folder)', 'the channel folder cannot be read');
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

export function loadDirectory(seeds: string, requiredIds: readonly string[] = REQUIRED_CHANNELS): Directory {
  const channels = channelFiles(seeds).map(parseFile);
  const ids = new Set<string>();
  for (const channel of channels) {
    if (ids.has(channel.id)) throw new DirectoryError(`${channel.id}.yaml`, channel.id, 'id', 'duplicate id');
    ids.add(channel.id);
  }
  for (const id of requiredIds) {
    if (!ids.has(id)) throw new DirectoryError(join(seeds, 'channels'), id, 'id', 'required channel is missing');
  }
  return makeDirectory(channels, join(seeds, 'channels'));
}
