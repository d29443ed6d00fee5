/**
 * Tense and modality of the clause that governs a temporal expression. Relative expressions
 * ("Sunday", "March", "the fourth quarter") are resolved forward or backward from the article
 * date by this, as HeidelTime's news mode does, but looking at the nearest verb group of the
 * clause rather than the first tensed word of the sentence, so "said ... will resume on Sunday"
 * reads as future for "Sunday".
 */

import abbreviationList from './resources/abbreviations.json';
import cues from './resources/tense-cues.json';

export type Mood = 'past' | 'future' | 'present';

/** Tense cue words (`resources/tense-cues.json`); the nearest cue to an expression wins. */
const FUTURE_CUES = new Set(cues.future);
const PAST_CUES = new Set(cues.past);
const PRESENT_CUES = new Set(cues.present);
/** Present-simple verbs of scheduled events ("The agreement expires Saturday"): they point forward. */
const SCHEDULE_VERBS = new Set(cues.schedule);
/** Lowercase "-ed" words that are not past-tense verbs. */
const NOT_PAST_ED = new Set(cues.notPastEd);

const WORD = /[A-Za-z'’]+/g;

/**
 * Direction of the clause around `[start, end)` in `text`: the nearest tense cue before the
 * expression inside its sentence, else the nearest after it; `null` when the sentence has none.
 * For many lookups in one text, build a {@link MoodIndex} once instead.
 */
export function detectMood(text: string, start: number, end: number): Mood | null {
	return new MoodIndex(text).moodAt(start, end);
}

/** How far from an expression a cue may be, in characters (a clause, not a paragraph). */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 160;

/**
 * Tense cues and sentence ends of a whole text, found in one pass, so that each lookup is two
 * binary searches. This keeps extraction linear even on text packed with expressions.
 */
export class MoodIndex {
	private readonly cueStart: number[] = [];
	private readonly cueEnd: number[] = [];
	private readonly cueMood: Mood[] = [];
	/** Offsets of characters that end a sentence (newline or sentence-final punctuation). */
	private readonly breaks: number[] = [];

	constructor(private readonly text: string) {
		const words: string[] = [];
		const lower: string[] = [];
		const starts: number[] = [];
		const re = new RegExp(WORD.source, 'g');
		let m: RegExpExecArray | null;
		while ((m = re.exec(text)) !== null) {
			words.push(m[0]);
			lower.push(m[0].toLowerCase());
			starts.push(m.index);
		}
		for (let k = 0; k < words.length; k++) {
			const word = words[k] ?? '';
			const first = classify(word, lower[k] ?? '');
			// Context only matters for words that are cues in the first place.
			const mood = first ? refine(lower, k, first) : null;
			if (mood) {
				const at = starts[k] ?? 0;
				this.cueStart.push(at);
				this.cueEnd.push(at + word.length);
				this.cueMood.push(mood);
			}
		}
		let m2: RegExpExecArray | null;
		const punct = /[\n.!?]/g;
		while ((m2 = punct.exec(text)) !== null) {
			const i = m2.index;
			if (text.charCodeAt(i) === 10) this.breaks.push(i);
			else if ((i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))) && isSentenceEnd(text, i)) this.breaks.push(i);
		}
	}

	/** Mood for the expression at `[start, end)`; see {@link detectMood}. */
	moodAt(start: number, end: number): Mood | null {
		const b = this.breaks;
		// Last break before the expression and first one at or after its end.
		const lb = lastBelow(b, start) ;
		const sStart = Math.max(lb >= 0 ? (b[lb] ?? -1) + 1 : 0, start - WINDOW_BEFORE);
		const nb = lastBelow(b, end) + 1;
		const sEnd = Math.min(nb < b.length ? (b[nb] ?? this.text.length) : this.text.length, end + WINDOW_AFTER);
		// Nearest cue ending at or before the expression's start.
		const k = lastBelow(this.cueEnd, start + 1);
		if (k >= 0 && (this.cueStart[k] ?? -1) >= sStart) return this.cueMood[k] ?? null;
		// Otherwise the first cue starting at or after its end.
		const j = lastBelow(this.cueStart, end) + 1;
		if (j < this.cueStart.length && (this.cueEnd[j] ?? Infinity) <= sEnd) return this.cueMood[j] ?? null;
		return null;
	}
}

