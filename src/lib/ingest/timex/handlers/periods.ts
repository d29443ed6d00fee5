/** Handlers of the rules for quarters, halves, weeks of a month, seasons, and units counted from the article date or from the text. */
import { addDays, daysInMonth, formatWeek, isoWeekday } from '../calendar.ts';
import { FISCAL_ADJECTIVE_RE, ORDINALS, SEASONS, alt, contextWords } from '../lexicon.ts';
import type { Mood } from '../mood.ts';
import { resolveQuarterYear, resolveSeasonYear, resolveYear, shiftUnit } from '../resolve.ts';
import { cand, type Candidate, type RuleContext } from '../rule.ts';
import type { Part } from '../when.ts';
import cues from '../resources/tense-cues.json';
import { durationValue, expandTwoDigitYear, monthNum, moodOf, offsetOf, partOf, textAfter, textBefore, wordAfter, wordBefore, yearNamedAfter } from './common.ts';

/** Words showing a "half" is part of a match. */
const SPORT_CONTEXT = new RegExp(`\\b(?:${alt(contextWords('sportNearHalf'))})\\b`);
const EVENT_AFTER_SEASON = wordAfter('eventsAfterSeason');
const BEFORE_FALL = wordBefore('wordsBeforeFall', 'i');
const BEFORE_SEASON = wordBefore('wordsBeforeSeason', 'i');
const BEFORE_REPORTED_UNIT = wordBefore('wordsBeforeReportedUnit');
const RESULTS_AFTER = wordAfter('resultNouns', 'i');
/** "hopes", "aims", "plans" ... (tense-cues.json): before "to", what follows is aimed at, not reported. */
const TENSE_INTENTIONS = cues.frames.intentions;
/** "a loss for the third quarter", "results in the fourth quarter". */
const RESULTS_BEFORE = wordBefore('resultNouns', 'i', String.raw`\s+(?:for|in)`);
/** A verb of reporting results before the quarter in its clause ("posted a", "to report"), and no "fiscal" right before it. */
const REPORTED_BEFORE = /\b(?:report|reports|reported|reporting|post|posts|posted|posting|release|releases|released|announce|announces|announced)\b[^.,;:]{0,40}$/i;

const INTENDED_BEFORE = new RegExp(`\\b(?:${alt(TENSE_INTENTIONS)})\\s+to\\s+\\w+\\b[^.,;:]{0,40}$`, 'i');

/** A quarter that qualifies results a clause reports ("posted a fourth-quarter loss"), not a fiscal one. */
function reportedResults(m: RegExpExecArray, ctx: RuleContext): boolean {
	const before = textBefore(ctx, m.index, 60);
	// "hopes to post a profit in the fourth quarter" aims at a quarter to come
	if (/\bfiscal\s+$/i.test(before) || !REPORTED_BEFORE.test(before) || INTENDED_BEFORE.test(before)) return false;
	return RESULTS_AFTER.test(textAfter(ctx, m.index + m[0].length, 12)) || RESULTS_BEFORE.test(before.slice(-24));
}

export function quarter(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	if (m[6]) return quarterCode(m, ctx, m[6]);
	const ord = (m[2] ?? '').toLowerCase();
	const half = (m[3] ?? '').toLowerCase() === 'half';
	// "scored in the second half", "a first-half goal": a half of a match, not of the year.
	if (half && !m[4] && !m[5] && SPORT_CONTEXT.test(ctx.text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 60))) return null;
	let n = ORDINALS[ord] ?? 0;
	if (half) {
		if (n > 2 && ord !== 'last' && ord !== 'final') return null;
		n = ord === 'last' || ord === 'final' ? 2 : n;
	}
	const rel = m[4]?.toLowerCase().replace(/\s+/g, ' ');
	let y: number;
	if (m[5]) y = Number(m[5]);
	else if (rel) y = ctx.dct.year + (offsetOf(rel === 'the' ? 'this' : rel) ?? 0);
	else if (!m[1] && ord === 'last' && !half) {
		// "last quarter" (no article) is the quarter before the article's.
		const v = shiftUnit(ctx.dct, 'quarter', -1);
		return v ? cand(m, 'DATE', v) : null;
	} else if (half) y = halfYear(ctx, n, moodOf(m, ctx));
	else y = resolveQuarterYear(ctx.dct, n, moodOf(m, ctx), reportedResults(m, ctx));
	// "the first-quarter results": a hyphenated modifier; "the" goes with the noun.
	const off = m[1] && !m[4] && !m[5] && /^[Tt]he\s+\w+-/.test(m[0]) ? m[0].indexOf(m[2] ?? '') : 0;
	return cand(m, 'DATE', half ? `${y}-H${n}` : `${y}-Q${n}`, off);
}

