import { SeedError } from './errors.ts';

/** A seed file as written, before sentences and dates are found. */
export interface ParsedSeed {
	file: string;
	date: string;
	title: string;
	standfirst: string;
	paragraphs: string[];
	source: string | null;
	url: string | null;
	author: string | null;
	/** What the article's id is made from, when not `file` alone: a feed or JSON Lines item's file and link. */
	idKey?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day an article was published, checked to exist (2026-02-30 does not), to fall in year 1 or
 * later, and not to be after `latest` (a publication date in the future is a typo).
 */
export function parseArticleDate(file: string, line: number, raw: string, latest?: string): string {
	const day = DAY.exec(raw.trim())?.[0];
	// Date.parse rolls 2026-02-30 over to March 2: only a round trip proves the day exists
	const ms = day ? Date.parse(`${day}T00:00:00Z`) : NaN;
	if (!day || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day)
		throw new SeedError(file, line, `expected a real date as YYYY-MM-DD, found "${raw.trim().slice(0, 40)}"`);
	if (day < '0001-01-01') throw new SeedError(file, line, `expected a date in year 1 or later, found "${day}"`);
	if (latest && day > latest)
		throw new SeedError(file, line, `expected a publication date no later than ${latest}, found "${day}" (in the future)`);
	return day;
}

/** Keeps a link only when it is http(s): a `javascript:` URL must never become an href. */
export function parseUrl(file: string, line: number, raw: string): string {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new SeedError(file, line, `expected an http(s) URL, found "${raw.trim()}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new SeedError(file, line, `expected an http(s) URL, found "${raw.trim()}"`);
	return url.href;
}

/**
 * Drops a UTF-8 byte order mark, turns CRLF or CR line ends into LF, and removes control
 * characters and Unicode direction overrides, which could make text display as something else.
 */
export function normaliseText(content: string): string {
	return stripControls(content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

export function stripControls(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Collapses runs of spaces and tabs; seed text keeps its words, not its layout. */
export function tidyText(line: string): string {
	// front-matter escapes ("\u202E") can bring control characters back after normaliseText
	return stripControls(line.replace(/[ \t\u00a0\n]+/g, ' ')).trim();
}

/**
 * The calendar day a date or timestamp names as written: `2026-01-28`, `2026-01-28T23:30:00-05:00`
 * (a time with a zone is that zone's day, not UTC's), or an RFC 822 date as feeds write it,
 * `Wed, 28 Jan 2026 23:30:00 -0500`. `null` when it is neither.
 */
export function dayAsWritten(raw: string): string | null {
	const text = raw.trim();
	const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/.exec(text);
	if (iso) return iso[1]!;
	const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\b/.exec(text);
	if (!rfc) return null;
	const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
	if (month === 0) return null;
	// RFC 822 allows two-digit years; RFC 1123 (what feeds use) has four
	const year = rfc[3]!.length === 2 ? 1900 + Number(rfc[3]) + (Number(rfc[3]) < 50 ? 100 : 0) : Number(rfc[3]);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * An absolute http(s) URL from `raw`, resolved against `base` when relative; `undefined` for
 * anything else (`javascript:`, `data:`, a relative link with no base, text that is not a URL).
 */
export function toHttpUrl(raw: string | null | undefined, base?: string): string | undefined {
	const text = raw?.trim();
	if (!text) return undefined;
	let url: URL;
	try {
		url = new URL(text, base);
	} catch {
		return undefined;
	}
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
