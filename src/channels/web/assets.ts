/**
 * The page's static files, src/channels/web/static/app.{js,css}: plain browser files, not compiled.
 * dist/server.js is a bundle, so they are read from the project folder (projectRoot(), which is the
 * same from src/ and from dist/) once at start, kept in memory and served from there; a missing
 * file stops the start, never a request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../paths.js';

export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

export const STATIC_DIR = join('src', 'channels', 'web', 'static');

const ASSETS = {
  '/app.js': { file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', contentType: 'text/css; charset=utf-8' },
} as const;

export type AssetPath = keyof typeof ASSETS;

export function loadAssets(root: string = projectRoot()): Record<AssetPath, StaticAsset> {
  const dir = join(root, STATIC_DIR);
  const entries = Object.entries(ASSETS).map(([path, a]) => [path, { body: readFileSync(join(dir, a.file)), contentType: a.contentType }]);
  return Object.fromEntries(entries) as Record<AssetPath, StaticAsset>;
}