/** "Q3 2009", "Q4-09", "Q1" (its year by the clause direction). */
function quarterCode(m: RegExpExecArray, ctx: RuleContext, q: string): Candidate {
	const y = m[7] ? Number(m[7]) : m[8] ? expandTwoDigitYear(Number(m[8]), ctx.dct) : resolveQuarterYear(ctx.dct, Number(q), moodOf(m, ctx));
	return cand(m, 'DATE', `${y}-Q${q}`);
}

/** A half named without a year: last year's when a past clause names one still ahead. */
function halfYear(ctx: RuleContext, n: number, mood: Mood | null): number {
	const cur = ctx.dct.month <= 6 ? 1 : 2;
	return mood === 'past' && n > cur ? ctx.dct.year - 1 : mood === 'future' && n < cur ? ctx.dct.year + 1 : ctx.dct.year;
}

export function weekOfMonth(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const month = monthNum(m[2] ?? '');
	if (!month) return null;
	const ord = (m[1] ?? '').toLowerCase();
	const year = m[3] ? Number(m[3]) : resolveYear(ctx.dct, month, null, moodOf(m, ctx));
	const last = daysInMonth(year, month);
	const n = ORDINALS[ord] ?? 1;
	const day = ord === 'last' || ord === 'final' ? last - 3 : (n - 1) * 7 + 4;
	return cand(m, 'DATE', formatWeek({ year, month, day }));
}

export function season(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const season = (m[2] ?? '').toLowerCase();
	const code = SEASONS[season];
	if (!code) return null;
	const mod = m[1]?.toLowerCase();
	const hasThe = /\bthe\s+/.test(m[0]);
	if (!m[3] && !bareSeasonOk(m, ctx, season, mod, hasThe)) return null;
	const offset = mod === 'last' ? -1 : mod === 'next' ? 1 : mod === 'this' ? 0 : null;
	const y = m[3] ? Number(m[3]) : (offset === null ? yearNamedAfter(ctx, m.index + m[0].length) : null) ?? resolveSeasonYear(ctx.dct, code, offset, moodOf(m, ctx));
	// Leave a bare "the" out ("in the spring" -> "spring"), keep "the" with a year ("the fall of 2008").
	const off = hasThe && !m[1] && !m[3] ? m[0].indexOf(m[2] ?? '') : 0;
	return { ...cand(m, 'DATE', `${y}-${code}`, off), part: partOf(mod) };
}

/** A season without a year is the season, not a verb ("fall"), "a spring" or a name ("Summer Olympics"). */
function bareSeasonOk(m: RegExpExecArray, ctx: RuleContext, season: string, mod: string | undefined, hasThe: boolean): boolean {
	const before = textBefore(ctx, m.index, 12);
	const end = m.index + m[0].length;
	// "fall" is mostly a verb or a drop; take it only with a year, a modifier or "in the".
	if (season === 'fall' && !(mod === 'this' || mod === 'last' || mod === 'next') && !(hasThe && BEFORE_FALL.test(before))) return false;
	// A bare season as a noun phrase subject ("spring is...") still counts; "a spring" does not.
	if (!mod && !BEFORE_SEASON.test(before) && !/^[A-Z]/.test(m[2] ?? '') && /\ba\s+$/i.test(before)) return false;
	// "the winter Olympics", "summer Games": the event's name, not the season.
	if (EVENT_AFTER_SEASON.test(textAfter(ctx, end, 14))) return false;
	// "Summer Olympics", "Spring Street": part of a name.
	return !(!mod && /^[A-Z]/.test(m[2] ?? '') && /^\s+[A-Z][a-z]/.test(textAfter(ctx, end, 4)));
}