/** Index of the last element `< x` in a sorted array, or -1. */
function lastBelow(a: number[], x: number): number {
	let lo = 0, hi = a.length - 1, ans = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((a[mid] ?? Infinity) < x) {
			ans = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return ans;
}

/** Words that end in a period without ending a sentence (`resources/abbreviations.json`). */
const ABBREVIATIONS = new Set(abbreviationList.abbreviations);

/**
 * Whether the period at `i` ends a sentence: not after an abbreviation ("Oct.", "a.m.", "U.S.",
 * "Mr.") and followed by white space.
 */
function isSentenceEnd(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c === 33 || c === 63) return true;
	if (c !== 46) return false;
	let j = i;
	while (j > 0 && /[A-Za-z]/.test(text[j - 1] ?? '')) j--;
	const token = text.slice(j, i);
	if (token.length === 1 || ABBREVIATIONS.has(token.toLowerCase())) return false;
	if (j > 0 && text[j - 1] === '.') return false;
	return true;
}

/** Sentence around an offset: up to the previous/next sentence-ending `.!?` or a newline. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
	let s = start;
	const limit = Math.max(0, start - 240);
	while (s > limit) {
		const c = text.charCodeAt(s - 1);
		if (c === 10) break;
		if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(s)) && isSentenceEnd(text, s - 1)) break;
		s--;
	}
	let e = end;
	const elimit = Math.min(text.length, end + 160);
	while (e < elimit) {
		const c = text.charCodeAt(e);
		if (c === 10) break;
		if ((c === 46 || c === 33 || c === 63) && (e + 1 >= text.length || isSpace(text.charCodeAt(e + 1))) && isSentenceEnd(text, e)) break;
		e++;
	}
	return [s, e];
}

function isSpace(c: number): boolean {
	return c === 32 || c === 10 || c === 9 || c === 13;
}

function classify(word: string, w: string): Mood | null {
	// "May" and "Will" capitalised mid-sentence are a month and a name, not modals.
	if ((w === 'may' || w === 'will') && word.charCodeAt(0) < 97) return null;
	// Contractions come as one token: "they'll", "it's", "wasn't".
	if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
	if (w === "wasn't" || w === "weren't" || w === "didn't" || w === "hadn't" || w === 'wasn’t' || w === 'didn’t') return 'past';
	if (w === "won't" || w === 'won’t') return 'future';
	if (FUTURE_CUES.has(w)) return 'future';
	if (PAST_CUES.has(w)) return 'past';
	if (PRESENT_CUES.has(w)) return 'present';
	// Schedule verbs in the present simple; capitalised they start a headline or a name.
	if (SCHEDULE_VERBS.has(w) && word.charCodeAt(0) >= 97) return 'future';
	// Regular past forms; capitalised words are names ("United", "Reed") and are skipped.
	if (w.length > 4 && w.endsWith('ed') && word.charCodeAt(0) >= 97 && !NOT_PAST_ED.has(w)) return 'past';
	return null;
}

const PLAN_WORDS = new Set(cues.frames.planWords);
const PAST_PLAN_WORDS = new Set(cues.frames.pastPlanWords);
const BEFORE_PLAN = new Set(cues.frames.beforePlan);
const PLAN_AFTER_AUXILIARY = new Set(cues.frames.planAfterAuxiliary);
const PLAN_AFTER_IS = new Set(cues.frames.planAfterIs);
const INTENTIONS = new Set(cues.frames.intentions);
/** Modals, after which a verb is in its base form ("to" is left out: "was due to quit in September" is past). */
const BEFORE_BASE_FORM = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '\u2019ll', "won't", 'won\u2019t', "wouldn't", 'wouldn\u2019t', "can't", 'can\u2019t', 'cannot', "couldn't", 'couldn\u2019t', "shouldn't", 'shouldn\u2019t']);
const isScheduleWord = (x: string | undefined): boolean => x !== undefined && PLAN_AFTER_AUXILIARY.has(x);

