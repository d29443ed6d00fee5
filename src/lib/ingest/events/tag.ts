/**
 * Part-of-speech tags for the sentences that carry a date, from wink-nlp's English model: tokens
 * with their universal POS tag, lemma and place in the sentence. Only dated sentences are tagged,
 * which keeps extraction fast (docs/BENCHMARKS.md, `npm run bench:extract`).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tenseCues from '../timex/resources/tense-cues.json';

export interface Token {
	text: string;
	/** Lowercase. */
	lower: string;
	/** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, ADJ, ADV, NUM, PUNCT, CCONJ, SCONJ, PART, SYM, X... */
	pos: string;
	lemma: string;
	/** Offsets in the tagged text. */
	start: number;
	end: number;
	/** Part of a date expression of the sentence (set by the caller that knows them). */
	date?: boolean;
	/** Part of a duration or a set ("in 30 seconds", "every month"), which dates nothing (set with `date`). */
	span?: boolean;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * English writes verbs in lower case inside a sentence: a capitalised word there that the model
 * took for a verb is a name ("The US automaker Ford has said", "Ford" the verb "to ford"), as is a
 * capitalised first word so taken when a name or a verb follows it ("Ford Motor Company sales
 * dropped", "Ford posts a profit"): a verb that opens a sentence is an imperative, which takes an
 * object, not another verb.
 * After a colon or an opening quote a word may be capitalised as a sentence's first. A headline in
 * title case ("Apple Launches New iPhone") capitalises its verbs too: it is left as tagged.
 */
function correctNames(tokens: Token[]): void {
	// title case leaves lower case only to short function words and names such as "iPhone"; a content
	// word in lower case ("Ford Motor Company's sales rise") says the text is in sentence case
	const words = tokens.filter((t) => /^[A-Za-z]{4,}$/.test(t.text));
	const lowerContent = words.some((t) => /^[a-z]+$/.test(t.text) && /^(NOUN|VERB|ADJ|ADV)$/.test(t.pos));
	if (words.length >= 3 && !lowerContent && words.filter((t) => /^[A-Z]/.test(t.text)).length >= 0.6 * words.length) return;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.pos !== 'VERB' || !/^[A-Z][a-z]/.test(t.text)) continue;
		const prev = tokens[i - 1];
		const first = !prev || (prev.pos === 'PUNCT' && /^[:"\u201c'\u2018(]$/.test(prev.text));
		const next = tokens[i + 1]?.pos;
		// an imperative takes an object ("Cut costs"), but news is not written in imperatives: a base
		// form that opens a sentence before a noun is a name too ("Ford cuts its costs")
		const base = t.lower === t.lemma && next === 'NOUN';
		// nor does a verb take the possessive clitic: "Ford's stock rises"
		const owner = /^['’]s$/.test(tokens[i + 1]?.lower ?? '');
		// a past tense after it is its verb, whatever the model calls it: "Ford won approval"
		const past = PAST_FORMS.has(tokens[i + 1]?.lower ?? '') || /^[a-z]+ed$/.test(tokens[i + 1]?.text ?? '');
		// nor does it open a list of names or of those who did something together: "Ford and its dealers
		// agreed", "Ford, GM and Chrysler asked"
		const after = tokens[i + 2];
		const listed = (tokens[i + 1]?.text === ',' || tokens[i + 1]?.lower === 'and') && !!after && ((after.pos === 'PROPN' && /^[A-Z]/.test(after.text)) || after.pos === 'DET' || POSSESSIVE_DETERMINERS.has(after.lower));
		if (!first || next === 'PROPN' || next === 'VERB' || next === 'AUX' || base || owner || past || listed) {
			t.pos = 'PROPN';
			t.lemma = t.lower;
			const verb = tokens[i + 1]!;
			if (past && first && verb.pos !== 'VERB' && verb.pos !== 'AUX') {
				verb.pos = 'VERB';
				// its lemma as the model gives it for a verb ("won" → "win")
				verb.lemma = tagSentence(`they ${verb.lower}`)[1]?.lemma ?? verb.lower;
			}
		}
	}
}

/**
 * "AU$ 52.5 million", "HK$5": the model splits a dollar's country code from its sign and calls the
 * code a name; it is part of the currency symbol (SYM), as "US$" kept whole is of the amount.
 */
function markCurrencyCodes(tokens: Token[]): void {
	for (let i = 0; i + 1 < tokens.length; i++) {
		const t = tokens[i]!;
		if (/^[A-Z]{1,3}$/.test(t.text) && tokens[i + 1]!.text === '$' && tokens[i + 1]!.start === t.end) t.pos = 'SYM';
	}
}

/** Irregular past forms (`past` of the date finder's tense cues, `timex/resources/tense-cues.json`). */
const PAST_FORMS = new Set(tenseCues.past);

/** Words that are prepositions before a noun phrase and subordinators before a clause. */
const SUBORDINATORS = new Set(['after', 'before', 'until', 'till', 'since', 'once']);
const WH_SUBORDINATORS = new Set(['when', 'while', 'whereas']);

/**
 * "after talks collapsed", "before it was sold": the model tags such a word ADP whatever follows it,
 * while Universal Dependencies make it a subordinator (SCONJ) when a clause follows; so it is
 * retagged when a verb follows it past a noun phrase, and the clause it opens is read as its own.
 * "Whether", which the model also tags ADP at times, is always one.
 */
function markSubordinators(tokens: Token[]): void {
	for (let i = 0; i < tokens.length; i++) {
		// "whether" only ever opens a clause
		if (tokens[i]!.lower === 'whether') tokens[i]!.pos = 'SCONJ';
		// "when", "while" and "whereas" that the model tags adverbs open a clause just as well
		const adverb = tokens[i]!.pos === 'ADV' && WH_SUBORDINATORS.has(tokens[i]!.lower);
		if (!adverb && (tokens[i]!.pos !== 'ADP' || !SUBORDINATORS.has(tokens[i]!.lower))) continue;
		// "when" may have a fronted date between commas before its clause ("when 20 years ago, the
		// Dow crashed")
		for (let j = i + 1; j < tokens.length && j - i <= (adverb ? 14 : 8); j++) {
			const pos = tokens[j]!.pos;
			if (pos === 'VERB' || pos === 'AUX') {
				tokens[i]!.pos = 'SCONJ';
				break;
			}
			if (adverb && tokens[j]!.text === ',') continue;
			if (pos === 'PUNCT' || pos === 'CCONJ' || pos === 'SCONJ' || (pos === 'ADP' && SUBORDINATORS.has(tokens[j]!.lower))) break;
		}
	}
}

/**
 * "When stocks and commodities fell": the model may tag the first of two plural nouns joined by
 * "and" a verb ("stocks"); before "and", a plural noun and a verb, after a word that cannot take
 * a verb's place (a subordinator, a determiner, a preposition, punctuation or nothing), it is a
 * noun like the one it is joined to.
 */
function markCoordinatedNouns(tokens: Token[]): void {
	for (let i = 0; i + 3 < tokens.length; i++) {
		const t = tokens[i]!;
		const before = tokens[i - 1];
		if (t.pos !== 'VERB' || !/^[a-z]+s$/.test(t.text) || tokens[i + 1]!.lower !== 'and') continue;
		const other = tokens[i + 2]!;
		if (other.pos !== 'NOUN' || !/s$/.test(other.lower) || other.lemma === other.lower || tokens[i + 3]!.pos !== 'VERB') continue;
		if (before && !/^(SCONJ|DET|ADP|PUNCT)$/.test(before.pos)) continue;
		t.pos = 'NOUN';
		t.lemma = t.lower.replace(/ies$/, 'y').replace(/(ss|x|z|ch|sh)es$/, '$1').replace(/([^s])s$/, '$1');
	}
}

/**
 * "that" before a common noun is a determiner or opens a clause, and the model mixes the two up:
 * "nearly broke that record when the market closed" (no verb follows before the clause ends: the
 * noun's determiner), "said on Friday that prices in Europe rose" (a verb before it, and one after
 * the noun phrase: a subordinator, as Universal Dependencies tag it).
 */
function markThat(tokens: Token[]): void {
	for (let i = 0; i < tokens.length - 1; i++) {
		const t = tokens[i]!;
		if (t.lower !== 'that' || (t.pos !== 'SCONJ' && t.pos !== 'DET') || !/^(NOUN|ADJ)$/.test(tokens[i + 1]!.pos)) continue;
		let verb = false;
		for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
			const u = tokens[j]!;
			if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
			if (verb || u.pos === 'PUNCT' || u.pos === 'SCONJ' || u.pos === 'CCONJ' || /^(when|where|while)$/.test(u.lower)) break;
		}
		if (t.pos === 'SCONJ' && !verb) t.pos = 'DET';
		else if (t.pos === 'DET' && verb && tokens[i - 1]?.pos !== 'ADP' && tokens.slice(Math.max(0, i - 4), i).some((u) => u.pos === 'VERB')) t.pos = 'SCONJ';
	}
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/**
 * "it would close its plant": after a modal, past "not" and adverbs, English has a verb in its base
 * form; the model at times tags it a noun or an adjective ("close"). A word in lower case so
 * tagged there is retagged a verb.
 */
function markVerbsAfterModals(tokens: Token[]): void {
	for (let i = 0; i < tokens.length - 1; i++) {
		if (!MODALS.has(tokens[i]!.lower) || tokens[i]!.pos !== 'AUX') continue;
		let j = i + 1;
		// "will likely rise": an adjective of likelihood between a modal and a verb is an adverb
		while (j < tokens.length && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' || (tokens[j]!.lower === 'likely' && /^[a-z]+$/.test(tokens[j + 1]?.text ?? '')))) {
			if (tokens[j]!.lower === 'likely') tokens[j]!.pos = 'ADV';
			j++;
		}
		const t = tokens[j];
		if (t && (t.pos === 'NOUN' || t.pos === 'ADJ') && /^[a-z]+$/.test(t.text)) {
			t.pos = 'VERB';
			t.lemma = t.lower;
		}
	}
}

/** A proper noun spelt as a name: capitalised, or with a capital after a small first letter ("iTunes", "eBay"). */
export function isName(t: Token): boolean {
	return t.pos === 'PROPN' && /^(?:[A-Z]|[a-z]+[A-Z])/.test(t.text);
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);

/**
 * "since its launch in 2003": after a possessive determiner comes a noun phrase, while the model at
 * times tags the noun a verb; such a word is retagged a noun ("her" is left alone: it is also an
 * object, "let her go").
 */
function markNounsAfterPossessives(tokens: Token[]): void {
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.pos === 'VERB' && POSSESSIVE_DETERMINERS.has(tokens[i - 1]!.lower) && /^[a-z]+$/.test(t.text)) {
			t.pos = 'NOUN';
			t.lemma = t.lower;
		}
	}
}

/** The tokens of `text` (one sentence), tagged. */
export function tagSentence(text: string): Token[] {
	// part-of-speech tags only: sentence breaks, negation, sentiment and entities are not used here
	nlp ??= winkNLP(model, ['pos']);
	const its = nlp.its;
	const tokens = nlp.readDoc(text).tokens();
	const values = tokens.out(its.value) as string[];
	const pos = tokens.out(its.pos) as string[];
	// the model's lemmatiser is typed as an add-on, but the English lite model ships it
	const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
	const out: Token[] = [];
	let at = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i]!;
		const found = text.indexOf(value, at);
		// wink keeps the text of each token, so each is found in order; a token it rewrote is placed
		// where the last one ended
		const start = found < 0 ? at : found;
		const end = found < 0 ? at : start + value.length;
		at = end;
		out.push({ text: value, lower: value.toLowerCase(), pos: pos[i]!, lemma: lemmas[i]!.toLowerCase(), start, end });
	}
	correctNames(out);
	markCurrencyCodes(out);
	markSubordinators(out);
	markVerbsAfterModals(out);
	markNounsAfterPossessives(out);
	markCoordinatedNouns(out);
	markThat(out);
	return out;
}
