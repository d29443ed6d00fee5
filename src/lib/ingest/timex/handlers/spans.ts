/** Handlers of the rules for durations, counts of units before or after a day ("two days ago"), and sets ("every week"). */
import { addDays, addMonths, formatDay, formatMonth, type Ymd } from '../calendar.ts';
import { EVERY_UNIT, FREQUENCIES, HALVES, MODIFIERS, UNITS, alt, contextWords, parseCount, unitOf } from '../lexicon.ts';
import { cand, type Candidate, type RuleContext } from '../rule.ts';
import { durationValue, textAfter, textBefore } from './common.ts';

const RATE_BEFORE_A = new RegExp(`(?:\\d|\\b(?:${alt(contextWords('ratesBeforeA'))}))\\s+$`);
const CAPACITY_AFTER = new RegExp(`^\\s+of\\s+(?:${alt(contextWords('capacityAfterDuration'))})\\b`);
const NOT_BEFORE_BARE_UNITS = new RegExp(`\\b(?:\\d+|${alt(contextWords('wordsBeforeBareUnits'))})\\s+$`, 'i');
const isTimeUnit = (unit: string): boolean => unit === 'hour' || unit === 'minute' || unit === 'second';

export function ago(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const count = parseCount(m[1] ?? '');
	const unit = unitOf(m[2] ?? '');
	const after = MODIFIERS.afterCount[(m[3] ?? '').toLowerCase().replace(/\s+/g, ' ')];
	const dir = after?.direction ?? 1;
	if (count === null || count !== Math.floor(count)) {
		return cand(m, 'DATE', dir < 0 ? 'PAST_REF' : 'FUTURE_REF');
	}
	const n = count * dir;
	// "three days later", "a week earlier" count from the day the story last named; "ago"
	// and "from now" count from the article date.
	if (after?.from === 'text' && (unit === 'day' || unit === 'week')) {
		return { ...cand(m, 'DATE', ''), anchor: unit === 'week' ? n * 7 : n };
	}
	// Units above a week: "two months later" counts from the article date (the story's
	// month is rarely given as a full date to anchor on).
	const value = shiftedValue(ctx.dct, unit, n);
	if (!value) return null;
	return { ...cand(m, isTimeUnit(unit) ? 'TIME' : 'DATE', value), ...(unit === 'year' && n === -1 ? { periodBack: true } : {}) };
}

/** Value of the article date moved by `n` units, at the unit's granularity (hours: the day). */
function shiftedValue(dct: Ymd, unit: string, n: number): string | null {
	if (unit === 'day') return formatDay(addDays(dct, n));
	if (unit === 'week') return formatDay(addDays(dct, n * 7));
	if (unit === 'fortnight') return formatDay(addDays(dct, n * 14));
	if (unit === 'month') {
		const mm = addMonths(dct.year, dct.month, n);
		return formatMonth(mm.year, mm.month);
	}
	if (unit === 'year') return String(dct.year + n);
	if (unit === 'decade') return String(Math.floor((dct.year + n * 10) / 10));
	if (unit === 'century') return String(Math.floor((dct.year + n * 100) / 100));
	return isTimeUnit(unit) ? formatDay(dct) : null;
}

export function duration(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const raw = m[1] ?? '';
	const lower = raw.toLowerCase();
	const unit = unitOf(m[2] ?? '');
	const count = parseCount(raw);
	// "a second quarter" / "a second day" are ordinals, not one second.
	if ((lower === 'a' || lower === 'an') && unit === 'second') return null;
	// A plural unit with the article "a" is not a count ("a days" cannot happen); "some
	// day" is vague but not a duration.
	if ((lower === 'some' || lower === 'a' || lower === 'an') && unit === 'day' && !m[3] && !/^(?:[Aa])\s/.test(m[0].slice(m[0].indexOf(raw)))) return null;
	if (lower === 'some' && !m[3]) return null;
	if (lower === 'a' || lower === 'an') {
		const set = rateSet(m, unit, textBefore(ctx, m.index, 12));
		if (set !== undefined) return set;
	}
	if (!durationOk(m, ctx, raw, unit)) return null;
	const value = durationValue(count, m[2] ?? '');
	if (!value) return null;
	// "the past/last year" keeps "the" and the modifier: TimeML tags the whole span.
	// "a year-long inquiry", "an hour-long speech": the article belongs to the noun.
	if ((lower === 'a' || lower === 'an') && /^[Aa]n?\s+\w+-/.test(m[0])) return cand(m, 'DURATION', value, m[0].indexOf(' ') + 1);
	return cand(m, 'DURATION', value);
}

