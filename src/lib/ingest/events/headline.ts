/**
 * A clause in headline style: who does what, in the present tense for what happened, "to" for
 * what will, without leading articles or the passive's auxiliary, at most 70 characters, cut only
 * between phrases ("GM files for bankruptcy protection", "Talks to resume", "Lawsuit filed
 * against Apple"). Hand-written: no maintained JavaScript library writes headlines from tags.
 */
import type { ClauseParts } from './clause.ts';
import { isTellVerb, trimPhrase } from './clause.ts';
import { tagSentence, type Token } from './tag.ts';
import lexicon from './resources/clause.json';

/** "likely", "reportedly": a label keeps them, before its verb group (`hedgeAdverbs`). */
const HEDGES = new Set(lexicon.hedgeAdverbs);

export const MAX_LABEL = 70;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const HAVE = new Set(['has', 'have', 'had', "'ve", "'d"]);
const WILL = new Set(['will', "'ll", 'shall']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);

/**
 * The headline of a clause, or `''` when it has neither a verb nor a noun to say. `nameWords` are
 * the words the article writes with a capital inside a sentence ("Steve Jobs"): names, where the
 * same word opening a sentence could be a plural noun ("Jobs were cut").
 */
export function writeHeadline(parts: ClauseParts, nameWords: () => ReadonlySet<string> = () => new Set()): string {
	const subject = nameOfSubject(dropLeadingArticle(parts.subject));
	const plural = isPlural(subject, nameWords);
	let verbs = parts.participle ? parts.verbs : rewriteVerbs(parts.verbs, plural, isSingular(subject));
	let complement = withoutAsides(parts.complement);
	// "will be available": a modal whose "be" the clause reader left with the complement
	const lone = parts.verbs.length === 1 ? parts.verbs[0]! : null;
	if (lone && (WILL.has(lone.lower) || lone.lower === 'would') && complement[0]?.lower === 'be') verbs = [{ ...lone, text: 'to' }];
	// a passive verb of telling that ends the headline keeps "is": "A380 revealed" reads as the A380
	// revealing something ("GM admitted"), "A380 is revealed" as what was revealed
	const head = parts.verbs[parts.verbs.length - 1];
	const passive = parts.participle || (parts.verbs.length >= 2 && BE.has(parts.verbs[0]!.lower));
	if (!complement.length && subject.length && head && isTellVerb(head.lemma) && verbs.length === 1 && verbs[0] === head && passive) verbs = [{ ...head, text: present('be', plural), start: -1, end: -1 }, head];
	// a headline drops the copula before a move: "Dow Jones was down 2.62%" → "Dow Jones down 2.62%"
	if (verbs.length === 1 && BE.has(verbs[0]!.lower) && subject.length && /^(up|down|higher|lower)$/.test(complement[0]?.lower ?? '')) verbs = [];
	let text = joinPieces([subject, verbs, complement]);
	// too long: drop the complement's articles, as headlines do ("Government to provide Ford with
	// $52.5 million package"), then its last phrase, then name the subject by its name alone
	if (text.length > MAX_LABEL) {
		const bare = complement.filter((t) => !/^(a|an|the)$/.test(t.text));
		if (joinPieces([subject, verbs, bare]).length <= MAX_LABEL) {
			complement = bare;
			text = joinPieces([subject, verbs, complement]);
		}
	}
	while (text.length > MAX_LABEL && complement.length) {
		const cut = lastPhraseStart(complement);
		complement = trimPhrase(complement.slice(0, cut));
		// "to determine" without what it was to determine says nothing
		const n = complement.length;
		if (n >= 2 && complement[n - 1]!.pos === 'VERB' && complement[n - 2]!.lower === 'to') complement = trimPhrase(complement.slice(0, -2));
		text = joinPieces([subject, verbs, complement]);
	}
	if (text.length > MAX_LABEL) {
		const name = trailingName(subject);
		text = joinPieces([name, verbs, complement]);
	}
	if (text.length > MAX_LABEL) text = cutAtWord(text);
	return capitalise(balanceBrackets(typeset(text)));
}

const CONTRACTED: Record<string, string> = { wo: 'won', ca: 'can', sha: 'shan' };

/**
 * Text set as a reader expects it where a source was tokenised the Penn Treebank way, as news
 * corpora often are: ``quoted'' → “quoted”, `Black Monday' → ‘Black Monday’, "wo n't" → "won't",
 * "Ford 's" → "Ford's", "( GM )has" → "(GM) has".
 */
