/**
 * Matching across the spaces that children put between words in kana-only text ("ふとんに はいってくる").
 * See squeezeJapaneseSpaces in src/understanding/match.ts.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { buildMatcher, findHits, squeezeJapaneseSpaces, type Doc } from '../../src/understanding/match.js';
import { lexicon } from './helpers.js';

const doc = (text: string): Doc => ({ text, raw: text, boundaries: new Set([0, text.length]) });

describe('squeezeJapaneseSpaces', () => {
  it('removes a space only between two Japanese characters and maps offsets back', () => {
    const s = squeezeJapaneseSpaces('くび しめてる dad hits');
    expect(s?.text).toBe('くびしめてる dad hits');
    expect(s?.at[2]).toBe(3);
    expect(s?.at[s.text.length]).toBe('くび しめてる dad hits'.length);
  });

  it('returns null when there is nothing to join', () => {
    expect(squeezeJapaneseSpaces('my dad hits me')).toBeNull();
    expect(squeezeJapaneseSpaces('首をしめてる')).toBeNull();
  });
});

describe('findHits across spaces', () => {
  const m = buildMatcher([{ term: 'くびしめ', payload: 'strangle' }], [], (t) => t);

  it('finds a term written without the space, with the span of the original text', () => {
    const hits = findHits(m, doc('おかあさんの くび しめてる'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ start: 7, end: 12, term: 'くびしめ' });
  });

  it('can be switched off per matcher', () => {
    expect(findHits({ ...m, joinSpaces: false }, doc('くび しめてる'))).toHaveLength(0);
  });

  it('lets kana-only messages with spaces reach their topic', () => {
    expect(understand('おとうさんが おかあさんの くび しめてる', lexicon()).topic).toBe('dv');
    expect(understand('えっちな しゃしん おくっちゃった ままに ばれたら どうしよう', lexicon()).topic).toBe('online-images');
  });
});
