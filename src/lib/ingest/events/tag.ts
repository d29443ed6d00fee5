/**
 * Part-of-speech tags for the sentences that carry a date, from wink-nlp's English model: tokens
 * with their universal POS tag, lemma and place in the sentence. Only dated sentences are tagged,
 * which keeps extraction fast (docs/BENCHMARKS.md, `npm run bench:extract`).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

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
	return out;
}
