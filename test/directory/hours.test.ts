import { describe, expect, it } from 'vitest';
import { channelOpenAt, hoursOpenAt, inClosure } from '../../src/directory/hours.js';
import type { Hours } from '../../src/directory/schema.js';
import { isJapaneseHoliday, tokyoInstant } from '../../src/directory/tokyo-time.js';
import { channelOpenNow } from '../../src/directory/open-now.js';

const governmentWeekdays: Hours = {
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:15' }],
  holidays: 'closed',
  closures: [{ from: '12-29', to: '01-03' }],
};

const overnight: Hours = {
  weekly: [{ days: ['fri'], open: '22:00', close: '06:00' }],
  holidays: 'closed',
  closures: [],
};

const daily16to21: Hours = {
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '16:00', close: '21:00' }],
  holidays: 'open',
  closures: [{ from: '12-29', to: '01-03' }],
};

const at = tokyoInstant;

describe('Japanese public holidays come from the holiday package', () => {
  it('knows Labour Thanksgiving Day 2026 and a substitute holiday', () => {
    expect(isJapaneseHoliday('2026-11-23')).toBe(true);
    expect(isJapaneseHoliday('2026-11-24')).toBe(false);
    // 2025-11-24 was the substitute holiday for Sunday 2025-11-23.
    expect(isJapaneseHoliday('2025-11-24')).toBe(true);
  });
});

describe('weekday office hours', () => {
  it('is open inside the hours on an ordinary weekday', () => {
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-24T10:00'))).toBe(true);
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-24T08:30'))).toBe(true);
  });
  it('is closed before opening, at closing time and after', () => {
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-24T08:29'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-24T17:15'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-24T23:00'))).toBe(false);
  });
  it('is closed at weekends', () => {
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-28T10:00'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-29T10:00'))).toBe(false);
  });
  it('is closed on a public holiday that falls on a weekday', () => {
    expect(hoursOpenAt(governmentWeekdays, at('2026-11-23T10:00'))).toBe(false);
  });
  it('is closed over the year end 12/29-1/3 and open again on 1/4', () => {
    expect(hoursOpenAt(governmentWeekdays, at('2026-12-28T10:00'))).toBe(true);
    expect(hoursOpenAt(governmentWeekdays, at('2026-12-29T10:00'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2026-12-31T10:00'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2027-01-01T10:00'))).toBe(false);
    expect(hoursOpenAt(governmentWeekdays, at('2027-01-04T10:00'))).toBe(true);
  });
  it('judges the instant in Japan time, not the machine time zone', () => {
    // 00:30 UTC on Tuesday is 09:30 in Tokyo; 09:00 UTC is 18:00 in Tokyo.
    expect(hoursOpenAt(governmentWeekdays, new Date('2026-11-24T00:30:00Z'))).toBe(true);
    expect(hoursOpenAt(governmentWeekdays, new Date('2026-11-24T09:00:00Z'))).toBe(false);
  });
});

describe('periods that run past midnight', () => {
  it('stays open after midnight into the next day', () => {
    expect(hoursOpenAt(overnight, at('2026-11-27T23:00'))).toBe(true);
    expect(hoursOpenAt(overnight, at('2026-11-28T03:00'))).toBe(true);
  });
  it('closes at the closing time the next morning and is shut before opening', () => {
    expect(hoursOpenAt(overnight, at('2026-11-28T06:00'))).toBe(false);
    expect(hoursOpenAt(overnight, at('2026-11-27T21:59'))).toBe(false);
    expect(hoursOpenAt(overnight, at('2026-11-29T03:00'))).toBe(false);
  });
  it('does not open on a holiday, nor in the hours after that holiday night', () => {
    // 2027-01-01 is a Friday and a holiday.
    expect(hoursOpenAt(overnight, at('2027-01-01T23:00'))).toBe(false);
    expect(hoursOpenAt(overnight, at('2027-01-02T02:00'))).toBe(false);
  });
});

describe('daily lines that stay open on holidays', () => {
  it('is open on a public holiday evening', () => {
    expect(hoursOpenAt(daily16to21, at('2026-11-23T18:00'))).toBe(true);
  });
  it('is closed on 12/31 even though holidays are open', () => {
    expect(hoursOpenAt(daily16to21, at('2026-12-31T18:00'))).toBe(false);
  });
});

describe('unknown and always', () => {
  it('never reports unknown hours as open', () => {
    expect(hoursOpenAt(null, at('2026-11-24T10:00'))).toBeNull();
  });
  it('is always open for a 24-hour line, holidays and year end included', () => {
    for (const when of ['2026-11-23T03:00', '2026-12-31T23:59', '2027-01-01T00:00']) {
      expect(hoursOpenAt({ always: true }, at(when))).toBe(true);
    }
  });
  it('combines contact methods: open if any is open, unknown beats closed', () => {
    expect(channelOpenAt([{ hours: governmentWeekdays }, { hours: { always: true } }], at('2026-11-28T10:00'))).toBe(true);
    expect(channelOpenAt([{ hours: governmentWeekdays }, { hours: null }], at('2026-11-28T10:00'))).toBeNull();
    expect(channelOpenAt([{ hours: governmentWeekdays }], at('2026-11-28T10:00'))).toBe(false);
  });
});

describe('closures that wrap the year end', () => {
  it('covers both sides of new year', () => {
    const yearEnd = { from: '12-29', to: '01-03' };
    expect(inClosure('12-30', yearEnd)).toBe(true);
    expect(inClosure('01-02', yearEnd)).toBe(true);
    expect(inClosure('01-04', yearEnd)).toBe(false);
    expect(inClosure('12-28', yearEnd)).toBe(false);
  });
});

describe('channels whose hours are unknown but known closed at night and at weekends', () => {
  const centre = { contacts: [{ hours: null }], limits: [{ code: 'closed-nights-weekends' as const, current: true }] };
  it('is closed at weekends, on holidays, over the year end and at night', () => {
    for (const when of ['2026-11-28T10:00', '2026-11-23T10:00', '2026-12-30T10:00', '2026-11-24T23:30', '2026-11-25T05:00']) {
      expect(channelOpenNow(centre as never, at(when)), when).toBe(false);
    }
  });
  it('stays unknown, never open, on a weekday during the day', () => {
    expect(channelOpenNow(centre as never, at('2026-11-24T10:00'))).toBeNull();
  });
  it('does not apply to channels without that limit', () => {
    expect(channelOpenNow({ contacts: [{ hours: null }], limits: [] } as never, at('2026-11-28T10:00'))).toBeNull();
  });
});
