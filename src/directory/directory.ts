/** The loaded, cross-checked channel directory and its look-ups. */
import type { Channel } from './schema.js';

export interface Directory {
  readonly channels: readonly Channel[];
  readonly byId: ReadonlyMap<string, Channel>;
  /** Where it was read from, for messages. */
  readonly source: string;
}

export function makeDirectory(channels: readonly Channel[], source: string): Directory {
  return { channels, byId: new Map(channels.map((c) => [c.id, c])), source };
}

export function channelById(directory: Directory, id: string): Channel {
  const channel = directory.byId.get(id);
  if (!channel) throw new Error(`tsunagu: channel "${id}" is not in the directory at ${directory.source}`);
  return channel;
}
