import { describe, expect, it } from 'vitest';
import { IDLE_LIMIT_MS } from '../../src/conversation/engine.js';
import { QUESTION_CHOICES } from '../../src/conversation/questions.js';
import { choice, converse, engineFor, last, text } from '../support/engine.js';

const now = new Date('2026-11-24T01:00:00Z'); // Tuesday 10:00 in Tokyo

describe('the start of a conversation', () => {
  it('greets, shows the danger banner and asks who is asking, with every role and a skip', () => {
    const [start] = converse([], { lang: 'en' });
    expect(start!.reply.ask).toBe('role');
    expect(start!.view.messages.map((m) => m.text).join(' ')).toContain('110');
    const ids = start!.view.choices.map((c) => c.id);
    for (const id of QUESTION_CHOICES.role) expect(ids).toContain(id);
    expect(ids).toContain('unknown');
    expect(ids).toContain('emergency');
    expect(ids).toEqual(expect.arrayContaining(['lang-ja', 'lang-en', 'lang-ja-easy']));
  });
});

describe('answering with buttons', () => {
  it('a professional with a suspected-abuse concern gets 189 and the reporting duty', () => {
    const steps = converse([choice('professional'), choice('13-15'), choice('abuse'), choice('routine')]);
    const end = last(steps);
    expect(end.reply.state).toBe('referrals');
    expect(end.view.referrals?.[0]?.channelId).toBe('cgc-189');
    expect(end.view.messages.some((m) => m.text.includes('通告'))).toBe(true);
  });

  it('skipping every question still ends with referrals within six inputs', () => {
    const steps = converse([choice('unknown'), choice('unknown'), choice('unknown'), choice('unknown')]);
    expect(last(steps).view.referrals?.length).toBeGreaterThan(0);
    expect(steps.length - 1).toBeLessThanOrEqual(6);
  });

  it('within 72 hours of an assault sets urgent, skips the urgency question and puts #8891 in the top two', () => {
    const steps = converse([choice('young-adult'), choice('sexual-violence'), choice('within-72h')]);
    const end = last(steps);
    expect(steps.map((s) => s.reply.ask)).not.toContain('urgency');
    expect(end.reply.state).toBe('referrals');
    expect(end.view.referrals!.slice(0, 2).map((r) => r.channelId)).toContain('one-stop-8891');
  });

  it('an answer that does not fit asks the same question again', () => {
    const steps = converse([choice('not-a-choice')], { lang: 'en' });
    expect(last(steps).reply.ask).toBe('role');
    expect(last(steps).reply.messages).toContainEqual({ type: 'note', note: 'invalid-choice' });
  });

  it('"back" asks the previous question again', () => {
    const steps = converse([choice('parent'), choice('back')]);
    expect(last(steps).reply.ask).toBe('role');
    expect(last(steps).snapshot.context.role).toBeUndefined();
  });

  it('"change" lets one answer be changed and shows new referrals', () => {
    const steps = converse([choice('child'), choice('13-15'), choice('bullying'), choice('routine'), choice('change'), choice('topic'), choice('online-images')]);
    const end = last(steps);
    expect(end.reply.state).toBe('referrals');
    expect(end.view.referrals!.map((r) => r.channelId)).toContain('ihc');
    expect(end.snapshot.context.role).toBe('child');
  });

  it('"more" shows further services and "restart" begins again', () => {
    const steps = converse([choice('parent'), choice('13-15'), choice('bullying'), choice('routine'), choice('more'), choice('restart')]);
    const more = steps[steps.length - 2]!;
    const first = steps[steps.length - 3]!;
    const firstIds = new Set(first.view.referrals!.map((r) => r.channelId));
    expect(more.view.referrals!.every((r) => !firstIds.has(r.channelId))).toBe(true);
    expect(last(steps).reply.ask).toBe('role');
  });
});

