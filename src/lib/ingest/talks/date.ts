import type { Timex, When } from '../types.ts';

// Words between a talks word and a date that put the date in another clause:
// "said in an interview published on Tuesday that ... the talks", "since the invasion began in February 2022"
const CLAUSE_BREAKS = new Set(
	'that which who whom because since when while although though said says told published invasion war ago until'.split(' ')
);
const MAX_WORDS_APART = 14;
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|confirmed|stated|added|warned|wrote|posted)\s+(?:\p{L}+\s+)?$/iu;
// verbs of a relative clause about the talks themselves: "which began", "that ended", "which were held"
const RELATIVE_OK = new Set('began started opened ended concluded resumed were was are is will took'.split(' '));

/**
 * Picks the date expression that dates the talks in a sentence: a resolved DATE or TIME near the
 * talks word, in the same clause, not introduced by "since" or "until" (those bound something
 * else). Returns `null` when the sentence gives none, so the caller falls back to the article date.
 */
export function pickTalksTimex(text: string, timexes: readonly Timex[], trigger: { start: number; end: number }): Timex | null {
	let best: { t: Timex; d: number } | null = null;
	for (const t of timexes) {
		if (!t.when || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
		if (t.value === 'PRESENT_REF' || t.value === 'PAST_REF' || t.value === 'FUTURE_REF') continue;
		const before = text.slice(Math.max(0, t.start - 12), t.start).toLowerCase();
		if (/\b(?:since|until|till|ago|from)\s*$/.test(before)) continue;
		// "Beijing said on Tuesday it was open to talks": the day of the saying
		if (t.end <= trigger.start && SAID_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
		const gap = t.end <= trigger.start ? text.slice(t.end, trigger.start) : text.slice(trigger.end, Math.max(trigger.end, t.start));
		let words = gap.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
		const distance = words.length;
		// "the talks, which began on Monday": a relative clause on the talks themselves dates them
		if (t.start >= trigger.end && (words[0] === 'which' || words[0] === 'that') && RELATIVE_OK.has(words[1] ?? '')) words = words.slice(2);
		if (distance > MAX_WORDS_APART || words.some((w) => CLAUSE_BREAKS.has(w)) || gap.includes(';')) continue;
		if (!best || distance < best.d) best = { t, d: distance };
	}
	return best?.t ?? null;
}

/** "On or before the article's date": how talks reported as having happened, without a date, are dated. */
export function beforeDate(articleDate: string): When {
	return { value: `BEFORE ${articleDate}`, start: articleDate, end: articleDate, precision: 'before' };
}