export function typeset(text: string): string {
	return text
		.replace(/``\s*/g, '\u201c')
		.replace(/\s*''/g, '\u201d')
		.replace(/`([^`'\s][^`']*)'/g, '\u2018$1\u2019')
		.replace(/\b(wo|ca|sha) n't\b/gi, (_, w: string) => `${w[0] === w[0]!.toUpperCase() ? CONTRACTED[w.toLowerCase()]!.replace(/^./, (c) => c.toUpperCase()) : CONTRACTED[w.toLowerCase()]}'t`)
		.replace(/(\w) (n't|'s|'re|'ve|'ll|'d|'m)(?=[\s,.;:!?]|$)/g, '$1$2')
		.replace(/\(\s+/g, '(')
		.replace(/\s+\)/g, ')')
		.replace(/\)(?=\w)/g, ') ');
}

/**
 * The complement without what a headline leaves out: a bracketed aside ("AU$ 52.5 million (US$ 40.4
 * million) package") and one between commas with more after it ("eliminate 789, or about a
 * quarter, of its dealers" → "eliminate 789 of its dealers"). An aside that ends the clause stays:
 * it may be all the clause says of its object ("its second mill, a plant for rails").
 */
function withoutAsides(words: Token[]): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < words.length; i++) {
		const t = words[i]!;
		if (t.text === '(') {
			const close = words.findIndex((w, k) => k > i && w.text === ')');
			if (close > i) {
				i = close;
				continue;
			}
		}
		if (t.text === ',' && out.length) {
			const next = words.findIndex((w, k) => k > i && w.text === ',');
			if (next > i + 1 && next < words.length - 1 && !words.slice(i + 1, next).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) {
				i = next;
				continue;
			}
		}
		out.push(t);
	}
	return out;
}

/** The index where the complement's last phrase (a prepositional phrase, a clause, a list item) begins. */
function lastPhraseStart(words: Token[]): number {
	for (let i = words.length - 1; i > 0; i--) {
		const t = words[i]!;
		if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.text === ',' || (t.pos === 'VERB' && i > 1) || (t.pos === 'PART' && t.lower === 'to')) return i;
	}
	return 0;
}

/**
 * "The European aircraft manufacturer Airbus" → "Airbus", "US automaker General Motors" → "General
 * Motors": a headline names the actor without the descriptor the article introduces it with.
 */
function nameOfSubject(subject: Token[]): Token[] {
	let s = subject.length;
	while (s > 0 && subject[s - 1]!.pos === 'PROPN' && /^[A-Z0-9]/.test(subject[s - 1]!.text)) s--;
	if (s === subject.length || s === 0) return subject;
	const before = subject[s - 1]!;
	return before.pos === 'NOUN' && subject.slice(0, s).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'DET' || t.text === '-') ? subject.slice(s) : subject;
}

function trailingName(subject: Token[]): Token[] {
	let s = subject.length;
	while (s > 0 && subject[s - 1]!.pos === 'PROPN') s--;
	return s < subject.length ? subject.slice(s) : subject.slice(-2);
}

function dropLeadingArticle(words: Token[]): Token[] {
	return words.length > 1 && /^(the|a|an)$/.test(words[0]!.lower) ? words.slice(1) : words;
}

/** Whether the subject is surely one: its head noun does not end in -s ("economy", "Tsunami"; not "Stocks", which the tagger may call a name). */
function isSingular(subject: Token[]): boolean {
	const cut = subject.findIndex((t) => t.pos === 'ADP');
	const core = cut > 0 ? subject.slice(0, cut) : subject;
	if (core.some((t) => t.lower === 'and')) return false;
	const head = [...core].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
	return !!head && !/s$/i.test(head.text);
}

function isPlural(subject: Token[], nameWords: () => ReadonlySet<string>): boolean {
	// the head noun comes before a phrase that qualifies it: "sales in the United States"
	const cut = subject.findIndex((t) => t.pos === 'ADP');
	const core = cut > 0 ? subject.slice(0, cut) : subject;
	if (core.some((t) => t.lower === 'and')) return true;
	const head = [...core].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
	if (!head) return false;
	if (head.pos === 'PRON') return PLURAL_PRONOUNS.has(head.lower);
	// a plural noun that opens the sentence, which the tagger may take for a name ("Profits rose"):
	// read in lower case it is a noun whose lemma drops the -s ("profit"; not "airbus", "reuters").
	// Elsewhere a capital says it is a name ("On August 24, Jobs resigned"), and so does the same word
	// with a capital inside a sentence of the article ("Steve Jobs")
	if (head.pos === 'PROPN' && core.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').length === 1 && head.start === 0 && /^[A-Z][a-z]+s$/.test(head.text) && !nameWords().has(head.text)) {
		const [alone] = tagSentence(head.lower);
		return !!alone && alone.pos === 'NOUN' && alone.lemma !== alone.lower;
	}
	return head.pos === 'NOUN' && /s$/.test(head.lower) && !/ss$/.test(head.lower) && head.lemma !== head.lower;
}

/**
 * The verb group in headline tense: "will resume" → "to resume"; "was filed" → "filed"; "has
 * settled", "settled" → "settles"; "did not attend" → "does not attend". Progressive and modal
 * groups ("is fighting", "could close") stay as written.
 */
function rewriteVerbs(verbs: Token[], plural: boolean, singular = false): Token[] {
	// a hedge inside the group goes before it ("was reportedly closed" → "reportedly closed", "will
	// likely rise" → "likely to rise")
	// ("is likely to report" is a plan, which the group keeps as written)
	const hedge = verbs.findIndex((t, i) => i > 0 && i < verbs.length - 1 && HEDGES.has(t.lower) && verbs[i + 1]!.lower !== 'to');
	if (hedge > 0) return [verbs[hedge]!, ...rewriteVerbs(verbs.filter((_, i) => i !== hedge), plural, singular)];
	// an adverb before the group ("nearly broke") stays before it: the group is rewritten after it
	let lead = 0;
	while (lead < verbs.length - 1 && verbs[lead]!.pos === 'ADV' && verbs[lead]!.lower !== 'not') lead++;
	if (lead) return [...verbs.slice(0, lead), ...rewriteVerbs(verbs.slice(lead), plural, singular)];
	if (!verbs.length) return verbs;
	const head = verbs[verbs.length - 1]!;
	const aux = verbs.slice(0, -1);
	const word = (text: string, like: Token): Token => ({ ...like, text });
	const first = verbs[0]!;
	// "will resume" → "to resume", "will be held" → "to be held"; "would", told in a report of what was
	// said, is "will" seen from then ("announced that it would be providing"), unless "would have"
	// says it did not happen; the progressive goes ("to be providing" → "to provide")
	const future = WILL.has(first.lower) || (first.lower === 'would' && verbs[1]?.lower !== 'have');
	if (future && aux.length >= 1 && !aux.some((a) => a.lower === 'not' || a.lower === "n't")) {
		if (verbs.length === 3 && verbs[1]!.lower === 'be' && head.pos === 'VERB' && head.lower.endsWith('ing')) return [word('to', first), word(head.lemma, head)];
		return [word('to', first), ...verbs.slice(1)];
	}
	if (BE.has(first.lower) && verbs.length >= 2 && !verbs[1]!.lower.endsWith('ing') && verbs[1]!.pos === 'VERB') return verbs.slice(1);
	// "is due to be filed" → "due to be filed", as headlines write a plan
	if (BE.has(first.lower) && verbs[1]?.pos === 'ADJ' && verbs[2]?.lower === 'to') return verbs.slice(1);
	if (HAVE.has(first.lower) && verbs.length === 2 && head.pos === 'VERB') return [word(present(head.lemma, plural), head)];
	// a perfect passive loses its auxiliaries as a passive does: "has been scheduled" → "scheduled"
	if (HAVE.has(first.lower) && verbs.length >= 3 && verbs[1]!.lower === 'been' && verbs[2]!.pos === 'VERB' && !verbs[2]!.lower.endsWith('ing')) return verbs.slice(2);
	if (first.lower === 'did') return [word(plural ? 'do' : 'does', first), ...verbs.slice(1)];
	if (first.pos === 'VERB' && isPast(first)) return [word(present(first.lemma, plural), first), ...verbs.slice(1)];
	// "the economy shed 663,000 jobs", "a tsunami hit the country": a verb in its base form after a
	// singular subject is a past tense like "cut" or "hit" (the present would end in -s)
	if (first.pos === 'VERB' && verbs.length === 1 && first.lower === first.lemma && singular && /^[a-z]+$/.test(first.text)) return [word(present(first.lemma, false), first)];
	return verbs;
}

function isPast(t: Token): boolean {
	return t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
}

/** The present tense of a verb's lemma, third person. */
export function present(lemma: string, plural: boolean): string {
	if (lemma === 'be') return plural ? 'are' : 'is';
	if (plural) return lemma;
	if (lemma === 'have') return 'has';
	if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
	if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
	return `${lemma}s`;
}

/** The words of the pieces as written, spaced as in the sentence within a piece and by one space between. */
export function joinPieces(pieces: Token[][]): string {
	let s = '';
	let last: Token | undefined;
	for (const piece of pieces) {
		piece.forEach((t, i) => {
			const prev = i > 0 ? piece[i - 1] : last;
			// a rewritten word keeps the place of the one it replaces, so anything not touching it is
			// spaced; a word touching the one before in the sentence stays joined to it, from one piece
			// to the next too ("Ford" + "'s")
			s += !prev || t.start === prev.end ? t.text : ` ${t.text}`;
		});
		if (piece.length) last = piece[piece.length - 1];
	}
	return s.replace(/\s+/g, ' ').trim();
}

function cutAtWord(text: string): string {
	const cut = text.slice(0, MAX_LABEL + 1);
	const space = cut.lastIndexOf(' ');
	return (space > 20 ? cut.slice(0, space) : cut.slice(0, MAX_LABEL)).replace(/[\s,;:(\-]+$/, '').replace(/\s+(of|the|a|an|and|or|to|in|on|at|for|by|with|from|its|their|his|her)$/i, '');
}

/** Without a bracket whose partner was cut off: "Developers Conference (WWDC" → "Developers Conference". */
function balanceBrackets(text: string): string {
	const open = text.lastIndexOf('(');
	if (open >= 0 && text.indexOf(')', open) < 0) return text.slice(0, open).trim();
	return text.replace(/^([^(]*)\)/, '$1').trim();
}

function capitalise(text: string): string {
	// a name written with a small first letter keeps it: "iTunes", "eBay"
	if (/^[a-z]+[A-Z]/.test(text)) return text;
	// past an opening quote: "“Bad bank” plan is announced"
	return text.replace(/^([\u201c\u2018"']?)(.)/, (_, quote: string, first: string) => quote + first.toUpperCase());
}
