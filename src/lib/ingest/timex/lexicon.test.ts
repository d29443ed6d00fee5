import { describe, expect, test } from 'vitest';
import { formatDay } from './calendar.ts';
import { holidayDate } from './holidays.ts';
import { HOLIDAYS, MONTH_RE, PREFILTER, holidayOf, parseCount, unitOf } from './lexicon.ts';
import monthList from './resources/months.json';
import seasonList from './resources/seasons.json';
import unitList from './resources/units.json';
import weekdayList from './resources/weekdays.json';

describe('vocabularies', () => {
	const words = [
		...monthList.months.flatMap((m) => [m.name, ...m.abbreviations]),
		...weekdayList.weekdays,
		// "second" is mostly the ordinal ("the second round"): as a keyword it would let most texts through.
		...Object.entries(unitList.units)
			.filter(([u]) => u !== 'second')
			.flatMap(([u, x]) => [u, x.plural]),
		...Object.keys(seasonList.seasons),
		...HOLIDAYS.flatMap((h) => h.names)
	];
	test.each(words)('"%s" passes the prefilter', (w) => {
		expect(PREFILTER.test(w)).toBe(true);
	});
	test.each(['The committee met.', 'Shares rose.', 'He won the second round.'])('"%s" does not', (t) => {
		expect(PREFILTER.test(t)).toBe(false);
	});

	test.each([
		['Sept. 9', 'Sept.'],
		['in Dec', 'Dec'],
		['May', 'May'],
		['may', null],
		['Marchers', null],
		['Decade', null]
	])('month names: "%s" → %s', (text, found) => {
		expect(new RegExp(MONTH_RE).exec(text)?.[0] ?? null).toBe(found);
	});

	test.each([
		['two', 2],
		['twenty-five', 25],
		['two and a half', 2.5],
		['a dozen', 12],
		['1.5', 1.5],
		['several', null],
		['a few', null],
		['countless', null]
	])('count "%s" is %s', (raw, n) => {
		expect(parseCount(raw)).toBe(n);
	});

	test.each([
		['days', 'day'],
		['centuries', 'century'],
		['Weeks', 'week'],
		['year', 'year']
	])('unit of "%s" is %s', (word, unit) => {
		expect(unitOf(word)).toBe(unit);
	});
});

describe('holiday dates', () => {
	test.each([
		['Christmas Eve', 2026, '2026-12-24'],
		['Easter', 2026, '2026-04-05'],
		['Good Friday', 2026, '2026-04-03'],
		['Easter Monday', 2025, '2025-04-21'],
		['Thanksgiving', 2025, '2025-11-27'],
		['Black Friday', 2025, '2025-11-28'],
		['Cyber Monday', 2025, '2025-12-01'],
		['Memorial Day', 2026, '2026-05-25'],
		['Labour Day', 2026, '2026-09-07'],
		['Remembrance Sunday', 2025, '2025-11-09'],
		['MLK Day', 2026, '2026-01-19'],
		['St Patrick’s Day', 2026, '2026-03-17'],
		['New  Year’s Eve', 2026, '2026-12-31']
	])('%s %i is %s', (name, year, day) => {
		const h = holidayOf(name);
		expect(h).not.toBeNull();
		expect(h && formatDay(holidayDate(h, year))).toBe(day);
	});

	test('an unknown name is no holiday; an unreadable formula names the holiday', () => {
		expect(holidayOf('Diwali')).toBeNull();
		expect(() => holidayDate({ names: ['Test Day'], date: 'second Tuesday of June' }, 2026)).toThrow(/Test Day/);
	});
});
