import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/ids.js';
import { defaultSeedsDir, loadLexicon } from '../../src/understanding/index.js';

const temps: string[] = [];

/** A copy of seeds/lexicon in a temporary seeds folder, with one file changed. */
function seedsWith(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'tsunagu-lexicon-'));
  temps.push(root);
  cpSync(join(defaultSeedsDir(), 'lexicon'), join(root, 'lexicon'), { recursive: true });
  const path = join(root, 'lexicon', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('loadLexicon', () => {
  it('finds the project seeds folder from the module location', () => {
    const dir = defaultSeedsDir();
    expect(dir.endsWith('seeds')).toBe(true);
    expect(statSync(join(dirname(dir), 'package.json')).isFile()).toBe(true);
  });

  it('loads the project lexicon, with words for every topic except other', () => {
    const lex = loadLexicon(defaultSeedsDir());
    const covered = new Set(lex.data.topics.groups.map((g) => g.topic));
    for (const t of TOPICS) if (t !== 'other') expect(covered.has(t), t).toBe(true);
  });

  it('keeps the lexicon and the learned model under 1 MB together (DESIGN.md section 6)', () => {
    const dir = join(defaultSeedsDir(), 'lexicon');
    const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('names the learned model file when it is cut short or not JSON', () => {
    const binaryOf = (seeds: string) => join(seeds, 'lexicon', 'learned-model.bin.gz');
    const cut = seedsWith('learned-model.json', (t) => t);
    writeFileSync(binaryOf(cut), readFileSync(binaryOf(cut)).subarray(0, 100));
    expect(() => loadLexicon(cut)).toThrow(/learned-model\.bin\.gz: not a gzip file/);
    const short = seedsWith('learned-model.json', (t) => t);
    const body = gunzipSync(readFileSync(binaryOf(short)));
    writeFileSync(binaryOf(short), gzipSync(body.subarray(0, body.length - 5)));
    expect(() => loadLexicon(short)).toThrow(/learned-model\.bin\.gz: expected \d+ weight bytes for \d+ features, found \d+/);
    const fewer = seedsWith('learned-model.json', (t) => t.replace(/"featureCount":(\d+)/, (_, n: string) => `"featureCount":${Number(n) - 1}`));
    expect(() => loadLexicon(fewer)).toThrow(/learned-model\.bin\.gz: expected \d+ features, found \d+/);
    const missing = seedsWith('learned-model.json', (t) => t);
    rmSync(binaryOf(missing));
    expect(() => loadLexicon(missing)).toThrow(/learned-model\.bin\.gz: file missing/);
    const broken = seedsWith('learned-model.json', (t) => t.slice(0, 100));
    expect(() => loadLexicon(broken)).toThrow(/learned-model\.json: not valid JSON/);
    const wrong = seedsWith('learned-model.json', (t) => t.replace('"version":3', '"version":7'));
    expect(() => loadLexicon(wrong)).toThrow(/learned-model\.json: version/);
  });

  it('names a dampener that refers to a cue that does not exist', () => {
    const seeds = seedsWith('risk.yaml', (t) => t.replace('vetoSparedBy: [now, just-now]', 'vetoSparedBy: [now, no-such-cue]'));
    expect(() => loadLexicon(seeds)).toThrow(/risk\.yaml: dampeners\[\d+\]\.vetoSparedBy\[1\]: unknown cue "no-such-cue"/);
  });

  it('names a risk cue id that is used twice', () => {
    const seeds = seedsWith('risk.yaml', (t) => t.replace('- { id: fear,', '- { id: die,'));
    expect(() => loadLexicon(seeds)).toThrow(/risk\.yaml: cues\[\d+\]\.id: "die" is used twice/);
  });

  it('names the file and the field of an invalid value', () => {
    const seeds = seedsWith('topics.yaml', (t) => t.replace('- topic: sexual-abuse', '- topic: not-a-topic'));
    expect(() => loadLexicon(seeds)).toThrow(/topics\.yaml: groups\[0\]\.topic/);
  });

  it('names the file of a missing required field', () => {
    const seeds = seedsWith('negation.yaml', (t) => t.replace(/^ {2}window: 12$/m, ''));
    expect(() => loadLexicon(seeds)).toThrow(/negation\.yaml: ja\.window/);
  });

  it('rejects an empty term between separators', () => {
    const seeds = seedsWith('urgency.yaml', (t) => t.replace('昨日 | きのう', '昨日 |  | きのう'));
    expect(() => loadLexicon(seeds)).toThrow(/urgency\.yaml: groups\[0\]\.terms\[1\]/);
  });

  it('names a combination that refers to an unknown concept', () => {
    const seeds = seedsWith('concepts.yaml', (t) => t.replace('all: [sexual-act, family] }', 'all: [sexual-act, famly] }'));
    expect(() => loadLexicon(seeds)).toThrow(/concepts\.yaml: combos\[0\]\.all\[1\]: unknown concept "famly"/);
  });

  it('names an invalid regular expression', () => {
    const seeds = seedsWith('emergency.yaml', (t) => t.replace('re: "\\\\bsend help\\\\b"', 're: "(unclosed"'));
    expect(() => loadLexicon(seeds)).toThrow(/emergency\.yaml: groups\[0\]\.patterns\[\d+\]\.re: invalid regular expression/);
  });

  it('reports broken YAML with the file name', () => {
    const seeds = seedsWith('roles.yaml', (t) => `${t}\n  bad: [unclosed\n`);
    expect(() => loadLexicon(seeds)).toThrow(/roles\.yaml: not valid YAML/);
  });

  it('refuses a missing file and an unknown file', () => {
    const seeds = seedsWith('age.yaml', (t) => t);
    rmSync(join(seeds, 'lexicon', 'age.yaml'));
    writeFileSync(join(seeds, 'lexicon', 'extra.yaml'), 'x: 1\n');
    expect(() => loadLexicon(seeds)).toThrow(/age\.yaml: file missing[\s\S]*|extra\.yaml: unknown lexicon file/);
    let message = '';
    try {
      loadLexicon(seeds);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('age.yaml: file missing');
    expect(message).toContain('extra.yaml: unknown lexicon file');
  });

  it('refuses a seeds folder without a lexicon folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'tsunagu-empty-'));
    temps.push(root);
    expect(() => loadLexicon(root)).toThrow(/lexicon: folder not found/);
  });

  it('accepts a YAML list as well as the "a | b" form', () => {
    const seeds = seedsWith('urgency.yaml', (t) => t.replace(/terms: (昨日 \| きのう)/, 'terms: [昨日, きのう'));
    // the replacement above leaves the rest of the line as list items once closed:
    const fixed = readFileSync(join(seeds, 'lexicon', 'urgency.yaml'), 'utf8').replace(/(terms: \[昨日, きのう)(.*)$/m, (_m, a: string, rest: string) => `${a}${rest.split('|').join(',')}]`);
    writeFileSync(join(seeds, 'lexicon', 'urgency.yaml'), fixed);
    const lex = loadLexicon(seeds);
    expect(lex.data.urgency.groups[0]?.terms.slice(0, 2)).toEqual(['昨日', 'きのう']);
  });
});