export function relativeUnit(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const rel = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
	const unit = (m[4] ?? '').toLowerCase();
	const partWord = m[2];
	const trailing = m[5];
	const earlierLater = m[1];
	// "the whole year" is this one; "a whole year", "its first full year" a length of time
	if (/^(?:entire|whole|full|same)$/.test(rel)) return null;
	const offset = rel === 'the' ? theUnitOffset(m, ctx, unit) : offsetOf(rel);
	if (offset === null) return null;
	// "the past year", "the past decade", "the coming year" are spans of time leading up to
	// (or from) now: TimeML types them DURATION.
	if (/^the (?:past|coming|next)$/.test(rel) && !partWord && !earlierLater && unit !== 'weekend') {
		const v = durationValue(1, unit);
		return v ? cand(m, 'DURATION', v) : null;
	}
	if (trailing && rel !== 'the') return { ...cand(m, 'DATE', ''), end: m.index + m[0].length - trailing.length - 1, value: shiftUnit(ctx.dct, unit, offset) ?? '' };
	// "this fiscal year", "the current financial year": a fiscal year, named as "fiscal 2009" is (FY2009);
	// which months it holds depends on the company, so it has no calendar stretch
	if (unit === 'year' && FISCAL_BEFORE_YEAR.test(m[0])) return cand(m, 'DATE', `FY${ctx.dct.year + offset}`);
	const value = unit === 'weekend' ? weekendValue(ctx, rel, offset, moodOf(m, ctx)) : shiftUnit(ctx.dct, unit, offset);
	if (!value) return null;
	return { ...cand(m, 'DATE', value), part: relativePart(rel, offset, earlierLater, partWord) };
}

const FISCAL_BEFORE_YEAR = new RegExp(`\\b(?:${FISCAL_ADJECTIVE_RE})\\s+year$`, 'i');

/**
 * Offset of "the year", "the week": alone too vague; with a part ("the end of the year") they
 * name the article's unit; "for the year", "in the quarter" name the period being reported on,
 * as newswire uses them. "The year before" is the anaphoric rule's; "the week before the vote",
 * "the week of" point elsewhere and are left alone.
 */
function theUnitOffset(m: RegExpExecArray, ctx: RuleContext, unit: string): number | null {
	if (m[5]) return null;
	if (m[2] || unit === 'weekend') return 0;
	const before = textBefore(ctx, m.index, 12);
	const after = textAfter(ctx, m.index + m[0].length, 12);
	if (m[1] || !BEFORE_REPORTED_UNIT.test(before)) return null;
	if (/^(?:'s|’s|\s+(?:of|before|after|when|that|in\s+which|ended|ending|earlier|ago))\b/.test(after) || unit === 'decade' || unit === 'century') return null;
	return unit === 'quarter' && moodOf(m, ctx) === 'past' ? -1 : 0;
}

/** ISO week of "this weekend", "last weekend", "the weekend": the past one in a past clause. */
function weekendValue(ctx: RuleContext, rel: string, offset: number, mood: Mood | null): string {
	const wd = isoWeekday(ctx.dct);
	let wk = offset;
	if (rel === 'the' || rel === 'this') wk = mood === 'past' && wd < 6 ? -1 : 0;
	else if (rel === 'last' && wd >= 6) wk = 0;
	return formatWeek(addDays(ctx.dct, wk * 7)) + '-WE';
}

/**
 * "earlier this year" is the year up to the article's date, "later this month" the month from
 * it, "the rest of the year" too; "later next year" does not say which part: the whole year.
 */
function relativePart(rel: string, offset: number, earlierLater: string | undefined, partWord: string | undefined): Part {
	const now = offset === 0 && !/same|entire|whole|full/.test(rel);
	if (earlierLater) return now ? (earlierLater.toLowerCase() === 'earlier' ? 'before' : 'after') : null;
	return now && partWord && /rest|remainder/i.test(partWord) ? 'after' : partOf(partWord?.replace(/^[Tt]he\s+(?:very\s+)?/, ''));
}

export function anaphoricUnit(m: RegExpExecArray): Candidate | null {
	if (m[5]) {
		// "The same month/period a year ago": the anchor's month or quarter, a year back.
		return { ...cand(m, 'DATE', ''), unitAnchor: { unit: 'period', shift: -1 } };
	}
	const unit = (m[2] ?? m[3] ?? '').toLowerCase() as 'year' | 'month' | 'quarter';
	const dir = (m[1] ?? m[4] ?? '').toLowerCase();
	const shift = /previous|preceding|prior|before|earlier/.test(dir) ? -1 : 1;
	return { ...cand(m, 'DATE', ''), unitAnchor: { unit, shift } };
}

