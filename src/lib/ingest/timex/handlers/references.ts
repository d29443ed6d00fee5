/** Handlers of the rules for references to now, the past and the future (PRESENT_REF, PAST_REF, FUTURE_REF). */
import { alt, contextWords } from '../lexicon.ts';
import { cand, type Candidate, type RuleContext } from '../rule.ts';
import { textAfter, textBefore, wordAfter } from './common.ts';

const NOUN_AFTER_CURRENT = new RegExp(`^\\s+(?:${alt(contextWords('nounsAfterCurrent'))})\\b|^s\\b`, 'i');
const WORD_AFTER_LATER = wordAfter('wordsAfterLater');
const UNIT_AFTER_THE_CURRENT = wordAfter('unitsAfterTheCurrent');
/** Prefixes: "short-term loans" as well as "loan". */
const NOUN_AFTER_TERM = new RegExp(`^\\s+(?:${alt(contextWords('nounsAfterTerm'))})`, 'i');

export function presentRef(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const w = (m[1] ?? m[2] ?? '').toLowerCase();
	const end = m.index + m[0].length;
	const after = textAfter(ctx, end, 16);
	const before = textBefore(ctx, m.index, 10);
	if (w === 'now' && /^\s+that\b/.test(after)) return null;
	// "the now-cancelled deal": a modifier inside a compound, not a reference to now.
	if (/^-[a-z]/.test(after)) return null;
	if (w === 'current' && NOUN_AFTER_CURRENT.test(after)) return null;
	if (w === 'current' && /\bthe\s+$/.test(before) && UNIT_AFTER_THE_CURRENT.test(after)) return null;
	// Keep "right now"/"until now" whole; "for now" is just "now".
	const s = /^(?:[Ff]or|[Bb]y|[Uu]ntil)\s/.test(m[0]) ? m.index + m[0].lastIndexOf('now') : m.index;
	const start = m[2] ? m.index + 3 : s;
	return { start, end, type: 'DATE', value: 'PRESENT_REF' };
}

export function pastRef(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const w = (m[1] ?? '').toLowerCase();
	const after = textAfter(ctx, m.index + m[0].length, 24);
	// "recent" before a time unit is the vague-duration rule's ("recent years"); "the recent
	// past" is handled by the longer match of "the past".
	if (w === 'recent' && /^\s+(?:years|months|weeks|days|decades|times|history|past)\b/.test(after)) {
		if (!/^\s+(?:times|history)\b/.test(after)) return null;
	}
	return cand(m, 'DATE', 'PAST_REF');
}

export function futureRef(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const end = m.index + m[0].length;
	const after = textAfter(ctx, end, 20);
	const before = textBefore(ctx, m.index, 12);
	if (m[3]) {
		// "later this year", "two days later" are the longer rules'; "later" as an adjective
		// ("a later date", "later stages") is not a reference on its own.
		if (WORD_AFTER_LATER.test(after) && !/^\s+(?:in|on)\b/.test(after)) return null;
		if (/\b(?:years|months|weeks|days|hours|minutes|decades)\s+$/.test(before)) return null;
	}
	// "the future of the region" is the region's fate, not a time.
	if (m[1] && /^\s+of\b/.test(after)) return null;
	if (m[2] && /^\s+(?:after|afterwards|thereafter)\b/.test(after)) return cand(m, 'DATE', 'FUTURE_REF');
	if (m[2] && /^\s+as\b/.test(after)) return null;
	if ((m[2] || m[3]) && /^-[a-z]/.test(after)) return null;
	if (m[2] && /\bas\s+$/.test(before)) return null;
	if (m[4] && /-term$/.test(m[0]) && NOUN_AFTER_TERM.test(after)) return null;
	if (m[5] && /^[Oo]ne/.test(m[5]) && !/\b(?:will|would|could|may|might|hope|hopes)\s+$/i.test(before) && !/^\s*,/.test(after)) return null;
	return cand(m, 'DATE', 'FUTURE_REF');
}

