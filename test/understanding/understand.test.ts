import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/ids.js';
import { understand, type Lexicon } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

const u = (text: string) => understand(text, lexicon());

/** Every string written in the lexicon files (terms, pattern labels, bare messages). */
function lexiconStrings(lex: Lexicon): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(lex.data);
  return out;
}

function evidenceIsLexiconOnly(evidence: readonly string[], allowed: ReadonlySet<string>): string[] {
  return evidence.filter((e) => {
    if (allowed.has(e)) return false;
    if (/^(?:age|self-age|grade):\d{1,2}$/.test(e)) return false;
    if (/^school-year:[小中高大]\d$/.test(e)) return false;
    const band = /^band:(.+)$/.exec(e);
    if (band !== null && allowed.has(band[1] ?? '')) return false;
    if (e === 'model:topic') return false;
    const risk = /^risk:(.+)$/.exec(e);
    if (risk !== null && allowed.has(risk[1] ?? '')) return false;
    return true;
  });
}

describe('understand()', () => {
  it('reads counsellor shorthand', () => {
    const r = u('中2女子、義父から性的虐待の疑い、今夜帰りたくないと言っている');
    expect(r).toMatchObject({
      topic: 'sexual-abuse',
      role: 'professional',
      age: 13,
      ageBand: '13-15',
      urgency: 'emergency',
      emergency: true,
      selfHarm: false,
    });
    expect(r.evidence).toEqual(expect.arrayContaining(['義父', '性的虐待', '帰りたくない']));
  });

  it.each([
    ['援交してる友達がいる', 'child-prostitution'],
    ['娘がパパ活をしているみたい', 'child-prostitution'],
    ['えんこうしてる', 'child-prostitution'],
    ['自撮りを拡散された', 'online-images'],
    ['リベンジポルノの被害にあった', 'online-images'],
    ['裏垢に裸の写真を載せられた', 'online-images'],
    ['someone is sharing my nudes', 'online-images'],
    ['sextortion on instagram', 'online-images'],
    ['JKビジネスに誘われた', 'jk-business'],
    ['ＪＫリフレで働いている', 'jk-business'],
    ['出会い系で知り合った大人に会おうと言われた', 'online-grooming'],
    ['I think my daughter is being groomed online', 'online-grooming'],
    ['児童ポルノを見つけたので通報したい', 'illegal-content-report'],
    ['パスポートを取り上げられて働かされている', 'trafficking'],
    ['クラスでいじめられている', 'bullying'],
    ['ｲｼﾞﾒられてる', 'bullying'],
    ['ＤＶがひどい', 'dv'],
    ['父が母を殴る', 'dv'],
    ['ぎゃくたいされてる', 'abuse'],
    ['my mom hits me with a belt', 'abuse'],
    ['義父に体を触られる', 'sexual-abuse'],
    ['電車で痴漢にあった', 'sexual-violence'],
    ['I was raped at a party', 'sexual-violence'],
  ])('%s -> %s', (text, topic) => {
    expect(u(text).topic).toBe(topic);
  });

  it('returns other with zero confidence when nothing matches', () => {
    const r = u('今日はいい天気ですね');
    expect(r.topic).toBe('other');
    expect(r.confidence).toBe(0);
    expect(r.role).toBeNull();
    expect(r.age).toBeNull();
    expect(r.evidence).toEqual([]);
    expect(r.urgency).toBe('routine');
  });

  it('gives a confidence in 0..1, higher for clear evidence than for conflicting evidence', () => {
    const clear = u('娘がパパ活をしているみたいで、知らない男性とホテルに行っていた').confidence;
    const mixed = u('いじめとパパ活と虐待').confidence;
    expect(clear).toBeGreaterThan(0.5);
    expect(clear).toBeLessThanOrEqual(1);
    expect(mixed).toBeGreaterThan(0);
    expect(mixed).toBeLessThan(clear);
  });

  it('shows only lexicon terms and codes as evidence, never other user text', () => {
    const lex = lexicon();
    const allowed = lexiconStrings(lex);
    const texts = [
      'ZQXCANARY 中2女子、義父から性的虐待の疑い、今夜帰りたくないと言っている ZQXCANARY',
      'ZQXCANARY my stepdad touches me, im 14, help',
      'ZQXCANARY 110番して',
      'help! ZQXCANARY',
      'JKです。ZQXCANARYのバイトに誘われた',
      'grade 8 ZQXCANARY bullied',
    ];
    for (const text of texts) {
      const r = understand(text, lex);
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence.join(' ')).not.toMatch(/zqxcanary/i);
      expect(evidenceIsLexiconOnly(r.evidence, allowed)).toEqual([]);
    }
  });

  it('cuts text longer than 2,000 characters before analysis', () => {
    expect(u(`${'a'.repeat(2000)} 死にたい`).emergency).toBe(false);
    expect(u(`死にたい ${'a'.repeat(3000)}`).emergency).toBe(true);
  });

  it('is pure: the same input gives the same output, whatever the lang hint', () => {
    const text = 'my 12 year old daughter is being messaged by an adult on discord who wants to meet';
    const a = understand(text, lexicon(), 'en');
    const b = understand(text, lexicon(), 'en');
    const c = understand(text, lexicon(), 'ja');
    const d = understand(text, lexicon());
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(d).toEqual(a);
  });

  it('always answers with known IDs and never throws on odd input', () => {
    for (const text of ['', ' ', '???', '🙂'.repeat(50), '\u0000\u0001', 'a'.repeat(5000)]) {
      const r = u(text);
      expect(TOPICS).toContain(r.topic);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.emergency).toBe(false);
    }
  });
});
