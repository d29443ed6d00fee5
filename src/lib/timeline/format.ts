/** Dates and statuses in words, in UTC, independent of the browser's locale and zone. */
import type { EventStatus, When } from '../ingest/types';
import { dayToMs } from './time';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const QUARTERS = ['first', 'second', 'third', 'fourth'];

function parts(iso: string) {
	const d = new Date(dayToMs(iso));
	return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay() };
}

/** "Sunday 1 February 2026". */
export function formatDayLong(iso: string): string {
	const p = parts(iso);
	return `${WEEKDAYS[p.wd]} ${p.d} ${MONTHS[p.m]} ${p.y}`;
}

/** "1 February 2026". */
export function formatDay(iso: string): string {
	const p = parts(iso);
	return `${p.d} ${MONTHS[p.m]} ${p.y}`;
}

function ordinal(n: number): string {
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
	return `${n}${s}`;
}

/** "3–5 March 2026", "30 January – 2 February 2026", "30 December 2025 – 2 January 2026". */
export function formatDayRange(start: string, end: string): string {
	if (start === end) return formatDayLong(start);
	const a = parts(start);
	const b = parts(end);
	if (a.y !== b.y) return `${formatDay(start)} – ${formatDay(end)}`;
	if (a.m !== b.m) return `${a.d} ${MONTHS[a.m]} – ${b.d} ${MONTHS[b.m]} ${b.y}`;
	return `${a.d}–${b.d} ${MONTHS[a.m]} ${a.y}`;
}

/** A resolved date in words, as precise as it is known: "Sunday 1 February 2026", "February 2022", "on or before 28 January 2026". */
export function formatWhen(when: When): string {
	const s = parts(when.start);
	switch (when.precision) {
		case 'day':
			return formatDayRange(when.start, when.end);
		case 'before':
			return `on or before ${formatDay(when.end)}`;
		case 'week':
			return `the week of ${formatDay(when.start)}`;
		case 'month': {
			const e = parts(when.end);
			if (e.y === s.y && e.m === s.m) return `${MONTHS[s.m]} ${s.y}`;
			return e.y === s.y ? `${MONTHS[s.m]} – ${MONTHS[e.m]} ${s.y}` : `${MONTHS[s.m]} ${s.y} – ${MONTHS[e.m]} ${e.y}`;
		}
		case 'season': {
			const code = /-(SP|SU|FA|WI)$/.exec(when.value)?.[1];
			return code ? `${SEASONS[code]} ${s.y}` : formatDayRange(when.start, when.end);
		}
		case 'quarter':
			return `the ${QUARTERS[Math.floor(s.m / 3)]} quarter of ${s.y}`;
		case 'year': {
			const e = parts(when.end);
			return e.y === s.y ? `${s.y}` : `${s.y}–${e.y}`;
		}
		case 'decade':
			return `the ${Math.floor(s.y / 10) * 10}s`;
		case 'century':
			return `the ${ordinal(Math.floor(s.y / 100) + 1)} century`;
	}
}

const STATUS_WORDS: Record<EventStatus, string> = {
	happened: 'Happened',
	scheduled: 'Scheduled',
	ongoing: 'Ongoing',
	held: 'Held',
	postponed: 'Postponed',
	cancelled: 'Cancelled',
	proposed: 'Proposed'
};

/** "Scheduled", "Held", ... */
export function formatStatus(status: EventStatus): string {
	return STATUS_WORDS[status];
}

/** "reported by 1 article", "reported by 3 articles". */
export function formatReportCount(n: number): string {
	return `reported by ${n} ${n === 1 ? 'article' : 'articles'}`;
}
