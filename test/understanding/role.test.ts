import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

const roleOf = (text: string) => understand(text, lexicon()).role;

describe('role cues', () => {
  it.each([
    ['my student told me she is being hit at home', 'professional'],
    ['生徒から相談を受けました', 'professional'],
    ['担任です。クラスの子のことで', 'professional'],
    ["I'm a school counsellor", 'professional'],
    ['中2女子、義父から性的虐待の疑い', 'professional'],
    ['my daughter is being bullied', 'parent'],
    ['娘がいじめられています', 'parent'],
    ['うちの子が心配です', 'parent'],
    ["I'm in 8th grade and my mom hits me", 'child'],
    ['中2です。親に殴られる', 'child'],
    ["I'm 14 and scared", 'child'],
    ['近所の子が外に出されている', 'bystander'],
    ["my neighbour's kid has bruises", 'bystander'],
    ['娘の友達が援交しているらしい', 'bystander'],
    ["my daughter's friend was assaulted", 'bystander'],
    ["I'm 19 and my boyfriend hits me", 'young-adult'],
    ['19歳です。パパ活をやめたい', 'young-adult'],
  ])('%s -> %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it('gives null when nothing says who is writing', () => {
    expect(roleOf('レイプされた')).toBeNull();
    expect(roleOf('110番って何?')).toBeNull();
  });

  it('a negated cue does not count', () => {
    expect(roleOf('うちの子じゃなくて、となりの子がいつも外に出されてる')).toBe('bystander');
  });

  it('the perpetrator is not the writer: 義父に触られる is written by the child', () => {
    expect(roleOf('義父に触られる。中1です')).toBe('child');
  });
});

describe('an age stated about someone else', () => {
  it('is not the writer\'s own age: "my child is bullied, she is 14" is a parent', () => {
    expect(roleOf('my child is bullied, she is 14')).toBe('parent');
    expect(roleOf('she is 14')).not.toBe('child');
  });
});
