/**
 * Temporal-expression extraction: finds dates, times, durations and sets in English news text
 * and normalises them to TIMEX3 values, anchored on the article date with the tense of the
 * governing clause. See docs/dates.md for coverage and measured figures.
 */
import type { Timex } from '../types.ts';
import { addDays, formatDay, parseDay, type Ymd } from './calendar.ts';
import { PREFILTER } from './lexicon.ts';
import { MoodIndex, sentenceBounds, type Mood } from './mood.ts';
import cues from './resources/tense-cues.json';
import { RULES, type Candidate, type Rule, type RuleContext } from './rules.ts';
import { resolveWhen } from './when.ts';

/**
 * Every temporal expression in `text`, resolved against the document date `dct` (`YYYY-MM-DD`).
 * Offsets index into `text`; the result is sorted by start and non-overlapping. `storyDay` is the
 * last day the text before `text` dated (the story's time, when `text` is one paragraph of an
 * article): "the day", "that day" and a bare clock time take it until `text` names a day itself.
 * `storyDate` is the last date value the text before named (`2009-Q3`): "the same period a year
 * earlier" refers to it when `text` names no date before.
 */
export function extractTimexes(text: string, dct: string, storyDay: string | null = null, storyDate: string | null = null): Timex[] {
	const dctDay = parseDay(dct);
	if (!dctDay || !PREFILTER.test(text)) return [];
	const moodCache = new Map<string, Mood | null>();
	// Built on the first mood lookup only: texts with no candidates never pay for it.
	let moodIndex: MoodIndex | null = null;
	const ctx: RuleContext = {
		text,
		dct: dctDay,
		mood(start, end) {
			const key = `${start}:${end}`;
			let v = moodCache.get(key);
			if (v === undefined) {
				moodIndex ??= new MoodIndex(text);
				v = moodIndex.moodAt(start, end);
				moodCache.set(key, v);
			}
			return v;
		}
	};
	const candidates: Candidate[] = [];
	for (const rule of RULES) {
		// An anchored rule's keyword scan doubles as its gate.
		if (rule.anchor) {
			runAnchored(rule, ctx, candidates);
			continue;
		}
		if (rule.gate && !rule.gate.test(text)) continue;
		const re = rule.re;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text)) !== null) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			const c = rule.handle(m, ctx);
			if (c && c.end > c.start) candidates.push(c);
		}
	}
	const kept = selectLongest(candidates, text.length);
	resolveAnaphora(kept, dctDay, text, (storyDay && parseDay(storyDay)) || dctDay, storyDate);
	anchorDecisions(kept, text);
	for (const c of kept) if (c.utcOffset) c.value = toUtc(c.value, c.utcOffset);
	const out: Timex[] = [];
	for (const c of kept) {
		if (!c.value) continue;
		const mood = moodFor(c, ctx);
		const when = c.type === 'DATE' || c.type === 'TIME' ? resolveWhen(c.value, c.part ?? null, dct) : null;
		out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value: c.value, when, mood });
	}
	return out;
}

const stickyCache = new WeakMap<RegExp, RegExp>();

/** A sticky copy of a rule's regex, to try it at one position at a time. */
function stickyOf(re: RegExp): RegExp {
	let s = stickyCache.get(re);
	if (!s) {
		s = new RegExp(re.source, re.flags.replace('g', '') + 'y');
		stickyCache.set(re, s);
	}
	return s;
}

const isWordChar = (c: number): boolean =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 39 || c === 8217;

/**
 * Runs an anchored rule: for each keyword hit, tries the pattern at each word start in the
 * `back` characters before it (leftmost first) and keeps the first match that reaches the
 * keyword. Equivalent to a full scan for patterns that must contain the keyword.
 */
function runAnchored(rule: Rule, ctx: RuleContext, out: Candidate[]): void {
	const anchor = rule.anchor;
	if (!anchor) return;
	const text = ctx.text;
	const sticky = stickyOf(rule.re);
	const a = anchor.re;
	a.lastIndex = 0;
	let done = 0;
	let hit: RegExpExecArray | null;
	while ((hit = a.exec(text)) !== null) {
		const at = hit.index;
		if (at < done) continue;
		for (let p = Math.max(done, at - anchor.back); p <= at; p++) {
			if (p > 0 && isWordChar(text.charCodeAt(p - 1)) && p !== at) continue;
			sticky.lastIndex = p;
			const m = sticky.exec(text);
			if (!m || m.index + m[0].length <= at) continue;
			const c = rule.handle(m, ctx);
			if (c && c.end > c.start) {
				out.push(c);
				done = m.index + m[0].length;
				break;
			}
		}
		if (hit[0].length === 0) a.lastIndex++;
	}
}