describe('emergencies', () => {
  it('the emergency button shows the card first from any question, then the flow goes on', () => {
    const steps = converse([choice('parent'), choice('emergency')], { lang: 'en' });
    const end = last(steps);
    expect(end.reply.emergency).toBe(true);
    expect(end.view.emergency).toBe(true);
    expect(end.view.messages[0]!.text).toMatch(/danger/i);
    expect(end.view.messages.some((m) => m.text.startsWith('110'))).toBe(true);
    expect(end.snapshot.context.urgency).toBe('emergency');
    expect(end.reply.ask).toBe('age');
  });

  it('words like たすけて bring the emergency card', () => {
    const end = last(converse([text('たすけて')]));
    expect(end.reply.emergency).toBe(true);
    expect(end.snapshot.context.urgency).toBe('emergency');
  });

  it('words of suicide put the 24-hour crisis line on the card', () => {
    const end = last(converse([text('死にたい')]));
    expect(end.reply.emergency).toBe(true);
    expect(end.view.messages.some((m) => m.text.includes('0120-279-338'))).toBe(true);
  });

  it('an emergency after the referrals shows the card and referrals led by 110', () => {
    const steps = converse([choice('parent'), choice('13-15'), choice('bullying'), choice('routine'), choice('emergency')]);
    const end = last(steps);
    expect(end.reply.emergency).toBe(true);
    expect(end.view.referrals?.[0]?.channelId).toBe('police-110');
  });

  it('a reply without the card says emergency false', () => {
    expect(last(converse([choice('parent')])).view.emergency).toBe(false);
  });
});

describe('free text', () => {
  it('understood text is confirmed before it is used, and "yes" applies it', () => {
    const steps = converse([text('my daughter is being bullied at school')], { lang: 'en' });
    const confirm = last(steps);
    expect(confirm.reply.ask).toBe('confirm');
    expect(confirm.view.messages.map((m) => m.text).join(' ')).toContain('Bullying');
    const applied = converse([text('my daughter is being bullied at school'), choice('yes')], { lang: 'en' });
    expect(last(applied).snapshot.context.topic).toBe('bullying');
    expect(last(applied).snapshot.context.role).toBe('parent');
  });

  it('"no" drops the guess and asks the question directly', () => {
    const steps = converse([text('my daughter is being bullied at school'), choice('no')], { lang: 'en' });
    expect(last(steps).snapshot.context.topic).toBeUndefined();
    expect(last(steps).reply.ask).toBe('role');
  });

  it('"I am the child" after the referrals changes who is asking and shows child-friendly services', () => {
    const steps = converse([choice('parent'), choice('13-15'), choice('bullying'), choice('routine'), text('actually I am the child'), choice('yes')], { lang: 'en' });
    const end = last(steps);
    expect(end.snapshot.context.role).toBe('child');
    expect(end.reply.state).toBe('referrals');
    expect(end.reply.childSpeaking).toBe(true);
    expect(end.view.messages.map((m) => m.text).join(' ')).toContain('not your fault');
  });

  it('never keeps the words a person typed in the snapshot', () => {
    const canary = 'ZEBRA-CANARY-4417';
    const steps = converse([text(`${canary} 義父から性的なことをされている ${canary}`), choice('yes')]);
    for (const step of steps) expect(JSON.stringify(step.snapshot)).not.toContain(canary);
  });
});

describe('snapshots', () => {
  it('a corrupt or unknown snapshot starts again with a short message instead of an error', () => {
    const engine = engineFor('en');
    for (const bad of ['{not json', { v: 999, state: 'role', context: {} }, { v: 1, state: 'nowhere', context: {} }, 42]) {
      const result = engine.turn(bad, { type: 'choice', choice: 'parent' }, now);
      expect(result.replies[0]!.messages).toContainEqual({ type: 'note', note: 'start-over' });
      expect(result.snapshot.v).toBe(1);
    }
  });

  it('a conversation left idle too long starts again', () => {
    const engine = engineFor('en');
    const first = engine.turn(undefined, { type: 'choice', choice: 'parent' }, now);
    const later = new Date(now.getTime() + IDLE_LIMIT_MS + 1000);
    const result = engine.turn(first.snapshot, { type: 'choice', choice: '13-15' }, later);
    expect(result.replies[0]!.messages).toContainEqual({ type: 'note', note: 'expired' });
    expect(result.snapshot.context.role).toBeUndefined();
  });

  it('a restored snapshot goes on where it was', () => {
    const engine = engineFor('en');
    const first = engine.turn(undefined, { type: 'choice', choice: 'parent' }, now);
    const restored = engine.turn(JSON.parse(JSON.stringify(first.snapshot)), { type: 'choice', choice: '13-15' }, now);
    expect(restored.snapshot.context.role).toBe('parent');
    expect(restored.replies[0]!.ask).toBe('topic');
  });
});

describe('language', () => {
  it('switching language re-asks the current question in the new language and remembers it', () => {
    const steps = converse([choice('parent'), choice('lang-en'), choice('13-15')]);
    expect(steps[2]!.reply.lang).toBe('en');
    expect(steps[2]!.view.messages.map((m) => m.text).join(' ')).toMatch(/old/);
    expect(last(steps).reply.lang).toBe('en');
    expect(last(steps).snapshot.context.lang).toBe('en');
  });
});
