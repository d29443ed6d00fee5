import data from './places.json';
import { TOPICS } from './detect.ts';
import { partyOf } from './parties.ts';
import { clauseAround, literalScanner, tokenize, MONTHS, WEEKDAYS, NOT_NAMES, type Span, type Token } from './text.ts';
import parties from './parties.json';

// venues, and the capitals and seats of government that stand for states ("arrived in Damascus for talks")
const findPlaces = literalScanner([...new Set([...data.places, ...parties.parties.flatMap((p) => p.metonyms)])]);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'near', 'outside']);

// Between a talks word and "in X", these words mean X is the topic, not the venue ("talks on the war in Ukraine")
const TOPIC_WORDS = new Set(
	'war conflict fighting crisis peace invasion violence situation region occupation offensive future security'.split(' ')
);

/** People who speak for a side, whose place ("officials in Washington said") is theirs, not the talks'. */
const SPEAKERS = new Set('official officials diplomat diplomats source sources analyst analysts spokesman spokeswoman spokesperson correspondent correspondents reporter reporters observer observers'.split(' '));

/** Capitalised words that follow a city only when the city is part of a longer name ("Kyiv Post"). */
const NAME_TAILS = new Set('post times daily news journal herald independent press gazette tribune university consensus declaration accord accords agreement format process'.split(' '));

function isPlaceRun(tokens: readonly Token[], i: number): { start: number; end: number } | null {
	const first = tokens[i];
	if (!first?.word || !first.cap) return null;
	const lower = first.lower;
	if (MONTHS.has(lower) || WEEKDAYS.has(lower) || NOT_NAMES.has(lower) || /^\d/.test(first.text)) return null;
	let last = i;
	for (let k = i + 1; k < tokens.length && k - i < 5; k++) {
		const t = tokens[k]!;
		if (t.word && t.cap && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower)) last = k;
		// Sharm el-Sheikh, Mar-a-Lago
		else if ((t.text === '-' || t.lower === 'el' || t.lower === 'a') && tokens[k + 1]?.word && t.start === tokens[k - 1]!.end) continue;
		else break;
	}
	return { start: first.start, end: tokens[last]!.end };
}

/**
 * Finds the place (city or venue) of the talks a sentence reports.
 * A known venue from `places.json` counts anywhere after "in/at/to" ("flew to Geneva for talks");
 * any other capitalised name counts only right after the talks word ("talks in Jeddah",
 * "summit at Mar-a-Lago", "talks in the Saudi city of Jeddah"), so "talks on the war in Ukraine"
 * gives no place. Returns `null` when none is given.
 */
export function extractPlace(text: string, trigger?: { start: number; end: number }, options: { clauseOnly?: boolean } = {}): Span | null {
	const tokens = tokenize(text);
	const known: Span[] = [];
	const indexAt = new Map(tokens.map((t, i) => [t.start, i]));
	for (const m of findPlaces(text)) {
		const start = m.index;
		const end = start + m.text.length;
		const i = indexAt.get(start);
		if (i === undefined) continue;
		let p = i - 1;
		if (tokens[p]?.lower === 'the') p--;
		let after = i + 1;
		while (after < tokens.length && tokens[after]!.end <= end) after++;
		// "the Jeddah talks", "the Doha peace talks": the venue names the talks
		let q = after;
		while (q < tokens.length && q < after + 3 && (TOPICS.has(tokens[q]!.lower) || tokens[q]!.lower === 'climate')) q++;
		const names = trigger !== undefined && tokens[q]?.start === trigger.start;
		if (!names && !PLACE_PREPOSITIONS.has(tokens[p]?.lower ?? '')) continue;
		const next = tokens[after];
		if (next?.word && next.cap && NAME_TAILS.has(next.lower)) continue;
		// "officials in Washington said": where the speakers are, not the talks
		if (!names && SPEAKERS.has(tokens[p - 1]?.lower ?? '')) continue;
		known.push({ text: m.text, start, end });
	}
	// a venue in the clause of the talks word wins, then a place named right after the talks word
	// ("met ... Amr Moussa in Alexandria, a day after talks in Cairo"); a known venue elsewhere only
	// for the sentence's first talks
	const nearest = (list: Span[]) => {
		const at = trigger?.start ?? 0;
		return [...list].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] ?? null;
	};
	if (!trigger) return nearest(known);
	const clause = clauseAround(text, trigger);
	const inClause = known.filter((p) => p.start >= clause.start && p.end <= clause.end);
	if (inClause.length > 0) return nearest(inClause);
	const named = text.length > 2000 ? null : placeAfter(text, tokens, trigger);
	if (named || options.clauseOnly) return named;
	return nearest(known);
}

/**
 * A capitalised name within four words after the talks word, past the name of whom it meets ("met
 * Egyptian President Hosni Mubarak in Alexandria"), after "in", "at" or "near"; else null.
 */
function placeAfter(text: string, tokens: readonly Token[], trigger: { start: number; end: number }): Span | null {
	const ti = tokens.findIndex((t) => t.start >= trigger.end);
	if (ti < 0) return null;
	for (let k = ti, words = 0; k < tokens.length && words <= 4; k++) {
		const t = tokens[k]!;
		if (TOPIC_WORDS.has(t.lower) || t.text === ';' || t.text === '(') return null;
		if (!(t.word && t.cap)) words++;
		if (t.lower !== 'in' && t.lower !== 'at' && t.lower !== 'near') continue;
		let j = k + 1;
		// "in the Saudi city of Jeddah", "at the Kremlin"
		if (tokens[j]?.lower === 'the') {
			const of = tokens.slice(j + 1, j + 5).findIndex((x) => x.lower === 'of');
			const head = tokens[j + of]?.lower ?? '';
			if (of >= 0 && /^(city|capital|town|resort|port|village)$/.test(head)) j = j + 1 + of + 1;
			else j++;
		}
		const run = isPlaceRun(tokens, j);
		if (!run) return null;
		const name = text.slice(run.start, run.end);
		// a country straight after "talks in" is a venue; anywhere further it is more likely the topic
		if (partyOf(name) && k > ti) return null;
		return { text: name, start: run.start, end: run.end };
	}
	return null;
}
