/**
 * Dates and statuses in words for the timeline, in UTC, independent of the browser's locale and
 * zone. The words and the `Intl` formatting live in the strings module (`../i18n`): this file only
 * checks the days it is given (a malformed day throws rather than printing "Invalid Date").
 */
import { dates, t } from '../i18n';
import type { EventStatus, When } from '../ingest/types';
import { dayToMs } from './time';

/** "Sunday 1 February 2026". */
export function formatDayLong(iso: string): string {
	dayToMs(iso);
	return dates.dayLong(iso);
}

/** "1 February 2026". */
export function formatDay(iso: string): string {
	dayToMs(iso);
	return dates.day(iso);
}

/** A resolved date in words, as precise as it is known: "Sunday 1 February 2026", "February 2022", "on or before 28 January 2026". */
export function formatWhen(when: When): string {
	dayToMs(when.start);
	dayToMs(when.end);
	return dates.when(when);
}

/** "Scheduled", "Held", ... */
export function formatStatus(status: EventStatus): string {
	return t.status[status];
}

/** "reported by 1 article", "reported by 3 articles". */
export function formatReportCount(n: number): string {
	return t.reportedBy(n);
}
