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

/**
 * The longest sentence kept whole, in characters. News sentences run to a few hundred; text without
 * full stops (a pasted table, a transcript, a scraper's run-on line) can run to megabytes, and every
 * event in a sentence carries its text to the card.
 */
export const MAX_SENTENCE = 1000;

/**
 * `spans` with every sentence longer than `max` cut into pieces of at most `max` characters, at the
 * last clause break (`;`, `,`, a dash) or else the last space before the limit, never inside one of
 * `keep` (the date expressions, so that each stays whole in one piece: a piece grows past `max` by
 * one expression at most). `split` counts the sentences that were cut.
 */
export function capSentences(spans: Span[], text: string, keep: readonly Span[], max = MAX_SENTENCE): { spans: Span[]; split: number } {
	if (spans.every((s) => s.end - s.start <= max)) return { spans, split: 0 };
	const out: Span[] = [];
	let split = 0;
	let k = 0;
	for (const span of spans) {
		if (span.end - span.start <= max) {
			out.push(span);
			continue;
		}
		split++;
		let start = span.start;
		while (span.end - start > max) {
			const limit = start + max;
			while (k < keep.length && keep[k]!.end <= start) k++;
			const inside = (at: number) => {
				for (let j = k; j < keep.length && keep[j]!.start < at; j++) if (keep[j]!.end > at) return true;
				return false;
			};
			let cut = -1;
			let space = -1;
			for (let i = limit; i > start + max / 2; i--) {
				const ch = text[i - 1];
				if (text[i] !== ' ' || inside(i)) continue;
				if (ch === ';' || ch === ',' || ch === '\u2014' || ch === '\u2013') {
					cut = i;
					break;
				}
				if (space < 0) space = i;
			}
			if (cut < 0) cut = space > 0 ? space : limit;
			// no space to cut at outside a date expression: cut before the one at the limit, or after it
			const covering = keep.find((t) => t.start < cut && cut < t.end);
			if (covering) cut = Math.min(span.end, covering.start > start ? covering.start : covering.end);
			out.push({ start, end: cut });
			start = cut;
			while (start < span.end && text[start] === ' ') start++;
		}
		if (start < span.end) out.push({ start, end: span.end });
	}
	return { spans: out, split };
}
