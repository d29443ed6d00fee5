import { dayNumberOf } from '../timex/calendar.ts';

/** A word or punctuation mark of a sentence, with its offsets. */
export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	/** Starts with an upper-case letter. */
	cap: boolean;
	/** Letters or digits (not punctuation). */
	word: boolean;
}

/** A stretch of a sentence: `sentence.slice(start, end) === text`. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

// One alternative per token, no nesting: linear on any input
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

// Each step of reading a sentence (detect, place, parties, leaders) tokenises it again: keep the last one
let lastText: string | null = null;
let lastTokens: Token[] = [];

/**
 * Splits a sentence into words and single punctuation marks ("Moscow’s" gives Moscow, ’, s).
 * The result is shared with the next call on the same text: callers must not change it.
 */
export function tokenize(text: string): Token[] {
	if (text === lastText) return lastTokens;
	const out = tokenizeFresh(text);
	lastText = text;
	lastTokens = out;
	return out;
}

function tokenizeFresh(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const t = m[0];
		const start = m.index ?? 0;
		const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
		out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, cap: UPPER.test(t), word });
	}
	return out;
}


/** One literal found in a text: where, and which. */
export interface LiteralHit {
	text: string;
	index: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point that ends just before `i` is a letter or a digit (surrogate pairs included). */
function wordCharBefore(text: string, i: number): boolean {
	if (i === 0) return false;
	const low = text.charCodeAt(i - 1);
	const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
	return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
}

/**
 * Whole-word occurrences of `literals` in a text, left to right: at each position where no letter
 * or digit comes just before, the longest literal that starts there and is not followed by a letter
 * or digit; the search goes on after it. The same matches as one regular expression of the
 * literals as alternatives, longest first, between lookaround boundaries (text.test.ts checks
 * that), in a fraction of the time for the hundreds of party aliases, which every sentence of every
 * article is searched for.
 */
export function literalScanner(literals: readonly string[]): (text: string) => LiteralHit[] {
	const sorted = [...new Set(literals)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
	const byFirst = new Map<number, string[]>();
	for (const lit of sorted) {
		const c = lit.charCodeAt(0);
		(byFirst.get(c) ?? byFirst.set(c, []).get(c)!).push(lit);
	}
	return (text) => {
		const hits: LiteralHit[] = [];
		for (let i = 0; i < text.length; i++) {
			const candidates = byFirst.get(text.charCodeAt(i));
			if (!candidates || wordCharBefore(text, i)) continue;
			for (const lit of candidates) {
				if (!text.startsWith(lit, i)) continue;
				const end = i + lit.length;
				if (end < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
				hits.push({ text: lit, index: i });
				i = end - 1;
				break;
			}
		}
		return hits;
	};
}

/** Month names and abbreviations, lower case: never a place or a party. */
export const MONTHS = new Set(
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' '
	)
);
/** Weekday names, lower case: never a place or a party. */
export const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Words written with a capital that do not start a proper name. */
export const NOT_NAMES = new Set(
	(
		'the a an this that these those it its he she they we i you in on at for of and or but with after before ' +
		'during following since when while as by to from officials sources talks negotiations meeting summit ' +
		'negotiators delegates delegations delegation diplomats leaders representatives both two three all ' +
		'meanwhile however earlier later last next separately shares investors analysts company companies ' +
		'executives unions ministers lawmakers government governments talk discussions there here what why how ' +
		'if once then now today yesterday tomorrow peace trade merger ceasefire nuclear brexit bilateral ' +
		'trilateral multilateral historic fresh new renewed direct indirect formal informal secret preliminary ' +
		'exploratory early emergency crucial key union unions'
	).split(
		' '
	)
);

/** Whether two day ranges (`YYYY-MM-DD`, inclusive) overlap. */
export function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
	return aStart <= bEnd && bStart <= aEnd;
}

/** Whole days from `a` to `b` (`YYYY-MM-DD`, UTC calendar days). */
export function daysBetween(a: string, b: string): number {
	return dayNumberOf(b) - dayNumberOf(a);
}

// Words that open another clause; only whole lower-case words, so "As" at the start stays in
const CLAUSE_OPENERS = new Set('as while after before when whereas but because although though since amid despite that'.split(' '));

/** Where clauses break: a semicolon or a dash, or an opener standing as a whole run of letters. */
const CLAUSE_BREAK = new RegExp(`[;—–]|(?<!\\p{L})(?:${[...CLAUSE_OPENERS].join('|')})(?!\\p{L})`, 'gu');
// asked for again and again of one sentence (each party, place and leader found in it): keep the last
let lastBreaksText: string | null = null;
let lastBreaks: number[] = [];

function clauseBreaks(text: string): number[] {
	if (text !== lastBreaksText) {
		lastBreaks = Array.from(text.matchAll(CLAUSE_BREAK), (m) => m.index);
		lastBreaksText = text;
	}
	return lastBreaks;
}

/** The clause around the talks word: from the last clause opener or semicolon before it to the next after it. */
export function clauseAround(text: string, trigger: { start: number; end: number }): { start: number; end: number } {
	let start = 0;
	let end = text.length;
	for (const at of clauseBreaks(text)) {
		if (at < trigger.start) start = at;
		else if (at >= trigger.end) {
			end = at;
			break;
		}
	}
	return { start, end };
}
