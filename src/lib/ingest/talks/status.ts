import type { Timex } from '../types.ts';

/** Statuses a talks event can have. */
export type TalksStatus = 'held' | 'scheduled' | 'postponed' | 'cancelled' | 'proposed';

/** A status and how sure the wording makes it: 2 a status word (postponed), 1 tense or mood, 0 a default. */
export interface StatusReading {
	status: TalksStatus;
	strength: 0 | 1 | 2;
}

// Each rule is a plain alternation of literal phrases between word boundaries: linear, no backtracking
const CANCELLED = /\b(?:ended talks|ended their talks|ended merger talks|ended negotiations|terminated|called off|call off|calls off|cancelled|canceled|cancels|cancel|scrapped|scrapping|abandoned|axed|pulled out of|walked out of|broke off|broken off|suspended|suspends|halted)\b/i;
const POSTPONED = /\b(?:postponed|postpones|postpone|delayed|delays|put off|pushed back|rescheduled|deferred|adjourned|on hold|shelved|on ice)\b/i;
const PROPOSED = /\b(?:proposed|proposes|propose|proposal for|offered to|offers to|offer to|called for|calls for|call for|calling for|urged|urges|invited|invites|suggested|suggests|wants|seeks|sought|ready to hold|ready to meet|ready to negotiate|ready to talk|ready for|open to|prepared to meet|willing to|pushing for|push for|demanded|demands)\b/i;
const SCHEDULED = /\b(?:will|is set to|are set to|was set to|were set to|scheduled|schedule|due to|to be held|planned|plans to|plan to|expected to|are to|is to|upcoming|next week|next month|later this|shall|would be held|are slated|is slated|going to|to take place|to begin|to start|to resume|agreed to (?:hold|meet|resume|begin|start|open|continue|talks|negotiate|a meeting|a summit|a new round|another round|further)|agree to (?:hold|meet|resume|talks|negotiate)|agrees to (?:hold|meet|resume|talks|negotiate)|to hold|to meet|would hold|would meet|would resume|would continue|would take place|would be held)\b/i;
const HELD = /\b(?:were held|was held|held|met|took place|concluded|ended|wrapped up|had talks|have had|has had|talked|spoke|discussed|negotiated|resumed|began|opened|started|attended|hosted|after|following|during|since|have been|has been|had been|were|was|broke down|collapsed|stalled|failed)\b/i;
const ONGOING = /\b(?:are in talks|is in talks|are in negotiations|is in negotiations|are negotiating|is negotiating|are holding|is holding|are meeting|is meeting|in advanced talks|in talks)\b/i;

/**
 * Reads whether talks were held, are scheduled, postponed, cancelled or proposed, from the wording of
 * the sentence and the mood of the date that dates them. Status words win over tense
 * ("talks due on Monday were postponed" is postponed); a future or past mood of the dating
 * expression wins over tense cues elsewhere in the sentence. Ongoing talks ("are in talks") count as held:
 * they have taken place by the article's date.
 */
export function resolveStatus(text: string, mood: Timex['mood'] = null, trigger?: { start: number; end: number }): StatusReading {
	const full = text;
	text = trigger ? windowAround(text, trigger, 8, 15) : text;
	if (CANCELLED.test(text)) return { status: 'cancelled', strength: 2 };
	if (POSTPONED.test(text)) return { status: 'postponed', strength: 2 };
	if (PROPOSED.test(text)) {
		// "talks proposed by X were held on Monday": a past mood of the date says they happened
		if (mood === 'past') return { status: 'held', strength: 1 };
		return { status: 'proposed', strength: 2 };
	}
	// "agreed to a ceasefire after talks in Putrajaya": talks a clause looks back on have happened
	if (trigger && mood !== 'future' && LOOKED_BACK.test(full.slice(Math.max(0, trigger.start - 40), trigger.start))) return { status: 'held', strength: 1 };
	if (mood === 'future') return { status: 'scheduled', strength: 1 };
	if (mood === 'past') return { status: 'held', strength: 1 };
	if (ONGOING.test(text)) return { status: 'held', strength: 1 };
	if (SCHEDULED.test(text)) return { status: 'scheduled', strength: 1 };
	if (HELD.test(text)) return { status: 'held', strength: 1 };
	if (hasPastVerb(text)) return { status: 'held', strength: 1 };
	return { status: 'held', strength: 0 };
}

// "after talks", "following two days of negotiations", "during the summit": only a few words between
const LOOKED_BACK = /\b(?:after|following|during)\s+(?:(?:the|a|an|two|three|several|days|weeks|months|hours|of|their|its|latest|first|second|third|round|rounds|new|direct|indirect|fresh|marathon|lengthy|long|\S+-\S+)\s+){0,4}(?:\p{L}+\s+)?$/iu;

/** The words within `words` before and `wordsAfter` after the trigger, stopping at a semicolon: the clause that governs it. */
function windowAround(text: string, trigger: { start: number; end: number }, words: number, wordsAfter: number): string {
	let a = trigger.start;
	for (let n = 0; n <= words && a > 0; ) {
		a--;
		const c = text[a];
		if (c === ';') {
			a++;
			break;
		}
		if (c === ' ' && text[a - 1] !== ' ') n++;
	}
	let b = trigger.end;
	for (let n = 0; n <= wordsAfter && b < text.length; b++) {
		const c = text[b];
		if (c === ';') break;
		if (c === ' ' && text[b + 1] !== ' ') {
			n++;
			// another clause after the talks word says nothing of them: "..., but would not negotiate"
			if (AFTER_BREAK.test(text.slice(b + 1, b + 10))) break;
		}
	}
	return text.slice(a, b);
}

const AFTER_BREAK = /^(?:but|while|whereas|although|though|because)\b/;

// Only the 60 characters before the talks word are tested, so the bounded repetition stays cheap
const NEGATION = /\b(?:rejected|rejects|reject|refused|refuses|refuse|ruled out|rules out|rule out|declined|declines|dismissed|turned down|not|never|no|without)\b(?:[\s\u00a0]+[\p{L}-]{1,20}){0,3}[\s\u00a0]*$/iu;

/**
 * Whether the sentence denies the talks rather than reporting them ("would not meet Putin",
 * "rejected direct talks", "no talks were held"). Only the words just before the talks word count,
 * so "the talks did not produce a breakthrough" still reports talks.
 */
export function isNegated(text: string, trigger: { start: number }): boolean {
	return NEGATION.test(text.slice(Math.max(0, trigger.start - 60), trigger.start));
}

const IRREGULAR_PAST = new Set('brought took went sat saw made came gave left got flew drew ran sought fought won lost kept'.split(' '));
// -ed words that are not past tense verbs in news copy
const NOT_PAST = new Set('need needed speed seed feed breed bed red embed proceed exceed succeed indeed'.split(' '));

/** A past-tense verb by its form: an irregular one, or a word in -ed ("the first round brought", "talks stalled"). */
function hasPastVerb(text: string): boolean {
	for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
		if (IRREGULAR_PAST.has(w)) return true;
		if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return true;
	}
	return false;
}
