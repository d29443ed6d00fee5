/**
 * The vocabularies of `resources/*.json`, as lookup tables and as regex sources for the rule
 * patterns. Nothing here knows a word: adding one is a change to a data file.
 */
import contextList from './resources/contexts.json';
import dayPartList from './resources/day-parts.json';
import fiscalList from './resources/fiscal.json';
import frequencyList from './resources/frequencies.json';
import holidayList from './resources/holidays.json';
import keywordList from './resources/keywords.json';
import modifierList from './resources/modifiers.json';
import monthList from './resources/months.json';
import numberList from './resources/numbers.json';
import ordinalList from './resources/ordinals.json';
import partList from './resources/parts.json';
import relativeList from './resources/relative-words.json';
import seasonList from './resources/seasons.json';
import zoneList from './resources/time-zones.json';
import unitList from './resources/units.json';
import weekdayList from './resources/weekdays.json';

/** Escapes a word for a regex; a space matches any run of white space when `space` says so. */
function escapeWord(word: string, space = ' '): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, space);
}

/** Regex source of an alternation of literal words, in the order given. */
export function alt(words: readonly string[], space = ' '): string {
	return words.map((w) => escapeWord(w, space)).join('|');
}

/** `last` as `[Ll]ast`: a word in lower case or capitalised (sentence-initial). */
export function eitherCase(word: string): string {
	const first = word[0] ?? '';
	const up = first.toUpperCase();
	return up === first ? escapeWord(word) : `[${up}${first}]${escapeWord(word.slice(1))}`;
}

/** Alternation of words, each in lower case or capitalised; spaces match white space. */
export function altEitherCase(words: readonly string[]): string {
	return words.map((w) => eitherCase(w).replace(/ /g, '\\s+')).join('|');
}

/** Month number of each capitalised name and abbreviation, keyed in lower case. */
export const MONTHS: Record<string, number> = {};
monthList.months.forEach((m, i) => {
	MONTHS[m.name.toLowerCase()] = i + 1;
	for (const a of m.abbreviations) MONTHS[a.toLowerCase()] = i + 1;
});

/** Regex source matching a capitalised month name or abbreviation (abbreviations may take a dot). */
export const MONTH_RE =
	`(?:(?:${alt(monthList.months.map((m) => m.name))})(?![A-Za-z])|` +
	`(?:${alt(monthList.months.flatMap((m) => m.abbreviations))})\\.?(?![A-Za-z]))`;

/** ISO weekday number (Monday = 1) of each weekday name, keyed in lower case. */
export const WEEKDAYS: Record<string, number> = Object.fromEntries(
	weekdayList.weekdays.map((d, i) => [d.toLowerCase(), i + 1])
);

/** Whether `word` (any case, an abbreviation with or without its dot) names a month or a weekday: "October", "Sept.", "monday". */
export function isCalendarName(word: string): boolean {
	const w = word.toLowerCase().replace(/\.$/, '');
	return Object.hasOwn(MONTHS, w) || Object.hasOwn(WEEKDAYS, w);
}

/** Capitalised weekday names. */
export const WEEKDAY_RE = `(?:${alt(weekdayList.weekdays)})`;

const { ones, teens, tens, counts, vague } = numberList;
const SMALL: Record<string, number> = { ...ones, ...teens, ...tens, ...counts };
/** Quantifiers that give an unknown count (`X` in TIMEX3 values); "few" only as "a few". */
const VAGUE = new Set([...vague, 'few']);

/** Regex source for a count: digits, number words (also "twenty-five", "two and a half"), vague words. */
export const NUMBER_RE =
	`(?:\\d+(?:\\.\\d+)?|(?:a\\s+)?(?:few|couple(?:\\s+of)?|dozen)|${alt(vague)}|` +
	`(?:${alt(Object.keys(tens))})(?:[- ](?:${alt(Object.keys(ones))}))?|` +
	`${alt([...Object.keys(ones), ...Object.keys(teens)])}|a|an|hundreds|a\\s+hundred|one\\s+hundred)(?:\\s+and\\s+a\\s+half)?`;

/** Numeric value of a count matched by {@link NUMBER_RE}; `null` for vague counts ("several"). */
export function parseCount(raw: string): number | null {
	let s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
	let half = 0;
	if (s.endsWith(' and a half')) {
		half = 0.5;
		s = s.slice(0, -' and a half'.length);
	}
	if (/^\d/.test(s)) return Number(s) + half;
	if (s.startsWith('a ') && s !== 'a hundred') s = s.slice(2);
	if (s === 'couple of') s = 'couple';
	if (VAGUE.has(s) || s === 'hundreds') return null;
	if (s === 'a hundred' || s === 'one hundred') return 100 + half;
	const parts = s.split(/[- ]/);
	let n = 0;
	for (const p of parts) {
		const v = SMALL[p];
		if (v === undefined) return null;
		n += v;
	}
	return n + half;
}

/** Duration units: TIMEX3 letter, whether it is a time unit (after `T`), and a multiplier. */
export const UNITS: Record<string, { letter: string; time: boolean; factor: number }> = unitList.units;

const SINGULAR: Record<string, string> = Object.fromEntries(
	Object.entries(unitList.units).map(([unit, u]) => [u.plural, unit])
);