/**
 * "twice a year", "once a week", "$5 a day", "per year": a frequency (SET); "$70 million a
 * day", "54 cents a share": a rate, a SET too. `undefined` when the "a" is just "one".
 */
function rateSet(m: RegExpExecArray, unit: string, before: string): Candidate | null | undefined {
	const u = UNITS[unit];
	const value = u ? `P${u.time ? 'T' : ''}1${u.letter}` : null;
	if (RATE_BEFORE_A.test(before)) return value ? cand(m, 'SET', value) : null;
	if (!/\b(?:once|twice|thrice|times|per)\s+$/i.test(before)) return undefined;
	const s = /(?:once|twice|thrice|\d+\s+times|\w+\s+times)\s+$/i.exec(before);
	const start = s ? m.index - s[0].length : m.index;
	return value ? { start, end: m.index + m[0].length, type: 'SET', value } : null;
}

/** Counted units that are not spans of time: scores, fractions, "ago" phrases, capacities. */
function durationOk(m: RegExpExecArray, ctx: RuleContext, raw: string, unit: string): boolean {
	const end = m.index + m[0].length;
	const after = textAfter(ctx, end, 8);
	const lower = raw.toLowerCase();
	// Hyphenated digit pairs ("a 2-1 win") and years ("2008-year") are not durations.
	if (/^\d{4}$/.test(raw)) return false;
	// "a quarter of its dealers", "three quarters of": fractions, not spans of time.
	if (unit === 'quarter' && (/^\s+of\b/.test(after) || lower === 'a' || lower === 'an')) return false;
	if (/^\s*ago\b/.test(after)) return false;
	// "75 hours of video": a capacity, not a span of time in the story.
	return !CAPACITY_AFTER.test(textAfter(ctx, end, 24));
}

export function vagueDuration(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const unit = unitOf(m[1] ?? '');
	const u = UNITS[unit];
	if (!u) return null;
	const before = textBefore(ctx, m.index, 12);
	// "two years" is the counted rule's; "the early years", "his days" are not spans of time.
	if (NOT_BEFORE_BARE_UNITS.test(before) && !/^(?:[Oo]ver|[Ff]or)\s+the|^(?:[Tt]he\s+)?(?:past|last|next|coming|recent)|-long$/.test(m[0])) return null;
	// "the coming weeks" / "recent years" stay spans (DURATION), as TimeML types them.
	const after = textAfter(ctx, m.index + m[0].length, 8);
	if (/^\s*(?:of|'|’)\s/.test(after) && unit === 'day' && !m[0].includes(' ')) return null;
	// Vague decades and centuries keep their own TIMEX3 unit letters (PXDE, PXCE).
	const letter = unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : u.letter;
	return cand(m, 'DURATION', `P${u.time ? 'T' : ''}X${letter}`);
}

export function unitLong(m: RegExpExecArray): Candidate | null {
	const v = durationValue(1, m[1] ?? '');
	return v ? cand(m, 'DURATION', v) : null;
}

export function halfUnit(m: RegExpExecArray): Candidate | null {
	const v = HALVES[(m[1] ?? '').toLowerCase()];
	return v ? cand(m, 'DURATION', v) : null;
}

export function frequency(m: RegExpExecArray): Candidate | null {
	const unit = (m[1] ?? '').toLowerCase();
	const adv = (m[2] ?? '').toLowerCase();
	const v = adv ? FREQUENCIES[adv] : EVERY_UNIT[unit];
	if (!v) return null;
	const every = /other/.test(m[0]) && v.startsWith('P') ? v.replace(/1/, '2') : v;
	return cand(m, 'SET', every);
}

export function setEveryN(m: RegExpExecArray): Candidate | null {
	const v = durationValue(parseCount(m[1] ?? ''), m[2] ?? '');
	return v ? cand(m, 'SET', v) : null;
}

