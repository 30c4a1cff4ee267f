/** locales/{ja,en,ja-easy}/web.json: the same keys everywhere, and every key the page script uses exists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATIC_DIR } from '../../src/channels/web/assets.js';
import { LANGS } from '../../src/ids.js';
import { projectRoot } from '../../src/paths.js';

const root = projectRoot();
const read = (lang: string) => JSON.parse(readFileSync(join(root, 'locales', lang, 'web.json'), 'utf8')) as Record<string, unknown>;

describe('web.json', () => {
  it('has the same keys, all non-empty strings, in ja, en and ja-easy', () => {
    const ja = Object.keys(read('ja')).sort();
    expect(ja.length).toBeGreaterThan(20);
    for (const lang of LANGS) {
      const strings = read(lang);
      expect(Object.keys(strings).sort(), lang).toEqual(ja);
      for (const [key, value] of Object.entries(strings)) {
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}.${key}`).toBe(true);
      }
    }
  });

  it('holds every key /app.js reads', () => {
    const script = readFileSync(join(root, STATIC_DIR, 'app.js'), 'utf8');
    const used = new Set([...script.matchAll(/\bs\.([a-zA-Z]+)\b/g), ...script.matchAll(/'(kind[A-Z][a-zA-Z]+)'/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(15);
    const ja = read('ja');
    for (const key of used) expect(ja, key).toHaveProperty(key);
  });

  it('the script sets no inline style and writes no HTML (text only)', () => {
    const script = readFileSync(join(root, STATIC_DIR, 'app.js'), 'utf8');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.style\b|eval\(|new Function/);
  });
});