/** Clause mood for the output; references to now are present whatever the verb. */
function moodFor(c: Candidate, ctx: RuleContext): Mood | null {
	if (c.value === 'PRESENT_REF') return 'present';
	if (c.value === 'PAST_REF') return 'past';
	if (c.value === 'FUTURE_REF') return 'future';
	return ctx.mood(c.start, c.end);
}

/**
 * Settles overlaps: the longest candidate wins, the earlier one on ties, so "October 12, 2005"
 * beats "2005" and "the next four years" beats "years".
 */
function selectLongest(cands: Candidate[], textLength: number): Candidate[] {
	cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	// Occupied characters: checking a span costs its length, so the pass is linear in the text
	// (a pairwise check would be quadratic on long documents).
	const taken = new Uint8Array(textLength + 1);
	const kept: Candidate[] = [];
	for (const c of cands) {
		let clash = false;
		for (let i = c.start; i < c.end; i++) {
			if (taken[i]) {
				clash = true;
				break;
			}
		}
		if (clash) continue;
		taken.fill(1, c.start, c.end);
		kept.push(c);
	}
	kept.sort((a, b) => a.start - b.start);
	return kept;
}

/**
 * "The day", "that day", "the previous day" point at the last full date the text mentioned
 * (the article date when there is none), as a reader would take them. "The previous year" and
 * "the same month a year ago" count from the last date of the same paragraph. A clock time with
 * no date of its own takes the nearest full date of its sentence.
 */
function resolveAnaphora(kept: Candidate[], dct: Ymd, text: string, storyDay: Ymd, storyDate: string | null): void {
	let lastDay: Ymd = storyDay;
	let lastValue: { value: string; end: number } | null = null;
	for (let i = 0; i < kept.length; i++) {
		const c = kept[i];
		if (!c) continue;
		if (c.anchor !== undefined) {
			c.value = formatDay(addDays(lastDay, c.anchor));
		} else if (c.unitAnchor) {
			// "the same period" always points back: past the paragraph, at the story's last date
			const same = c.unitAnchor.unit === 'period' && !lastValue && storyDate;
			const base = lastValue && !text.slice(lastValue.end, c.start).includes('\n') ? lastValue.value : same ? storyDate : formatDay(dct);
			c.value = shiftAnchored(base, c.unitAnchor.unit, c.unitAnchor.shift, dct);
		} else if (c.periodBack && lastValue && lastValue.end > sentenceBounds(text, c.start, c.end)[0]) {
			const back = periodYearBack(lastValue.value, dct);
			if (back) c.value = back;
		} else if (c.timeSuffix) {
			// a clock time takes its sentence's date, else the story's ("he was shot at 10 p.m." in a
			// report of Friday's shooting)
			const day = nearestDayInSentence(kept, i, text) ?? (lastDay !== dct ? formatDay(lastDay) : null);
			if (day) c.value = day + c.timeSuffix;
		}
		const d = /^\d{4}-\d{2}-\d{2}/.test(c.value) ? parseDay(c.value) : null;
		if (d) lastDay = d;
		if (/^\d{4}/.test(c.value) && c.type === 'DATE') lastValue = { value: c.value, end: c.end };
	}
}

const DECISION_BEFORE = new RegExp(`\\b(?:${cues.frames.decisionVerbs.join('|')})\\s+(?:on\\s+|in\\s+)?$`, 'i');
const INFINITIVE_BETWEEN = /^[^.;:!?]*?\bto\s+[a-z]+\b[^.;:!?]*$/;

/**
 * "OPEC agreed in September to cut output in November", "voted on Monday to close the library in
 * December": what was decided comes after the decision, so a month or day whose year only the tense
 * gave, in the infinitive of a verb of deciding dated by its own date, is the first such on or after
 * that date (the tense of "agreed" would put November a year back in an October article).
 */
