/**
 * Holiday dates from the formulas of `resources/holidays.json`: fixed days ("12-25"), Easter
 * with a shift ("easter-2"), the Nth weekday of a month ("4 Thursday of November +1", "last
 * Monday of May") and the Sunday on or after a day ("Sunday on or after 11-08").
 */
import { addDays, daysInMonth, isoWeekday, type Ymd } from './calendar.ts';
import { MONTHS, WEEKDAYS, type Holiday } from './lexicon.ts';

/** The date of a holiday in year `y`; throws on a formula it cannot read, naming it. */
export function holidayDate(holiday: Holiday, y: number): Ymd {
	const f = holiday.date.trim();
	let m: RegExpExecArray | null;
	if ((m = /^(\d\d)-(\d\d)$/.exec(f))) return { year: y, month: Number(m[1]), day: Number(m[2]) };
	if ((m = /^easter(?:\s*([+-]\d+))?$/.exec(f))) return addDays(easterSunday(y), Number(m[1] ?? 0));
	if ((m = /^(\d|last) ([A-Z][a-z]+) of ([A-Z][a-z]+)(?:\s*([+-]\d+))?$/.exec(f))) {
		const wd = WEEKDAYS[(m[2] ?? '').toLowerCase()];
		const month = MONTHS[(m[3] ?? '').toLowerCase()];
		if (wd && month) return addDays(nthWeekday(y, month, wd, m[1] === 'last' ? -1 : Number(m[1])), Number(m[4] ?? 0));
	}
	if ((m = /^Sunday on or after (\d\d)-(\d\d)$/.exec(f))) {
		const start = { year: y, month: Number(m[1]), day: Number(m[2]) };
		return addDays(start, (7 - isoWeekday(start)) % 7);
	}
	throw new Error(`resources/holidays.json: cannot read the date "${holiday.date}" of ${holiday.names[0]}`);
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easterSunday(y: number): Ymd {
	const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
	const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * mm + 114) / 31);
	const day = ((h + l - 7 * mm + 114) % 31) + 1;
	return { year: y, month, day };
}

/** The `n`th (1-based; -1 = last) weekday `wd` (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, wd: number, n: number): Ymd {
	if (n < 0) {
		const last = { year, month, day: daysInMonth(year, month) };
		return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
	}
	const first = { year, month, day: 1 };
	return { year, month, day: 1 + ((wd - isoWeekday(first) + 7) % 7) + (n - 1) * 7 };
}