/** Singular unit name of a (possibly plural) unit word. */
export function unitOf(word: string): string {
	const w = word.toLowerCase();
	return SINGULAR[w] ?? (w.endsWith('s') ? w.slice(0, -1) : w);
}

/**
 * Regex source of unit words before an optional plural `s`: "century" also as "centurie", so
 * that "centuries" matches as the stem and `s`.
 */
export function unitStemRe(units: readonly string[]): string {
	return units
		.flatMap((u) => {
			const plural = unitList.units[u as keyof typeof unitList.units]?.plural;
			if (!plural) throw new Error(`unit "${u}" is not in resources/units.json`);
			const stem = plural.slice(0, -1);
			return stem === u ? [u] : [u, stem];
		})
		.join('|');
}

/** Regex source of the plural unit words ("days", "centuries"). */
export function unitPluralRe(units: readonly string[]): string {
	return units.map((u) => unitList.units[u as keyof typeof unitList.units]?.plural ?? u).join('|');
}

/** Ordinal number of "first", "3rd", "final" (quarters, halves and weeks). */
export const ORDINALS: Record<string, number> = ordinalList.ordinals;
/** Centuries in words: "nineteenth" → 19. */
export const CENTURY_WORDS: Record<string, number> = ordinalList.centuries;

/** Offset named by a relative word ("last" = -1, "next" = +1, "this" = 0). */
export const RELATIVE_OFFSETS: Record<string, number> = relativeList.offsets;

/** Relative words, longer phrases first ("this past" before "this"). */
export const RELATIVE_WORDS: readonly string[] = Object.keys(relativeList.offsets);

/** Part of a stretch ("early", "mid", "late") named by words such as "beginning", "end". */
export const PARTS: Record<string, 'early' | 'mid' | 'late'> = partList.parts as Record<string, 'early' | 'mid' | 'late'>;

/** TIMEX3 season code of each season word. */
export const SEASONS: Record<string, string> = seasonList.seasons;

/** TIMEX3 code of each part of the day ("morning" is MO). */
export const DAY_PARTS: Record<string, string> = dayPartList.dayParts;

/** Regex source of the time zone abbreviations. */
export const TZ_RE = `(?:${alt(zoneList.zones)})`;

/** Zones whose times are written with `Z`. */
export const UTC_ZONES: ReadonlySet<string> = new Set(zoneList.utc);

/** TIMEX3 values of frequency adverbs ("daily"), units after "every" and halves ("half an hour"). */
export const FREQUENCIES: Record<string, string> = frequencyList.adverbs;
export const EVERY_UNIT: Record<string, string> = frequencyList.everyUnit;
export const HALVES: Record<string, string> = frequencyList.halves;

/** A holiday's names and its date formula (see `resources/holidays.json`). */
export interface Holiday {
	names: string[];
	date: string;
}

export const HOLIDAYS: readonly Holiday[] = holidayList.holidays;

/** Every holiday name, longest first, so that "Christmas Eve" is tried before "Christmas". */
export const HOLIDAY_NAMES: readonly string[] = HOLIDAYS.flatMap((h) => h.names).sort((a, b) => b.length - a.length);

/** Regex source of a holiday name: spaces match white space, apostrophes both ' and ’. */
export const HOLIDAY_RE = HOLIDAY_NAMES.map((n) => escapeWord(n, '\\s+').replace(/'/g, "['’]")).join('|');

/** The holiday of a name as written (white space and apostrophes normalised). */
export function holidayOf(written: string): Holiday | null {
	const key = written.replace(/\s+/g, ' ').replace(/’/g, "'");
	return HOLIDAYS.find((h) => h.names.includes(key)) ?? null;
}

/** The words of one context of `resources/contexts.json` ("thingsAfterHoliday"). */
export function contextWords(name: keyof typeof contextList): readonly string[] {
	const entry = contextList[name];
	if (typeof entry === 'string') throw new Error(`resources/contexts.json: "${name}" is not a word list`);
	return entry.words;
}

/** Trigger words around counts and units (`resources/modifiers.json`). */
export const MODIFIERS: {
	approximate: string[];
	beforeAgo: string[];
	unitAdjectives: string[];
	spanOpeners: string[];
	afterCount: Record<string, { direction: number; from: string }>;
	beforeWeekday: string[];
	beforeHoliday: string[];
	partsOfUnit: string[];
} = modifierList;

/** Regex source of the words that make a year fiscal ("fiscal 2009"), each word in either case. */
export const FISCAL_YEAR_RE = fiscalList.yearWords.map((p) => p.split(' ').map(eitherCase).join('\\s+')).join('|');
/** Regex source of the adjectives of "this fiscal year". */
export const FISCAL_ADJECTIVE_RE = alt(fiscalList.yearAdjectives);
/** Regex source of the fiscal-year codes ("FY2025"). */
export const FISCAL_CODE_RE = alt(fiscalList.codes);

/**
 * A quick test for anything temporal: a digit, a month stem, a holiday or a keyword of
 * `resources/keywords.json`. Text without one skips every rule.
 */
export const PREFILTER = new RegExp(
	[
		'\\d',
		alt(monthList.months.map((m) => m.name.slice(0, 3))),
		alt(keywordList.anywhere),
		...keywordList.wordEnds.map((w) => `${escapeWord(w)}\\b`),
		HOLIDAY_RE
	].join('|'),
	'i'
);
