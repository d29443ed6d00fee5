/** Handlers of the rules for clock times. */
import { addDays, formatDay, type Ymd } from '../calendar.ts';
import { UTC_ZONES, WEEKDAY_RE } from '../lexicon.ts';
import { directionOf, resolveWeekday } from '../resolve.ts';
import type { Candidate, RuleContext } from '../rule.ts';
import { pad, textBefore, weekdayNum, wordBefore } from './common.ts';

const TIME_ANCHOR = new RegExp(`^,?\\s+(today|yesterday|tomorrow|tonight|${WEEKDAY_RE.slice(3, -1)})\\b`);

/** The anchor day for a time of day: a following "today"/"Monday", else the article date. */
function timeAnchor(text: string, end: number, ctx: RuleContext): { day: Ymd; end: number } {
	const rest = text.slice(end, end + 30);
	const m = TIME_ANCHOR.exec(rest);
	if (!m) return { day: ctx.dct, end };
	const w = (m[1] ?? '').toLowerCase();
	const newEnd = end + m[0].length;
	if (w === 'yesterday') return { day: addDays(ctx.dct, -1), end: newEnd };
	if (w === 'tomorrow') return { day: addDays(ctx.dct, 1), end: newEnd };
	if (w === 'today' || w === 'tonight') return { day: ctx.dct, end: newEnd };
	const dir = directionOf(ctx.mood(end, newEnd));
	return { day: resolveWeekday(ctx.dct, weekdayNum(w), dir), end: newEnd };
}


export function clockTime(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const clock = clockOf(m, ctx);
	if (!clock) return null;
	const [h, min] = clock;
	const anchor = timeAnchor(ctx.text, m.index + m[0].length, ctx);
	const z = m[9] && UTC_ZONES.has(m[9]) ? 'Z' : '';
	// "midnight" is the end of its day, T24:00, as the TIMEX3 guidelines write it.
	const value = `${formatDay(anchor.day)}T${pad(h)}:${pad(min)}${z}`;
	// "(0800 GMT)": the closing parenthesis only goes with an opening one inside the match.
	let end = anchor.end;
	if (end === m.index + m[0].length && m[0].endsWith(')') && !m[0].includes('(')) end--;
	const c: Candidate = { start: m.index, end, type: 'TIME', value };
	if (z && m[10] && m[11]) c.utcOffset = (m[10] === '-' ? -1 : 1) * Number(m[11]);
	if (anchor.end === m.index + m[0].length) c.timeSuffix = `T${pad(h)}:${pad(min)}${z}`;
	return c;
}


const CUE_BEFORE_CLOCK = wordBefore('cuesBeforeClock', 'i');

/**
 * Hour and minute of a clock time on the 24-hour clock ("6:40 p.m." is 18:40, "midnight" is
 * 24:00, the end of its day, as the TIMEX3 guidelines write it); null when not a time.
 */
function clockOf(m: RegExpExecArray, ctx: RuleContext): [number, number] | null {
	const ap = (m[3] ?? m[5] ?? '').toLowerCase();
	// A bare "3:45" without am/pm or zone could be a score or ratio; it needs a time cue before it.
	if (m[1] !== undefined && !ap && !m[9] && !CUE_BEFORE_CLOCK.test(textBefore(ctx, m.index, 12))) return null;
	const [hour, min] =
		m[1] !== undefined ? [Number(m[1]), Number(m[2])]
		: m[4] !== undefined ? [Number(m[4]), 0]
		: m[6] !== undefined ? [Number(m[6]), Number(m[7])]
		: [(m[8] ?? '').toLowerCase() === 'midnight' ? 24 : 12, 0];
	let h = hour;
	if (ap) {
		if (h < 1 || h > 12) return null;
		if (ap === 'p' && h < 12) h += 12;
		if (ap === 'a' && h === 12) h = 0;
	}
	return h > 24 || min > 59 ? null : [h, min];
}
