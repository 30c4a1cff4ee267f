import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

const u = (text: string) => understand(text, lexicon());

describe('negation', () => {
  it('"危なくはない" and "not in danger" do not trigger, while the plain forms do', () => {
    expect(u('今は危なくはない').emergency).toBe(false);
    expect(u('今危ない').emergency).toBe(true);
    expect(u("I'm not in danger").emergency).toBe(false);
    expect(u("I'm in danger").emergency).toBe(true);
  });

  it('"no one hit me" is neither abuse nor an emergency; "my dad hit me" is abuse', () => {
    const none = u('no one hit me');
    expect(none.topic).toBe('other');
    expect(none.emergency).toBe(false);
    expect(u('my dad hit me').topic).toBe('abuse');
  });

  it('Japanese verb negation after the word', () => {
    expect(u('父に殴られてはいない').topic).toBe('other');
    expect(u('父に殴られている').topic).toBe('abuse');
    expect(u('いじめられてないけど、つらい').topic).toBe('other');
  });

  it('a question or a worry is a suspicion, not a denial', () => {
    expect(u('隣の子は虐待されているのではないか').topic).toBe('abuse');
    expect(u('虐待されてないか心配です').topic).toBe('abuse');
  });

  it('"DVじゃなくて" negates DV but not what follows', () => {
    expect(u('DVじゃなくて、子どもへの虐待だと思います').topic).toBe('abuse');
  });

  it('"死にたくない" is not a wish to die; "死にたくなる" is', () => {
    expect(u('死にたくない').selfHarm).toBe(false);
    expect(u('死にたくなる').selfHarm).toBe(true);
  });

  it('ずっと is not the negator ず, and katakana is never read as a hiragana negator', () => {
    expect(u('お母さんがずっと殴ってくる').topic).toBe('abuse');
    expect(u('父親がナイフ持って暴れてる').emergency).toBe(true);
    expect(u('父親がナイフ持って暴れてる').topic).toBe('abuse');
  });

  it('doubt keeps a danger open', () => {
    expect(u("I don't know if she's in danger").emergency).toBe(true);
    expect(u("I don't know if he will kill me").emergency).toBe(true);
  });
});
