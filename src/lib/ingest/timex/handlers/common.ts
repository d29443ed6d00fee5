/** Readings shared by the handlers: numbers of names, two-digit years, parts, offsets, durations. */
import type { Ymd } from '../calendar.ts';
import { MONTH_RE, MONTHS, PARTS, RELATIVE_OFFSETS, UNITS, WEEKDAYS, alt, contextWords, unitOf } from '../lexicon.ts';
import type { Mood } from '../mood.ts';
import type { RuleContext } from '../rule.ts';
import type { Part } from '../when.ts';

export const monthNum = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
export const weekdayNum = (s: string): number => WEEKDAYS[s.toLowerCase().replace(/s$/, '')] ?? 0;
export const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** The text just before `start` (at most `n` characters) and just after `end`. */
export const textBefore = (ctx: RuleContext, start: number, n: number): string => ctx.text.slice(Math.max(0, start - n), start);
export const textAfter = (ctx: RuleContext, end: number, n: number): string => ctx.text.slice(end, end + n);

/** Clause mood over the whole match. */
export const moodOf = (m: RegExpExecArray, ctx: RuleContext): Mood | null => ctx.mood(m.index, m.index + m[0].length);

/** Expand a two-digit year the way news uses them: '82 is 1982, '07 is 2007 (relative to the article). */
export function expandTwoDigitYear(yy: number, dct: Ymd): number {
	const century = Math.floor(dct.year / 100) * 100;
	return yy <= (dct.year % 100) + 10 ? century + yy : century - 100 + yy;
}

/** A test for one of a context's words (`resources/contexts.json`) right after a match. */
export const wordAfter = (name: Parameters<typeof contextWords>[0], flags = ''): RegExp =>
	new RegExp(`^\\s+(?:${alt(contextWords(name))})\\b`, flags);

/** A test for one of a context's words right before a match ("during the night"). */
export const wordBefore = (name: Parameters<typeof contextWords>[0], flags = '', tail = ''): RegExp =>
	new RegExp(`\\b(?:${alt(contextWords(name))})${tail}\\s+$`, flags);

/** Regex source of a part before a month or year: "early", "mid", "the end of". */
export const PART_RE = String.raw`(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+(?:very\s+)?(?:beginning|start|end|middle|close)\s+of|(?:[Bb]eginning|[Ss]tart|[Ee]nd|[Mm]iddle)\s+of)`;

const PART_WORDS = Object.entries(PARTS);

/** Part narrowing of "early/mid/late", "the beginning/end of". */
export function partOf(word: string | undefined): Part {
	if (!word) return null;
	// "the very end of" names the part as "end of" does
	const w = word.toLowerCase().replace(/^the\s+(?:very\s+)?/, '');
	for (const [start, part] of PART_WORDS) if (w.startsWith(start)) return part;
	return null;
}

/**
 * The year that a relative year right after a date names ("May last year", "the 5th of May next
 * year", "spring of this year", "October of next year"), over a list or range of months that the
 * year closes ("July and August next year", "July 27 to August 12 next year"): the date lies in
 * that year, or in the one before when the list runs past December ("from September to June next
 * year": September of this year). After a comma the relative year must end its phrase ("In March,
 * last year, the deficit ..."): "in May, last year they fell" opens a clause, "in March, last year
 * and the year before" is a list, and "last year's winner" qualifies the next noun.
 */
const listMonth = (name: string) => String.raw`\s*(?:,|and|or|to|through|until|[-–])\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${name}(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?`;
const YEAR_AFTER = new RegExp(
	String.raw`^(?:${listMonth(`(?:${MONTH_RE})`)})*` +
		String.raw`(?:(?:\s+of)?\s+(this|last|next)\s+year\b(?!['’])|,\s+(this|last|next)\s+year\b(?=\s*(?:[,.;:)]|$)))`
);
const LIST_MONTHS = new RegExp(listMonth(`(${MONTH_RE})`), 'g');
export function yearNamedAfter(ctx: RuleContext, end: number, month = 0): number | null {
	const m = YEAR_AFTER.exec(textAfter(ctx, end, 80));
	if (!m) return null;
	let year = ctx.dct.year + (offsetOf(m[1] ?? m[2]!) ?? 0);
	// each step back in the calendar along the list is a year boundary crossed before its end
	let last = month;
	for (const [, name] of m[0].matchAll(LIST_MONTHS)) {
		const n = monthNum(name!);
		if (n < last) year--;
		last = n;
	}
	return year;
}

/** Offset named by a relative modifier ("last" = -1, "next" = +1, "this" = 0). */
export function offsetOf(mod: string): number | null {
	const w = mod.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
	return RELATIVE_OFFSETS[w] ?? null;
}

/** Duration value `P2D`, `PT30M`, `PXY` from a count and a unit word. */
export function durationValue(count: number | null, unitWord: string): string | null {
	const u = UNITS[unitOf(unitWord)];
	if (!u) return null;
	const n = count === null ? 'X' : String(Math.round(count * u.factor * 100) / 100);
	return `P${u.time ? 'T' : ''}${n}${u.letter}`;
}

/**
 * "adjourned the case until Feb. 10", "postponed till March 3": a past verb setting a deadline
 * ahead; a day given without a year after "until"/"till" is then read without tense.
 */
export function deadlineMood(ctx: RuleContext, start: number, mood: Mood | null): Mood | null {
	if (mood !== 'past') return mood;
	return /\b(?:until|till)\s+$/i.test(ctx.text.slice(Math.max(0, start - 7), start)) ? null : mood;
}