/**
 * Context fixes for cue words: "set"/"due"/"going"/"by" are future only in "set to", "due to",
 * "going to" (and "by" is too weak alone); "has been"/"have" are past (present perfect);
 * "is to"/"are to" is a schedule ("is to be held").
 */
function refine(words: string[], k: number, mood: Mood | null): Mood | null {
	const w = words[k] ?? '';
	const next = words[k + 1];
	if (PLAN_WORDS.has(w)) {
		const before = words[k - 1];
		// "is expected in", "was scheduled for", "are due on": a plan, whatever the auxiliary's tense.
		if (before && BEFORE_PLAN.has(before)) return 'future';
		if (next === 'to' || next === 'for' || next === 'on' || next === 'in') return 'future';
		// "scheduled a news conference Thursday": what is scheduled is still to come
		if (next === 'a' || next === 'an' || next === 'the' || next === 'its' || next === 'their' || next === 'his' || next === 'her') return 'future';
		return PAST_PLAN_WORDS.has(w) ? 'past' : null;
	}
	if (w === 'by' || w === 'until') return null;
	// "will now be played on January 17": after a modal, "now" is no tense of its own
	if (w === 'now' && BEFORE_BASE_FORM.has(words[k - 1] ?? '')) return null;
	// "takes effect", "takes office", "takes place", "comes into force": a schedule; "takes a charge" is none
	if (w === 'takes') return next === 'effect' || next === 'office' || next === 'place' ? mood : null;
	if (w === 'comes') return next === 'into' ? mood : null;
	// "withdrew its full-year forecast on Tuesday": the noun, after a determiner or before a
	// preposition, is no cue; the verb is ("forecast a loss", "is forecast to rise")
	if (w === 'forecast' && (/^(its|their|his|her|our|the|a|an|this|that|full-year|annual|quarterly)$/.test(words[k - 1] ?? '') || /^(on|in|for|at|of|and|by|was|were|is|are)$/.test(next ?? ''))) return null;
	// An auxiliary before a schedule word is a plan ("has been scheduled", "was set to").
	if (mood === 'past' || mood === 'present') {
		const n2 = words[k + 2];
		if (isScheduleWord(next) || (next === 'been' && isScheduleWord(n2))) return 'future';
	}
	const prev = words[k - 1];
	// A verb after a modal is its base form, whatever form it shares with the past ("will shut its
	// doors in April"): the tense is carried further left ("may have spread" keeps its "have").
	if (mood === 'past' && prev && BEFORE_BASE_FORM.has(prev) && !/^(?:have|has|had|been|be)$/.test(w)) return null;
	// A participle after "be"/"being" is passive voice, not past tense ("is to be held on
	// Sunday"): the tense is carried further left, so skip it.
	if (mood === 'past' && (prev === 'be' || prev === 'being') && w !== 'been') return null;
	// "is (officially) reported", "are expected": present passive; the auxiliary before it is the cue
	const aux = prev && /ly$/.test(prev) ? words[k - 2] : prev;
	if (mood === 'past' && (aux === 'is' || aux === 'are') && w.endsWith('ed')) return null;
	// "has"/"have" mark the present perfect (past) only before a participle; alone they are present.
	if (w === 'has' || w === 'have') return next && (next === 'been' || next.endsWith('ed') || next.endsWith('en') || PAST_CUES.has(next)) ? 'past' : 'present';
	// "wants to", "needs to", "hopes to", "seeks to": intentions point forward; plain "to" is
	// not a cue except in such frames.
	if (w === 'to') return null;
	if (INTENTIONS.has(w) && next !== 'to') return null;
	// "can"/"could" describe ability as often as prospects; only as auxiliaries before a verb.
	if ((w === 'can' || w === 'could') && next && /^(?:not|be|have)$/.test(next) === false && next.endsWith('ed')) return null;
	if ((w === 'is' || w === 'are') && next === 'to') return 'future';
	if ((w === 'is' || w === 'are') && next && PLAN_AFTER_IS.has(next)) return 'future';
	return mood;
}
