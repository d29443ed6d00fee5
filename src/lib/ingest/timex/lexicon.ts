/** Word lists shared by the patterns: month, weekday, number and unit names. */

/** Month names and abbreviations (capitalised: lowercase "may"/"march" are verbs and nouns). */
export const MONTHS: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
	november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
	nov: 11, dec: 12
};

/** Regex source matching a capitalised month name or abbreviation (abbreviations may take a dot). */
export const MONTH_RE =
	'(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![A-Za-z]))';

export const WEEKDAYS: Record<string, number> = {
	monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7
};

/** Capitalised weekday names; abbreviations ("Sat", "Sun") are left out on purpose: they are words too. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const SMALL: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
	twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
	couple: 2, dozen: 12
};

/** Quantifiers that give an unknown count (`X` in TIMEX3 values). */
const VAGUE = new Set(['few', 'several', 'many', 'some', 'numerous', 'multiple', 'countless']);

/** Regex source for a count: digits, number words (also "twenty-five", "two and a half"), vague words. */
export const NUMBER_RE =
	'(?:\\d+(?:\\.\\d+)?|(?:a\\s+)?(?:few|couple(?:\\s+of)?|dozen)|several|many|some|numerous|multiple|' +
	'(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
	'eighteen|nineteen|a|an|hundreds|a\\s+hundred|one\\s+hundred)(?:\\s+and\\s+a\\s+half)?';

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
export const UNITS: Record<string, { letter: string; time: boolean; factor: number }> = {
	second: { letter: 'S', time: true, factor: 1 },
	minute: { letter: 'M', time: true, factor: 1 },
	hour: { letter: 'H', time: true, factor: 1 },
	day: { letter: 'D', time: false, factor: 1 },
	night: { letter: 'D', time: false, factor: 1 },
	week: { letter: 'W', time: false, factor: 1 },
	fortnight: { letter: 'W', time: false, factor: 2 },
	month: { letter: 'M', time: false, factor: 1 },
	quarter: { letter: 'Q', time: false, factor: 1 },
	year: { letter: 'Y', time: false, factor: 1 },
	decade: { letter: 'Y', time: false, factor: 10 },
	century: { letter: 'Y', time: false, factor: 100 }
};

/** Singular unit name of a (possibly plural) unit word. */
export function unitOf(word: string): string {
	const w = word.toLowerCase();
	if (w === 'centuries') return 'century';
	return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4
};
