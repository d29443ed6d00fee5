/**
 * What a rule is: a name, one linear-time regex (no nested quantifiers over the same text, so no
 * catastrophic backtracking) and a handler that turns a match into a candidate TIMEX3.
 */
import type { TimexType } from '../types.ts';
import type { Ymd } from './calendar.ts';
import type { Mood } from './mood.ts';
import type { Part } from './when.ts';

/** What a handler sees: the whole text, the article date and a lazy clause-mood lookup. */
export interface RuleContext {
	text: string;
	dct: Ymd;
	mood(start: number, end: number): Mood | null;
}

/** A possible TIMEX3 before overlaps are settled. */
export interface Candidate {
	start: number;
	end: number;
	type: TimexType;
	value: string;
	/** Narrowing of the stretch ("late January"). */
	part?: Part;
	/** Resolved later against the last full date mentioned before it ("the day", "that day"). */
	anchor?: number;
	/**
	 * A time of day with no date of its own ("at 18:00 UTC"): the suffix (`T18:00Z`) is joined
	 * later to the nearest full date of the same sentence, else the article date.
	 */
	timeSuffix?: string;
	/**
	 * Relative to the time the text last talked about ("the previous year", "the same month a
	 * year ago"): unit of the value, shift in that unit, and years to shift for "same" forms.
	 */
	unitAnchor?: { unit: 'year' | 'month' | 'quarter' | 'period'; shift: number };
	/**
	 * "A year ago" / "a year earlier": when its sentence reported a recent quarter, half or month
	 * before it ("third-quarter profit rose to $5m from $3m a year ago"), that period a year back.
	 */
	periodBack?: boolean;
	/**
	 * A clock time given at an offset from UTC ("6:40 p.m. (GMT +8)"): hours east of UTC. The value
	 * is read in local time, so that it takes its local day, then written in UTC.
	 */
	utcOffset?: number;
	/** A month or day whose year only the clause's tense gave ("in November", "on Nov. 25"). */
	yearless?: boolean;
}

export interface Rule {
	name: string;
	re: RegExp;
	/** Cheap test on the whole text; the rule's regex runs only when it passes. */
	gate?: RegExp;
	/**
	 * A keyword every match must contain (global regex), and how far before it a match may
	 * start. Rules whose patterns open with optional words would otherwise be tried at every
	 * position of the text; with an anchor they are tried only at the word starts just before
	 * each keyword, which is what keeps extraction fast.
	 */
	anchor?: { re: RegExp; back: number };
	handle(m: RegExpExecArray, ctx: RuleContext): Candidate | null;
}

/** A candidate over the match `m`, or over the part of it from `offset` (of length `len`). */
export const cand = (m: RegExpExecArray, type: TimexType, value: string, offset = 0, len?: number): Candidate => ({
	start: m.index + offset,
	end: m.index + offset + (len ?? m[0].length - offset),
	type,
	value
});

/**
 * A global regex from a template read raw (backslashes as in a regex literal), with `${}` for
 * the vocabulary sources of `lexicon.ts`.
 */
export const pattern = (strings: TemplateStringsArray, ...parts: string[]): RegExp =>
	new RegExp(String.raw(strings, ...parts), 'g');

/** {@link pattern}, case-insensitive. */
export const patternI = (strings: TemplateStringsArray, ...parts: string[]): RegExp =>
	new RegExp(String.raw(strings, ...parts), 'gi');
