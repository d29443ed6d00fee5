/** A sentence's place in its block of text: `text.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
}

// Words whose trailing period rarely ends a sentence in news copy
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr gen sen rep gov lt col sgt capt cmdr adm maj st jr sr prof rev hon pres ' +
		'inc corp co ltd bros no nos vs approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec'
	).split(' ')
);

const CLOSERS = new Set(['"', "'", '\u2019', '\u201d', ')', ']']);

function isUpperStart(ch: string | undefined): boolean {
	return ch !== undefined && /[A-Z\u00C0-\u00DE\u0400-\u042F"'\u201c\u2018(\d]/.test(ch);
}

/**
 * Splits a paragraph into sentences. Handles abbreviations (Mr., Gen., U.S.), quotes after the
 * stop, and sentences glued without a space ("in Abu Dhabi.The Independent"), which copy and paste
 * produces often. Linear in the length of the text.
 */
export function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const n = text.length;
	for (let i = 0; i < n; i++) {
		const ch = text[i]!;
		if (ch !== '.' && ch !== '!' && ch !== '?') continue;
		let end = i + 1;
		while (end < n && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
		while (end < n && CLOSERS.has(text[end]!)) end++;
		let next = end;
		while (next < n && (text[next] === ' ' || text[next] === '\t' || text[next] === '\n')) next++;
		if (next >= n) break;
		const glued = next === end;
		if (ch === '.') {
			const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
			const before = text[i - word.length - 1];
			// initials and initialisms: "J. Smith", "U.S. officials"
			if (word.length === 1 || before === '.') {
				i = end - 1;
				continue;
			}
			if (ABBREVIATIONS.has(word.toLowerCase()) && !glued) {
				i = end - 1;
				continue;
			}
			// decimals and versions: 10.4, 3.5%
			if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
		}
		if (glued) {
			// only a lowercase word running into a capitalised one is a glued boundary ("Dhabi.The")
			if (!(ch === '.' && /[a-z]{2}$/.test(text.slice(i - 2, i)) && /^[A-Z][a-z]/.test(text.slice(end, end + 2)))) {
				i = end - 1;
				continue;
			}
		} else if (!isUpperStart(text[next])) {
			i = end - 1;
			continue;
		}
		pushTrimmed(text, start, end, spans);
		start = next;
		i = next - 1;
	}
	pushTrimmed(text, start, n, spans);
	return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (end > start) spans.push({ start, end });
}