function anchorDecisions(kept: Candidate[], text: string): void {
	for (let i = 1; i < kept.length; i++) {
		const c = kept[i]!;
		if (!c.yearless) continue;
		const p = kept[i - 1]!;
		const anchor = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(p.value);
		const own = /^(\d{4})-(\d{2})(-\d{2})?(.*)$/.exec(c.value);
		if (!anchor || !own || p.type !== 'DATE' || !INFINITIVE_BETWEEN.test(text.slice(p.end, c.start))) continue;
		if (!DECISION_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
		const [month, day] = [Number(own[2]), own[3] ? Number(own[3].slice(1)) : 0];
		const [am, ad] = [Number(anchor[2]), anchor[3] ? Number(anchor[3]) : 0];
		const year = Number(anchor[1]) + (month < am || (month === am && day > 0 && ad > 0 && day < ad) ? 1 : 0);
		c.value = `${year}-${own[2]}${own[3] ?? ''}${own[4]}`;
	}
}

/** `2007-10-15T18:40Z` read at `offset` hours east of UTC, written in UTC: `2007-10-15T10:40Z`. */
function toUtc(value: string, offset: number): string {
	const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z$/.exec(value);
	const day = m ? parseDay(m[1]!) : null;
	if (!m || !day) return value;
	const minutes = Number(m[2]) * 60 + Number(m[3]) - offset * 60;
	const shift = Math.floor(minutes / 1440);
	const rest = minutes - shift * 1440;
	return `${formatDay(addDays(day, shift))}T${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}Z`;
}

/** Months before the article date within which a reported period counts as the current one. */
const RECENT_PERIOD_MONTHS = 6;

/**
 * A quarter, half or month (`2009-Q3`, `2009-H1`, `2009-03`) a year back, when it ends no more than
 * {@link RECENT_PERIOD_MONTHS} before the article: the period a results report compares with "a
 * year ago". An older period is itself in the past ("in November 2008, a year ago"): `null`.
 */
function periodYearBack(value: string, dct: Ymd): string | null {
	const m = /^(\d{4})-(Q[1-4]|H[12]|\d{2})$/.exec(value);
	const when = m ? resolveWhen(value) : null;
	if (!m || !when) return null;
	const end = parseDay(when.end);
	if (end && (dct.year - end.year) * 12 + dct.month - end.month > RECENT_PERIOD_MONTHS) return null;
	return `${Number(m[1]) - 1}-${m[2]}`;
}

/** Full date (`YYYY-MM-DD`) of the kept candidate nearest `i` inside the same sentence. */
function nearestDayInSentence(kept: Candidate[], i: number, text: string): string | null {
	const c = kept[i];
	if (!c) return null;
	const [s, e] = sentenceBounds(text, c.start, c.end);
	let best: string | null = null;
	let bestDist = Infinity;
	for (let j = i - 1; j >= 0; j--) {
		const k = kept[j];
		if (!k || k.end <= s) break;
		if (!k.timeSuffix && /^\d{4}-\d{2}-\d{2}/.test(k.value)) {
			best = k.value.slice(0, 10);
			bestDist = c.start - k.end;
			break;
		}
	}
	for (let j = i + 1; j < kept.length; j++) {
		const k = kept[j];
		if (!k || k.start >= e) break;
		if (!k.timeSuffix && /^\d{4}-\d{2}-\d{2}/.test(k.value)) {
			if (k.start - c.end < bestDist) best = k.value.slice(0, 10);
			break;
		}
	}
	return best;
}

/** Shifts the granularity `unit` of an anchor value (`2009-02`, `2008-10-24`, `2009`) by `shift`. */
function shiftAnchored(base: string, unit: 'year' | 'month' | 'quarter' | 'period', shift: number, dct: Ymd): string {
	const y = Number(base.slice(0, 4));
	const q = /^\d{4}-Q([1-4])/.exec(base);
	const mo = /^\d{4}-(\d{2})/.exec(base);
	if (unit === 'year') return String(y + shift);
	if (unit === 'period') {
		// "The same period last year": the anchor's own granularity, a year back.
		if (q) return `${y - 1}-Q${q[1]}`;
		const h = /^\d{4}-H([12])/.exec(base);
		if (h) return `${y - 1}-H${h[1]}`;
		if (mo) return `${y - 1}-${mo[1]}`;
		return String(y - 1);
	}
	if (unit === 'quarter') {
		const cur = q ? Number(q[1]) : mo ? Math.floor((Number(mo[1]) - 1) / 3) + 1 : Math.floor((dct.month - 1) / 3) + 1;
		const idx = y * 4 + cur - 1 + shift;
		return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
	}
	const month = mo ? Number(mo[1]) : dct.month;
	const idx = y * 12 + month - 1 + shift;
	return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export { resolveWhen } from './when.ts';
export { detectMood } from './mood.ts';
