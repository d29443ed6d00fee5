/**
 * The only place where ISO strings become `Date` objects (house rule: UTC only, one entry point).
 * Everything else works in UTC milliseconds (`number`) or ISO strings.
 */
import { DAY_MS, daysFromCivil, isValidDay } from '../ingest/timex/calendar';

export { DAY_MS };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?$/;

/**
 * Parse `YYYY-MM-DD` (a UTC calendar day) or `YYYY-MM-DDTHH:MM[:SS][Z]` (UTC) into a `Date`.
 * Returns `null` for anything else, including days that do not exist (2026-02-30).
 */
export function parseIsoUtc(iso: string): Date | null {
	const m = ISO.exec(iso.trim());
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
	if (!isValidDay(+y!, +mo!, +d!) || +h > 23 || +mi > 59 || +s > 59) return null;
	return new Date(daysFromCivil(+y!, +mo!, +d!) * DAY_MS + ((+h * 60 + +mi) * 60 + +s) * 1000);
}

/** The number written by the ASCII digits `s[from..to)`, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

/** UTC milliseconds of the start of an ISO day; throws on a malformed day (the data contract guarantees them). */
export function dayToMs(iso: string): number {
	// the common case without a regular expression or a Date: shards bring thousands of days at a time
	if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
		const y = digits(iso, 0, 4);
		const m = digits(iso, 5, 7);
		const d = digits(iso, 8, 10);
		if (y >= 0 && isValidDay(y, m, d)) return daysFromCivil(y, m, d) * DAY_MS;
	}
	const date = parseIsoUtc(iso);
	if (!date) throw new Error(`expected a date as YYYY-MM-DD, found "${iso}"`);
	return date.getTime();
}

/** `YYYY-MM-DD` of the UTC day containing `ms`. */
export function formatIsoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` when `ms` is midnight UTC, else `YYYY-MM-DDTHH:MM` (rounded to the minute). */
export function formatIsoInstant(ms: number): string {
	const rounded = Math.round(ms / 60_000) * 60_000;
	const iso = new Date(rounded).toISOString();
	return rounded % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 16);
}
