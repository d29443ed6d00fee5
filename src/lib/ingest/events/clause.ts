/**
 * What a date expression dates: the clause around it, read from part-of-speech tags. Gives the
 * reason a date dates nothing a reader would plot (a comparison baseline, a "since" reference
 * point, a model year), or the event's parts: who (the named subject, from this sentence or the one
 * before), what (the verb group and its complement) and the words to match it with other reports.
 * Hand-written over wink-nlp's tags: no maintained JavaScript library parses clauses.
 */
import { isName, type Token } from './tag.ts';
import lexicon from './resources/clause.json';
import { namesState } from '../talks/parties.ts';

export type NotAnEvent = 'reference point' | 'baseline' | 'name' | 'generic' | 'attribution only' | 'state' | 'demand' | 'goal' | 'forecast' | 'possibility';

export interface ClauseParts {
	/** Tokens of the subject, the verb group and its complement, in sentence order (may be empty). */
	subject: Token[];
	verbs: Token[];
	complement: Token[];
	/** Lemma of the head verb, `null` for a clause without one. */
	head: string | null;
	/** The head is a participle qualifying its noun ("an agreement reached in 1991"), not a tensed verb. */
	participle: boolean;
}

export interface DatedClause {
	/** Why the date makes no mark; `null` when it dates an event. */
	notEvent: NotAnEvent | null;
	parts: ClauseParts;
	/** Content lemmas of the clause and its subject (nouns, names, verbs), to match other reports. */
	words: string[];
	/** Lemmas of the proper nouns of the sentence (participants, places). */
	names: string[];
	/**
	 * The date is a report's ("stated on Thursday that it had signed a contract") and the event is
	 * what was reported, told in a past tense: it came on or before the report.
	 */
	reportedPast: boolean;
	/**
	 * The date is in a relative clause or between brackets ("the iPhone (which was presented on
	 * Wednesday)"): background to a noun, never the article's main news.
	 */
	aside: boolean;
}

const SAY = new Set(lexicon.sayVerbs);
const RESULT_WORDS = new Set(lexicon.resultWords);
/** Whether a phrase tells a company's results ("earned", "a loss", "sales"; `resultWords`). */
export const namesResult = (words: readonly Token[]): boolean => words.some((t) => RESULT_WORDS.has(t.lemma));
const TELL = new Set(lexicon.tellVerbs);
const PRODUCT_NOUNS = new Set(lexicon.productNouns);
const CHANGE = new Set(lexicon.changeWords);
const BASELINE_PREPS = new Set(lexicon.baselinePrepositions);
/** "compared with", "than": whatever follows in the clause is what is compared against. */
const STRONG_BASELINE = new Set(lexicon.comparisonWords);
const GENERIC_TIMES = new Set(lexicon.genericTimes);
const GENERIC_HEADS = new Set(lexicon.genericHeads);
const STOP = new Set(lexicon.stopLemmas);
const ANAPHORIC_NOUNS = new Set(lexicon.anaphoricNouns);
const PREPOSITION_VERBS = new Set(lexicon.prepositionVerbs);
const STATE_VERBS = new Set(lexicon.stateVerbs);
const PERSON_ROLES = new Set(lexicon.personRoles);
/** Adverbs a verb group keeps: they say the event did not, or only just, happen, or that it is not known for sure. */
const KEPT_ADVERBS = new Set([...lexicon.keptAdverbs, ...lexicon.hedgeAdverbs]);
/** "after", "ahead of", "in the wake of": as word lists, last word first, for reading back from a noun phrase. */
const ORDER_PREPOSITIONS = lexicon.orderPrepositions.map((p) => p.split(' ').reverse());
const PERIOD_END_VERBS = new Set(lexicon.periodEndVerbs);
const DEMAND_VERBS = new Set(lexicon.demandVerbs);
const FORECAST_VERBS = new Set(lexicon.forecastVerbs);
/** "in an attempt to", "in order to": as word lists, last word first, for reading back from the date. */
const GOAL_NOUNS = new Set(lexicon.goalNouns);
const PURPOSE_OPENERS = lexicon.purposeOpeners.map((p) => p.split(' ').reverse());
const LASTING_VERBS = new Set(lexicon.lastingVerbs);
const DELAY_VERBS = new Set(lexicon.delayVerbs);
const PASSIVE_EVENT_VERBS = new Set(lexicon.passiveEventVerbs);
const EVENT_CLASS = new Map<string, string>(Object.entries(lexicon.eventClasses).flatMap(([name, lemmas]) => lemmas.map((l) => [l, name] as [string, string])));

/** Kinds of event that are never one event: a rise and a fall (`opposedEvents`), both ways. */
export const OPPOSED = new Map<string, string>(lexicon.opposedEvents.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));

/** Whether `lemma` is a verb of telling ("announce", "reveal"): attribution when nothing told follows. */
export function isTellVerb(lemma: string): boolean {
	return TELL.has(lemma);
}

/** "more than 416 points": "than" between "more", "less" or "fewer" and an amount, which it compares. */
function isAmountComparison(tokens: Token[], i: number): boolean {
	return tokens[i]!.lower === 'than' && /^(more|less|fewer)$/.test(tokens[i - 1]?.lower ?? '') && /^(NUM|SYM)$/.test(tokens[i + 1]?.pos ?? '');
}

/** A verb of saying (`sayVerbs`): "said", "told", "reported". */
export function isSayVerb(lemma: string): boolean {
	return SAY.has(lemma);
}

/** A verb of a state that goes on ("remain", "continue") or of a delay ("postpone"), which "until" a date ends: `lastingVerbs` and `delayVerbs` in resources/clause.json. */
export function isLastingVerb(lemma: string): boolean {
	return LASTING_VERBS.has(lemma) || DELAY_VERBS.has(lemma);
}

/** The kind of event a lemma names ("revealed" and "unveiled" are both `unveil`), else the lemma. */
export function eventWord(lemma: string): string {
	return EVENT_CLASS.get(lemma) ?? lemma;
}

const PRENOMINAL_KINDS = lexicon.prenominalKinds as Record<string, string>;

/** The kind of event a participle before its noun tells was done to it ("the recently announced iPhone 4": `unveil`), else its `eventWord`. */
export function prenominalKind(lemma: string): string {
	return PRENOMINAL_KINDS[lemma] ?? eventWord(lemma);
}

/** The lemmas whose participle before a noun tells of `kind` besides its own (`unveil` → announce). */
export function prenominalLemmas(kind: string): string[] {
	return Object.keys(PRENOMINAL_KINDS).filter((l) => PRENOMINAL_KINDS[l] === kind);
}

/**
 * Whether `word` (an `eventWord`) is one of the kinds of event the lexicon lists (`eventClasses`)
 * that names one occurrence: not a process such as talks (`processKinds`).
 */
export function isOccurrenceKind(word: string): boolean {
	return Object.hasOwn(lexicon.eventClasses, word) && !lexicon.processKinds.includes(word);
}

/** The lemmas of a kind of event (`eventWord`'s answer): `file` → file, filing; a lemma of no kind is its own. */
export function eventWordForms(kind: string): string[] {
	return (lexicon.eventClasses as Record<string, string[]>)[kind] ?? [kind];
}
const BOUNDARY_PUNCT = new Set([';', ':', '\u2014', '\u2013', '(', ')', '[', ']', '--']);
const QUOTES = /^["'\u201c\u201d\u2018\u2019`]+$/;
const NP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Adjectives of a plan that take "to" after a copula: "is due to", "is set to", "is likely to". */
const PLAN_ADJECTIVES = new Set(['due', 'set', 'likely', 'unlikely', 'poised', 'slated', 'able', 'unable']);
/** Words that open a clause, whatever the tagger calls them ("as" ADP, "that" DET, "where" ADV). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'as', 'than', 'where', 'when', 'while', 'whereas', 'because', 'since', 'until', 'till', 'if', 'unless', 'whether', 'after', 'before', 'though', 'although', 'once']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her']);
/** The longest subject, in characters, that leaves a 70-character label room for its verb and object. */
const MAX_SUBJECT = 40;
/**
 * Prepositions that open a phrase qualifying the noun before them ("talks in Antalya", "a factory
 * in Ohio"); not "of", "with" or "between", after which a relative clause is as often the second
 * noun's ("the manufacturer of the iPhone, which was presented on Wednesday", "negotiations with
 * Iran, which expelled inspectors").
 */
const PHRASE_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'over']);
/**
 * What only an occurrence does ("that were due to take place", "which had been planned",
 * "which was postponed"): a relative clause that says it is about the event noun before "with" or
 * "between" ("the border talks between Iran and Australia that were due to take place").
 */
const OCCURRENCE = /^(?:\s*(?:which|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are|had|has|have)\s+(?:\w+ly\s+)?)(?:due|planned|scheduled|set|held|postponed|cancelled|canceled|delayed|called\s+off|expected\s+to\s+(?:take\s+place|begin|open|start))\b/i;
const PRONOUN_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'this', 'many', 'some', 'several', 'most', 'all', 'both', 'others']);

/**
 * Reads the clause that `[first, last]` (token indexes of the date expression) dates, in a tagged
 * sentence. `previousSubject` gives the named subject of the sentence before, if it has one (asked
 * only for a pronoun or "the company").
 */
/** The phrase an earlier sentence of the article names with this head noun, as written ({@link namedHeadMatch}), if any. */
export type EarlierName = (word: string) => Token[] | null;

export function readDatedClause(tokens: Token[], first: number, last: number, previousSubject: () => Token[] | null = () => null, previousTokens: () => Token[] | null = () => null, earlierName: EarlierName = () => null): DatedClause {
	const from = datelineEnd(tokens);
	const notEvent = whyNotAnEvent(tokens, first, last, from);
	let [lo, hi] = clauseAround(tokens, first, last, from);
	if (!hasVerb(tokens, lo, hi, first, last)) {
		// a fronted date ("On Monday, the company said ...") or a trailing one (", on Monday") dates
		// the clause next to it
		// the clause next to it, past up to two verbless phrases between them ("Yesterday, at the
		// annual conference, Jobs unveiled ...", "launched the store, an online shop, on April 28")
		const next = nearClause(tokens, lo, hi, from, 1);
		const prev = nearClause(tokens, lo, hi, from, -1);
		// a date that opens the sentence, or a clause after a semicolon or a colon ("...; today, they
		// were down 5%"), or right after a subordinator ("when 20 years ago, the Dow crashed"), dates
		// the clause after it
		const opens = lo === from || tokens[lo - 1]?.text === ';' || tokens[lo - 1]?.text === ':' || (tokens[lo]?.pos === 'SCONJ' && first - lo <= 2);
		const pick = opens && next && hasVerb(tokens, next[0], next[1], -1, -1) ? next : prev && hasVerb(tokens, prev[0], prev[1], -1, -1) ? prev : next;
		if (pick) [lo, hi] = [Math.min(lo, pick[0]), Math.max(hi, pick[1])];
	}
	// "fell by 3.41%, to end the day at 7,114.3", "posted a gain, ending the day at 8,017": a clause
	// of result that opens on ending the period it names is the time of the move reported before it
	if (endsPeriod(tokens, lo, first)) {
		// the nearest span before it with a verb, past asides (", or 251.4 points,")
		for (let end = lo - 1, step = 0; end > from && step < 3; step++) {
			const [a] = clauseAround(tokens, end - 1, end - 1, from);
			if (hasVerb(tokens, a, end, -1, -1)) {
				[lo, hi] = [a, end];
				break;
			}
			end = a - 1;
		}
	}
	let parts = partsOf(tokens, lo, hi, first, last, from, previousSubject, previousTokens, earlierName);
	let attributionOnly = false;
	let reportedPast = false;
	// "GM admits", "General Motors announced on Monday": a verb of telling with nothing told is
	// attribution too, its content is elsewhere in the sentence
	// A passive one ("the A380 was revealed in January", "plans announced in January") has what was
	// told for its subject: that is the event
	const toldNothing = parts.head !== null && TELL.has(parts.head) && !parts.complement.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'NUM') && !(isPassive(parts) && parts.subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN'));
	// ("wrote down 500 million euros", "wrote off the debt": with a particle, a verb of another sense)
	const saying = parts.head !== null && SAY.has(parts.head) && !/^(down|off|up|out)$/.test(parts.complement[0]?.lower ?? '');
	if (parts.head && ((saying && !parts.complement.some((t) => t.pos === 'VERB')) || toldNothing)) {
		// "X will cut jobs, a spokesman said on Tuesday" / "said on Tuesday that X will cut jobs":
		// what was said is the event
		const reported = reportedClause(tokens, lo, hi, from, previousSubject, previousTokens, earlierName);
		// "GM admitted Thursday night that the loss could swell further": the date is the saying's,
		// and what was said only might happen (TimeML does not assert a modal event): the event is
		// the warning, with what it warns of ("GM admits the loss could swell further")
		const possibility = reported && parts.subject.length && reported.verbs.some((t) => /^(could|might|may)$/.test(t.lower)) && !reported.verbs.some((t) => t.lower === 'not' || t.lower === "n't");
		if (reported && possibility) {
			const told = trimPhrase([...reported.subject, ...reported.verbs, ...reported.complement]);
			// what was said, moved after the saying, loses the capital of a sentence's first word
			if (told[0] && told[0].pos !== 'PROPN' && told[0] === tokens[from]) told[0] = { ...told[0], text: told[0].lower };
			parts = { ...parts, complement: told };
		} else if (reported) {
			parts = reported;
			const lead = reported.verbs.find((t) => t.pos !== 'ADV' && t.pos !== 'PART');
			reportedPast = !!lead && (isPastForm(lead) || /^(had|has|have)$/.test(lead.lower)) && !reported.verbs.some((t) => /^(will|would|could|might|may|should|shall)$/.test(t.lower));
		} else attributionOnly = true;
	}
	// "scheduled in court to determine | whether the move should be approved": an infinitive whose
	// object is the clause cut off after it says nothing alone, and leaves the label
	const c = parts.complement;
	if (c.length >= 3 && c[c.length - 1]!.pos === 'VERB' && c[c.length - 2]!.lower === 'to' && c[c.length - 1]!.end <= (tokens[hi - 1]?.end ?? 0) && /^(whether|if|that|how|what|why|when|where)$/.test(tokens[hi]?.lower ?? '')) {
		parts = { ...parts, complement: trimPhrase(c.slice(0, -2)) };
	}
	// "the auto maker had 54,000 employees at the end of last year", "sales were $2 billion in 2008":
	// a state at a date, with no verb of change, is background, not an event
	// ("was down 2.62%" is a move, not a state; "is to be held on October 12" is an occurrence)
	// "expects to continue to be profitable this year", "will remain closed": a state that goes on is a
	// state too; "continued lower" is a move, and "extended free warranties" takes an object
	const [c0, c1] = parts.complement;
	const adjective = c0?.pos === 'ADJ' && !/^(up|down|higher|lower)$/.test(c0.lower) && !(c1 && /^(NOUN|PROPN)$/.test(c1.pos));
	const goesOn = parts.head !== null && LASTING_VERBS.has(parts.head) && (adjective || (c0?.lower === 'to' && !!c1 && STATE_VERBS.has(c1.lemma)));
	const state = goesOn || (parts.head !== null && STATE_VERBS.has(parts.head) && !parts.complement.some((t) => t.pos === 'VERB' || /^(up|down|higher|lower|off)$/.test(t.lower)) && !(PASSIVE_EVENT_VERBS.has(parts.head) && isPassive(parts)));
	const names = [...new Set(tokens.filter((t, i) => isName(t) && (i < first || i > last)).map((t) => t.lemma))];
	const words = [...new Set([...parts.subject, ...parts.verbs, ...parts.complement].filter(isContent).map((t) => eventWord(t.lemma)))];
	const opensRelative = RELATIVE.has(tokens[lo]?.lower ?? '') && tokens[lo]?.pos === 'PRON';
	// background to a noun: a relative clause, what one says ("a report ..., which said that the
	// economy shed 663,000 jobs in March"), or brackets
	const aside = opensRelative || insideRelative(tokens, lo, from) || inBrackets(tokens, first);
	// "the FTSE could continue to gain this week": what only might happen is not asserted (TimeML's
	// modal events); "could not pay" is a past inability, which did happen
	const possibility = parts.verbs.some((t) => t.lower === 'could' || t.lower === 'might') && !parts.verbs.some((t) => t.lower === 'not' || t.lower === "n't");
	// "The plan, called Way Forward, ..., is to end Ford's losses by 2008": what a plan is for is a goal
	const subjectHead = [...parts.subject].reverse().find((t) => t.pos === 'NOUN');
	const aim = !!subjectHead && GOAL_NOUNS.has(subjectHead.lemma) && parts.verbs.some((t, i) => t.lemma === 'be' && parts.verbs[i + 1]?.lower === 'to');
	return { notEvent: notEvent ?? (attributionOnly ? 'attribution only' : possibility ? 'possibility' : aim ? 'goal' : state ? 'state' : null), parts, words, names, reportedPast, aside };
}

/**
 * Whether the clause `[lo, …)` opens on a verb of ending, as a "to" infinitive or a participle, whose
 * object is the date at `first` ("to end the day", "ending the week").
 */
function endsPeriod(tokens: Token[], lo: number, first: number): boolean {
	const verb = tokens[first - 1];
	if (!verb || verb.pos !== 'VERB' || !PERIOD_END_VERBS.has(verb.lemma)) return false;
	const opens = first - 1 === lo ? /ing$/.test(verb.lower) : first - 2 === lo && tokens[lo]!.lower === 'to';
	return opens && lo > 0;
}

/**
 * The clause after (`dir` 1) or before (-1) the span `[lo, hi)`: the nearest with a verb within
 * three spans, else the one right next to it; `null` at the sentence's edge.
 */
function nearClause(tokens: Token[], lo: number, hi: number, from: number, dir: 1 | -1): [number, number] | null {
	let first: [number, number] | null = null;
	let [a, b] = [lo, hi];
	for (let step = 0; step < 3; step++) {
		if (dir === 1 ? b >= tokens.length || isSentenceEnd(tokens, b) : a <= from) break;
		const at = dir === 1 ? b + 1 : a - 1;
		if (at >= tokens.length) break;
		[a, b] = clauseAround(tokens, at, at, from);
		first ??= [a, b];
		if (hasVerb(tokens, a, b, -1, -1)) return [a, b];
	}
	return first;
}

/** A passive verb group: a form of "be" or "get" before a past participle ("was revealed", "to be held"), or a participle qualifying its noun. */
function isPassive(parts: ClauseParts): boolean {
	const head = parts.verbs[parts.verbs.length - 1];
	if (!head || !isPastForm(head)) return false;
	return parts.participle || parts.verbs.slice(0, -1).some((t) => t.lemma === 'be' || t.lemma === 'get');
}

function isContent(t: Token): boolean {
	return (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'NUM') && !STOP.has(t.lemma) && !SAY.has(t.lemma);
}

/** Index of the first token after a wire dateline ("WASHINGTON (AP) _", "LONDON, May 3 (Reuters) -"). */
export function datelineEnd(tokens: Token[]): number {
	for (let i = 0; i < Math.min(tokens.length, 14); i++) {
		const t = tokens[i]!;
		if ((t.text === '_' || t.text === '--' || t.text === '\u2014' || t.text === '-' || t.text === '\u2013') && i > 0) {
			const head = tokens.slice(0, i);
			// a dateline is capitals (a place), maybe a date and an agency in brackets
			const upper = head.some((h) => /^[A-Z][A-Z.]{2,}$/.test(h.text));
			const agency = head.some((h) => h.text === '(');
			if ((upper || agency) && head.every((h) => h.pos === 'PROPN' || h.pos === 'PUNCT' || h.pos === 'NUM' || h.pos === 'X' || /^[A-Z]/.test(h.text))) return i + 1;
		}
	}
	return 0;
}

/** Token range `[lo, hi)` of the clause holding tokens `first..last`. */
function clauseAround(tokens: Token[], first: number, last: number, from: number): [number, number] {
	let lo = from;
	for (let i = first - 1; i >= from; i--) {
		if (isBoundary(tokens, i, first, last)) {
			lo = tokens[i]!.pos === 'PUNCT' ? i + 1 : i;
			break;
		}
	}
	let hi = tokens.length;
	for (let i = last + 1; i < tokens.length; i++) {
		// a bracketed aside after the date ("AU$ 52.5 million (US$ 40.4 million) package") is inside
		// the clause, which goes on after it
		if (tokens[i]!.text === '(') {
			const close = tokens.findIndex((t, k) => k > i && (t.text === ')' || isSentenceEnd(tokens, k)));
			if (close > i && tokens[close]!.text === ')') {
				i = close;
				continue;
			}
		}
		if (isBoundary(tokens, i, first, last) || isSentenceEnd(tokens, i)) {
			hi = i;
			break;
		}
	}
	return [lo, hi];
}

function isSentenceEnd(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	return t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text);
}

function isBoundary(tokens: Token[], i: number, first: number, last: number): boolean {
	const t = tokens[i]!;
	if (i >= first && i <= last) return false;
	if (t.pos === 'PUNCT') return (t.text === ',' && !isListComma(tokens, i)) || (BOUNDARY_PUNCT.has(t.text) && !isNameBracket(tokens, i));
	// a subordinator right before the date is the date's own ("since 1997", "after Monday")
	if (t.pos === 'SCONJ') return !(i < first && first - i <= 2);
	if (RELATIVE.has(t.lower) && t.pos === 'PRON' && i > 0 && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN' || tokens[i - 1]!.text === ',')) return true;
	// "when the earthquake and tsunami hit": "and" joins the subjects of a subordinate clause
	if (t.pos === 'CCONJ') return verbBetween(tokens, i, -1) && verbBetween(tokens, i, 1) && subjectConjunctionStart(tokens, i, 0) < 0;
	return false;
}

/**
 * A bracket around a name's abbreviation or alternative name right after it ("General Motors (GM)",
 * "the Penske Automotive Group (PAG)"): part of the noun phrase, not an aside that ends a clause.
 */
function isNameBracket(tokens: Token[], i: number): boolean {
	let open = i;
	if (tokens[i]!.text === ')') {
		open = -1;
		for (let k = i - 1; k >= 0 && i - k <= 4; k--) if (tokens[k]!.text === '(') {
			open = k;
			break;
		}
		if (open < 0) return false;
	} else if (tokens[i]!.text !== '(') return false;
	const name = (x: Token | undefined) => !!x && (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'X') && /^[A-Z]/.test(x.text);
	let close = -1;
	for (let k = open + 1; k < tokens.length && k - open <= 4; k++) {
		if (tokens[k]!.text === ')') {
			close = k;
			break;
		}
		if (!name(tokens[k])) return false;
	}
	return close > open + 1 && name(tokens[open - 1]);
}

/** Token `i` is a name bracket or inside one. */
function inNameBracket(tokens: Token[], i: number): boolean {
	for (let k = i; k >= 0 && i - k <= 4; k--) {
		if (tokens[k]!.text === ')' && k < i) return false;
		if (tokens[k]!.text === '(') return isNameBracket(tokens, k);
	}
	return false;
}

/** Whether a verb comes before (`dir` -1) or after (1) token `i` before the next punctuation. */
function verbBetween(tokens: Token[], i: number, dir: -1 | 1): boolean {
	for (let k = i + dir; k >= 0 && k < tokens.length; k += dir) {
		const t = tokens[k]!;
		if (t.pos === 'PUNCT' && t.text !== '-' && !QUOTES.test(t.text)) return false;
		if (t.pos === 'VERB' || (t.pos === 'AUX' && dir === 1)) return true;
	}
	return false;
}

function hasVerb(tokens: Token[], lo: number, hi: number, first: number, last: number): boolean {
	for (let i = lo; i < hi; i++) if ((i < first || i > last) && (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')) return true;
	return false;
}

/**
 * Dates that date nothing a reader would plot, decided from the words around the expression:
 * - a reference point: "since April 1997", "highest since 1987";
 * - a comparison baseline: "from $623.5 million a year ago", "compared with a year earlier";
 * - a name: a year before a proper noun or a product word ("the 1987 Chevrolet", "the 2011 version");
 * - a generic use: "today's world", "every year".
 */
function whyNotAnEvent(tokens: Token[], first: number, last: number, from: number): NotAnEvent | null {
	const before = (k: number) => tokens[first - k];
	const after = tokens[last + 1];
	const prev = before(1);
	// "since April 1997", "since its launch in 2003", "as of February": the date a state is measured from
	for (let k = first - 1; k >= from && first - k <= 6; k--) {
		const t = tokens[k]!;
		if (t.lower === 'since' || (t.lower === 'of' && tokens[k - 1]?.lower === 'as')) return 'reference point';
		// "since the invasion began in February 2022" dates the invasion: a verb of its own ends the phrase
		// (a verb form after "its" or "the" is a noun: "since its launch in 2003")
		const nominal = t.pos === 'VERB' && (tokens[k - 1]?.pos === 'PRON' || tokens[k - 1]?.pos === 'DET');
		if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'VERB' && !nominal)) break;
	}
	// "to relieve Ford after a loss last year", "following talks on Monday", "ahead of the summit in
	// May": a date inside the noun phrase that such a preposition governs dates that noun, the point
	// the clause's own event is placed from ("after Monday" alone, with no noun, is the clause's)
	if (ordersFrom(tokens, first, from)) return 'reference point';
	// "rid Detroit of the boxy cars of the 70s", "recalled the crash of 1987": a date after "noun of"
	// in the clause's object or a phrase after its verb qualifies that noun, not the clause's event
	// (from the subject it dates the clause: "The attacks of September 11 killed ...")
	if (qualifiesObject(tokens, first, from)) return 'name';
	// "to holders of record Dec. 21", "stock of record on Nov. 2": the record date qualifies the
	// holders a dividend is paid to, not the clause's event
	const r = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1;
	if (tokens[r]?.lower === 'record' && tokens[r - 1]?.lower === 'of') return 'name';
	// "reported a fourth-quarter profit of $316 million in January", "the 1999 budget was approved on
	// Monday": a date before its noun qualifies that noun when the clause has a date of its own
	if (qualifiesNounBeside(tokens, first, last, from)) return 'name';
	// "insisted that the union agree to wage cuts by next year": what someone wants, not an event
	if (inThatClauseOf(DEMAND_VERBS, tokens, first, from)) return 'demand';
	// "predicted that it would be solidly profitable by 2011": what someone foresees
	if (inThatClauseOf(FORECAST_VERBS, tokens, first, from)) return 'forecast';
	// "expects summer fares to be lower than last year", "expects its profit to be about $1 billion
	// this year": a level someone foresees, not an event ("expects the deal to be completed in March" is one)
	if (foreseenLevel(tokens, first, last, from)) return 'forecast';
	// "plans to cut two plants in an attempt to make the business profitable by 2008": the goal's date
	if (inPurpose(tokens, first, from)) return 'goal';
	// "three days later than planned", "earlier than expected": an offset from a plan, not a date
	if (after && after.lower === 'than') return 'baseline';
	// a year used as a name's modifier
	const only = first === last ? tokens[first]! : null;
	if (only && /^\d{4}$/.test(only.text) && after && (after.pos === 'PROPN' || PRODUCT_NOUNS.has(after.lemma)) && prev && (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'PRON')) return 'name';
	if (prev && (prev.lower === 'every' || prev.lower === 'each')) return 'generic';
	const timexWords = tokens.slice(first, last + 1);
	if (after && (after.lower === "'s" || after.lower === '\u2019s') && timexWords.length === 1 && GENERIC_TIMES.has(timexWords[0]!.lower)) {
		let k = last + 2;
		while (tokens[k]?.pos === 'ADJ') k++;
		if (tokens[k] && GENERIC_HEADS.has(tokens[k]!.lemma)) return 'generic';
	}
	// a baseline: a date inside "from/than/compared with ... <amount> <date>" in a clause of change,
	// or right after an amount ("$565 million a year ago")
	for (let k = first - 1, steps = 0; k >= from && steps < 10; k--, steps++) {
		const t = tokens[k]!;
		if (t.pos === 'PUNCT' && t.text !== '$' && t.text !== '%') break;
		if (STRONG_BASELINE.has(t.lower)) {
			// "plunged by more than 416 points by the closing bell on Tuesday": what "more than" compares
			// is the amount after it, and the date after "by", "on" or "at" past that amount is the clause's
			const amount = isAmountComparison(tokens, k);
			const own = /^(by|on|at)$/.test(tokens[first - 1]?.lower ?? '') || (tokens[first - 1]?.lower === 'the' && /^(by|on|at)$/.test(tokens[first - 2]?.lower ?? ''));
			if (amount && own) break;
			return 'baseline';
		}
		if (BASELINE_PREPS.has(t.lower)) {
			const between = tokens.slice(k + 1, first);
			const amount = between.some((b) => b.pos === 'NUM' || b.pos === 'SYM' || b.text === '%');
			const onlyQuantity = between.every((b) => b.pos === 'NUM' || b.pos === 'SYM' || b.pos === 'DET' || b.pos === 'ADJ' || b.pos === 'NOUN' || b.text === '%' || b.lower === 'with' || b.lower === 'to');
			// ("rose 15% from the same period a year earlier, to $80.5 billion": after a comma, "to" gives the new level)
			const range = tokens[last + 1]?.text !== ',' && tokens.slice(last + 1, last + 3).some((b) => b.lower === 'to' || b.lower === 'until' || b.lower === 'through');
			const change = tokens.slice(from, first).some((b) => CHANGE.has(b.lemma));
			if (onlyQuantity && !range && (amount || t.lower !== 'from' || change)) return 'baseline';
			break;
		}
		if ((t.pos === 'VERB' && !isPastForm(t)) || t.pos === 'AUX' || t.pos === 'SCONJ') break;
	}
	if (prev && (prev.pos === 'NUM' || prev.pos === 'SYM' || prev.text === '%') && /\b(ago|earlier|before|prior)\b/i.test(tokens.slice(first, last + 1).map((t) => t.lower).join(' '))) return 'baseline';
	return null;
}

/** Whether the clause at `lo` goes on a relative clause that opens before it ("..., which said that [lo] ..."), with no comma between. */
function insideRelative(tokens: Token[], lo: number, from: number): boolean {
	for (let k = lo - 1; k > from; k--) {
		const t = tokens[k]!;
		if (t.text === ',' || t.text === ';' || t.text === ':') return false;
		if ((t.lower === 'which' || t.lower === 'who') && t.pos === 'PRON') return true;
	}
	return false;
}

/** Whether an opening bracket before `first` is still open there. */
function inBrackets(tokens: Token[], first: number): boolean {
	for (let k = first - 1; k >= 0; k--) {
		if (tokens[k]!.text === ')') return false;
		if (tokens[k]!.text === '(') return !isNameBracket(tokens, k);
	}
	return false;
}

/**
 * Whether the date `[first, last]` stands before its noun after a determiner or possessive ("a
 * fourth-quarter profit", "the 1999 budget") in a clause with another date that is neither before a
 * noun nor a comparison's ("in January", not "from a year earlier"): that other date dates the clause
 * (for a subject, only a date after its verb: "the 1999 budget was approved on Monday").
 */
function qualifiesNounBeside(tokens: Token[], first: number, last: number, from: number): boolean {
	const prenominal = (a: number, b: number) => {
		const before = tokens[a - 1];
		return !!before && (before.pos === 'DET' || POSSESSIVE.has(before.lower) || /^['\u2019]s$/.test(before.lower)) && tokens[b + 1]?.pos === 'NOUN';
	};
	if (!prenominal(first, last)) return false;
	const [lo, hi] = clauseAround(tokens, first, last, from);
	// a subject's date counts against the dates of its own verb only: in "said Tuesday its
	// third-quarter profit rose", Tuesday dates the saying and the quarter the rise
	const verb = prenominalVerb(tokens, first, last, lo, hi);
	for (let k = verb >= 0 ? verb + 1 : lo; k < hi; k++) {
		// a duration or a set dates nothing ("killed 1,000 people in 30 seconds")
		if (!tokens[k]!.date || tokens[k]!.span || (k >= first && k <= last)) continue;
		let end = k;
		while (end + 1 < hi && tokens[end + 1]!.date) end++;
		const words = range(tokens, k, end + 1).map((t) => t.lower);
		const comparison = /^(from|than|since|with|over|versus|vs|against)$/.test(tokens[k - 1]?.lower ?? '') || words.some((w) => /^(ago|earlier|before|previous|prior|later)$/.test(w));
		if (!comparison && !prenominal(k, end)) return true;
		k = end;
	}
	return false;
}

/** Whether the date at `first` follows "noun of [the]" in a noun phrase that a verb or a preposition governs. */
function qualifiesObject(tokens: Token[], first: number, from: number): boolean {
	let k = first - 1;
	// the second of two joined dates ("of the 70s and 80s") is read from the first
	if (/^(and|or)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.date) for (k--; k > from && tokens[k - 1]!.date; k--);
	if (k < first - 1) k--;
	if (tokens[k]?.lower === 'the') k--;
	if (tokens[k]?.lower !== 'of' || (tokens[k - 1]?.pos !== 'NOUN' && tokens[k - 1]?.pos !== 'PROPN')) return false;
	for (k -= 1; k >= from && (NP.has(tokens[k]!.pos) || QUOTES.test(tokens[k]!.text) || /^(its|their|his|her|our)$/.test(tokens[k]!.lower)); k--);
	const before = tokens[k];
	return k >= from && !!before && (before.pos === 'VERB' || before.pos === 'ADP');
}

/**
 * Whether the date at `first` is in a that-clause of one of `verbs` ("insisted that the union agree
 * to increase wage cuts by next year"): read back to "that" within the sentence's part.
 */
function inThatClauseOf(verbs: ReadonlySet<string>, tokens: Token[], first: number, from: number): boolean {
	for (let k = first - 1; k > from && first - k <= 20; k--) {
		const t = tokens[k]!;
		if (t.text === ',' || t.text === ';') return false;
		if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON')) {
			let v = k - 1;
			while (v > from && tokens[v]!.pos === 'ADV') v--;
			return tokens[v]?.pos === 'VERB' && verbs.has(tokens[v]!.lemma);
		}
	}
	return false;
}

/** Verbs of foreseeing that take an object and "to be": "expects sales to be higher" (`foreseeVerbs`). */
const FORESEE = new Set(lexicon.foreseeVerbs);

/**
 * Whether the date at `[first, last]` is in "X expects Y to be <level>" (an adjective or an
 * amount): a verb of foreseeing before the date, in the same part of the sentence, whose "to be"
 * comes before any other verb and has a level after it.
 */
function foreseenLevel(tokens: Token[], first: number, last: number, from: number): boolean {
	let verb = -1;
	for (let k = first - 1; k > from && first - k <= 12; k--) {
		const t = tokens[k]!;
		if (t.pos === 'PUNCT') break;
		if (t.pos === 'VERB' && FORESEE.has(t.lemma)) {
			verb = k;
			break;
		}
	}
	if (verb < 0) return false;
	for (let k = verb + 1; k < tokens.length && k - verb <= 12; k++) {
		const t = tokens[k]!;
		// another verb first is another frame ("expects to continue to be profitable": a lasting state)
		if ((t.pos === 'PUNCT' && t.text !== '$' && t.text !== '%') || t.pos === 'VERB') return false;
		if (t.lower === 'to' && tokens[k + 1]?.lower === 'be') {
			let n = k + 2;
			while (tokens[n]?.pos === 'ADV') n++;
			return /^(ADJ|NUM|SYM)$/.test(tokens[n]?.pos ?? '');
		}
	}
	return false;
}

/** Whether the date at `first` is in a clause of purpose (`purposeOpeners`) opened before it in the same part of the sentence. */
function inPurpose(tokens: Token[], first: number, from: number): boolean {
	for (let k = first - 1; k > from && first - k <= 15; k--) {
		if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
		if (PURPOSE_OPENERS.some((p) => p.every((w, j) => tokens[k - j]?.lower === w))) return true;
	}
	return false;
}

/**
 * Whether the date at `first` ends a noun phrase governed by an order preposition ("after a loss
 * [in] last year", "before the company's vote on Friday"): read back over the date's own
 * preposition, then over the noun phrase (determiners, adjectives, nouns, numbers, amounts, "of"
 * between nouns, a possessive), which must hold a noun.
 */
function ordersFrom(tokens: Token[], first: number, from: number): boolean {
	const endsOrder = (k: number) => ORDER_PREPOSITIONS.some((p) => k - p.length + 1 >= from && p.every((w, j) => tokens[k - j]?.lower === w));
	let k = first - 1;
	if (tokens[k]?.pos === 'ADP' && !endsOrder(k)) k--;
	let noun = false;
	for (const stop = Math.max(from, first - 10); k >= stop; k--) {
		if (endsOrder(k)) return noun;
		const t = tokens[k]!;
		if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
		else if (!(NP.has(t.pos) || t.pos === 'SYM' || t.text === '%' || /^(its|their|his|her|our|'s|\u2019s|of)$/.test(t.lower))) return false;
	}
	return false;
}

/** Nouns that news uses, with "the", for a state's own bodies: their antecedent is the state ("Japan ... the government"). */
const STATE_NOUNS = new Set(['government', 'ministry']);

/** A name's words as written, joined as the text joins them ("U.S.", "Air France"). */
function joinedName(name: Token[]): string {
	return name.map((t, i) => (i > 0 && t.start > name[i - 1]!.end ? ' ' : '') + t.text).join('');
}

/** A day of the news: a weekday, "today", "yesterday", "tonight" (with "'s" or a part of the day). */
const WEEKDAY_OR_TODAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night)$/;

/** Subject, verb group and complement of the clause `[lo, hi)`, leaving out the date and its preposition. */
function partsOf(tokens: Token[], lo: number, hi: number, first: number, last: number, from: number, previousSubject: () => Token[] | null, previousTokens: () => Token[] | null = () => null, earlierName: EarlierName = () => null): ClauseParts {
	// the date with the preposition and modifiers that tie it to the clause, and its "'s"
	let dateLo = first;
	// one preposition before the date is the date's ("in early 2009"); a second is the clause's ("took
	// six months off in early 2009")
	while (dateLo - 1 >= lo && ((tokens[dateLo - 1]!.pos === 'ADP' && tokens[dateLo]!.pos !== 'ADP') || tokens[dateLo - 1]!.lower === 'the' || tokens[dateLo - 1]!.lower === 'early' || tokens[dateLo - 1]!.lower === 'late') && first - dateLo < 2) dateLo--;
	// "profit for this year's third quarter": the date that qualifies this one, with its "'s" and its
	// preposition, is part of it
	if (dateLo === first && /^['\u2019]s$/.test(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.date && first - 2 >= lo) {
		dateLo = first - 2;
		while (dateLo - 1 >= lo && tokens[dateLo - 1]!.date) dateLo--;
		if (dateLo - 1 >= lo && tokens[dateLo - 1]!.pos === 'ADP') dateLo--;
	}
	// "in July and August next year": the dates of a list joined by "and" or "or" go together
	while (dateLo - 2 >= lo && /^(and|or)$/.test(tokens[dateLo - 1]!.lower) && tokens[dateLo - 2]!.date && !tokens[dateLo - 2]!.span) {
		dateLo -= 2;
		while (dateLo - 1 >= lo && tokens[dateLo - 1]!.date) dateLo--;
		if (dateLo - 1 >= lo && tokens[dateLo - 1]!.pos === 'ADP') dateLo--;
	}
	let dateHi = last;
	while (dateHi + 2 < hi && /^(and|or)$/.test(tokens[dateHi + 1]!.lower) && tokens[dateHi + 2]!.date && !tokens[dateHi + 2]!.span) for (dateHi += 2; dateHi + 1 < hi && tokens[dateHi + 1]!.date; dateHi++);
	// "after October of next year", "in May last year": the relative year that names the date's year
	// is part of it; after a comma only where it ends its phrase ("in May, last year they fell")
	const of = /^(of|,)$/.test(tokens[dateHi + 1]?.lower ?? '') ? 1 : 0;
	const afterYear = tokens[dateHi + 3 + of];
	if (/^(this|last|next)$/.test(tokens[dateHi + 1 + of]?.text ?? '') && tokens[dateHi + 1 + of]!.date && tokens[dateHi + 2 + of]?.lower === 'year' && !/^['\u2019]s$/.test(afterYear?.lower ?? '') && (tokens[dateHi + 1]!.lower !== ',' || !afterYear || /^[,.;:)]$/.test(afterYear.text))) dateHi += 2 + of;
	if (tokens[dateHi + 1] && /^['\u2019]s$/.test(tokens[dateHi + 1]!.lower)) dateHi++;
	const inDate = (i: number) => i >= dateLo && i <= dateHi;
	// the head verb: the nearest before the date, else the first after it; but a date inside the noun
	// phrase before a verb qualifies that noun, and the clause is that verb's ("said Tuesday its
	// third-quarter profit rose 12%" → "Gencorp's profit rises 12%", "the 1999 budget was approved")
	const nounVerb = prenominalVerb(tokens, first, dateHi, lo, hi);
	let head = nounVerb;
	if (head < 0) for (let i = Math.min(first, hi) - 1; i >= lo; i--) if (isVerbAt(tokens, i)) {
		head = i;
		break;
	}
	// "provided Ford with a package to keep the plant open today", "defeated Boeing for a contract to
	// build tankers on Friday": an infinitive after a noun says what the noun is for, and a day of the
	// news after it (a weekday, "today") is the verb's that governs the noun; a plan's infinitive keeps
	// its date ("a plan to cut jobs in March", "a contract to build tankers by 2012")
	const newsDay = tokens.slice(first, dateHi + 1).every((t) => WEEKDAY_OR_TODAY.test(t.lower) || t.pos === 'PUNCT');
	if (head >= 0 && nounVerb < 0 && newsDay && tokens[head - 1]?.lower === 'to' && tokens[head - 2]?.pos === 'NOUN' && !GOAL_NOUNS.has(tokens[head - 2]!.lemma)) {
		for (let i = head - 3; i >= lo; i--) {
			if (isVerbAt(tokens, i)) {
				if (!(tokens[i - 1]?.lower === 'to')) head = i;
				break;
			}
		}
	}
	if (head < 0) for (let i = dateHi + 1; i < hi; i++) if (isVerbAt(tokens, i)) {
		head = i;
		break;
	}
	if (head < 0) for (let i = lo; i < hi; i++) if (!inDate(i) && tokens[i]!.pos === 'AUX') {
		head = i;
		break;
	}
	if (head < 0) {
		// no verb: the noun phrase holding the date is the event ("the 2008 election")
		const words = range(tokens, lo, hi).filter((_, k) => !inDate(lo + k) && !QUOTES.test(tokens[lo + k]!.text));
		return { subject: [], verbs: [], complement: trimPhrase(words), head: null, participle: false };
	}
	// the verb group: auxiliaries, negation, adverbs and catenative verbs before the head
	// ("was filed", "expects to report", "has also announced")
	let vlo = head;
	while (vlo - 1 >= lo && !inDate(vlo - 1)) {
		const t = tokens[vlo - 1]!;
		// "is due to be filed", "is set to close": an adjective of a plan before "to" is part of the group
		if (t.pos === 'AUX' || t.lower === 'not' || t.lower === "n't" || (t.pos === 'PART' && t.lower === 'to') || (t.pos === 'VERB' && tokens[vlo]!.lower === 'to') || (PLAN_ADJECTIVES.has(t.lower) && tokens[vlo]!.lower === 'to' && auxiliaryBefore(tokens, vlo - 2, lo))) vlo--;
		else if (t.pos === 'ADV' && vlo - 2 >= lo && (tokens[vlo - 2]!.pos === 'AUX' || tokens[vlo - 2]!.pos === 'NOUN' || tokens[vlo - 2]!.pos === 'PROPN' || tokens[vlo - 2]!.pos === 'PRON')) vlo--;
		else break;
	}
	const verbs = range(tokens, vlo, head + 1).filter((t) => t.pos !== 'ADV' || t.lower === 'not' || KEPT_ADVERBS.has(t.lower));
	// the subject: the noun phrase right before the verb group
	// "The Government Accountability Office on June 18 called for ...": the subject is before the date
	let subjectEnd = vlo;
	if (vlo - 1 >= lo && inDate(vlo - 1)) subjectEnd = dateLo;
	let slo = subjectEnd;
	for (;;) {
		if (slo - 1 >= lo && (nounVerb >= 0 ? !tokens[slo - 1]!.date || inDate(slo - 1) : !inDate(slo - 1) && !tokens[slo - 1]!.date) && (NP.has(tokens[slo - 1]!.pos) || isJoiner(tokens, slo - 1) || isInnerPreposition(tokens, slo - 1))) slo--;
		else if (slo - 1 >= lo && QUOTES.test(tokens[slo - 1]!.text) && quotedNameStart(tokens, slo - 1, lo) >= 0) slo = quotedNameStart(tokens, slo - 1, lo);
		else {
			// two noun phrases joined by "and": the first opens the clause or follows its subordinator,
			// and the subject ends there
			const joined = slo < subjectEnd ? subjectConjunctionStart(tokens, joinerAt(tokens, slo - 1), lo) : -1;
			if (joined >= 0) slo = joined;
			break;
		}
	}
	// a date inside the subject is the mark's, not a word of its label ("a June 3 hearing" → "hearing")
	let subject = trimPhrase(range(tokens, slo, subjectEnd).filter((_, k) => !inDate(slo + k)), true);
	// "..., but spring shows signs of hope", "Today marks the anniversary": a date with no preposition
	// that opens the clause right before its verb is its subject; nobody is named as doing anything
	const opener = tokens[dateLo - 1];
	if (subjectEnd === dateLo && !subject.length && !range(tokens, dateLo, first).some((t) => t.pos === 'ADP') && (dateLo <= from || !opener || opener.pos === 'PUNCT' || opener.pos === 'CCONJ' || opener.pos === 'SCONJ')) {
		return { subject: [], verbs, complement: [], head: tokens[head]!.lemma, participle: false };
	}
	if (!subject.length && tokens[subjectEnd - 1]?.pos === 'PRON' && !RELATIVE.has(tokens[subjectEnd - 1]!.lower) && subjectEnd - 1 >= lo) {
		slo = subjectEnd - 1;
		subject = [tokens[slo]!];
	}
	const before = tokens[slo - 1];
	// a passive participle takes no object: "reached between", "born in", "held by"; "passed Wal-Mart" is tensed
	let next = head + 1;
	while (inDate(next)) next++;
	const objectNext = ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(tokens[next]?.pos ?? '');
	// a participle qualifies a noun of a sentence whose main verb is another: the only tensed verb of
	// the sentence is its main verb ("Tarn Motors, another car maker, asked to drop 78 dealers")
	const otherVerb = tokens.some((t, i) => i !== head && i >= from && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.lower !== 'to' && !t.lower.endsWith('ing'));
	const bare = verbs.length === 1 && tokens[head]!.pos === 'VERB' && isPastForm(tokens[head]!) && !objectNext && otherVerb;
	// a bare past form is a participle ("an agreement reached in 1991", "Jobs, born in 1955,", "demand
	// enjoyed by the iPod") when its noun is an object or an aside, not a subject
	let participle = false;
	let reducedEnd = -1;
	if (!subject.length && before && RELATIVE.has(before.lower)) subject = antecedent(tokens, slo - 1, from);
	else if (!subject.length && before && before.text === ',' && !(tokens[lo]?.pos === 'CCONJ')) {
		// ", born in 1955," qualifies the noun before it; ", will be delayed" goes on with the sentence's subject;
		// after a relative clause ("GM, which has filed for bankruptcy, announced ...") the verb is its antecedent's
		const aside = slo - 2 >= from ? clauseAround(tokens, slo - 2, slo - 2, from)[0] : -1;
		if (aside > from && RELATIVE.has(tokens[aside]!.lower) && tokens[aside]!.pos === 'PRON') subject = antecedent(tokens, aside, from);
		else {
			// the clause opens at the verb, or on a fronted date and the subject with its aside
			subject = bare ? antecedent(tokens, slo - 1, from) : firstSubject(tokens, slo === lo ? from : lo, slo);
			participle = bare;
		}
	} else if (!subject.length && lo > from) subject = firstSubject(tokens, from, lo);
	else if (subject.length && bare) {
		const outer = tokens[slo - 1];
		// "by" before an amount is how much, not who ("fell by 3.41%")
		const agent = tokens[head + 1]?.lower === 'by' && !['NUM', 'SYM'].includes(tokens[head + 2]?.pos ?? '');
		// "as" before a noun and its verb opens a clause ("as car sales rebounded in March"), unless
		// "such as", "as well as" or "as a" make it a preposition ("served as a nurse stationed in Germany")
		const opensClause = outer?.lower === 'as' && !(slo - 2 >= lo && /^(such|well)$/.test(tokens[slo - 2]!.lower)) && !/^(a|an)$/.test(tokens[slo]?.lower ?? '');
		// "the plan announced last week would cut 5,000 jobs": a finite verb after the participle's own
		// phrases is the sentence's, and the participle qualifies its noun (a reduced relative clause)
		reducedEnd = SAY.has(tokens[head]!.lemma) || TELL.has(tokens[head]!.lemma) ? -1 : finiteAfter(tokens, head, hi, inDate);
		participle = (!!outer && ((outer.pos === 'ADP' && !opensClause) || (outer.pos === 'VERB' && !SAY.has(outer.lemma)))) || agent || reducedEnd >= 0;
	}
	// "an interview with European Pravda published on Tuesday": the participle qualifies the whole phrase
	if (participle && subject.length) {
		let s0 = slo;
		while (s0 - 2 >= lo && tokens[s0 - 1]!.pos === 'ADP' && /^(with|of|for|from)$/.test(tokens[s0 - 1]!.lower) && NP.has(tokens[s0 - 2]!.pos)) {
			let n = s0 - 1;
			while (n - 1 >= lo && NP.has(tokens[n - 1]!.pos)) n--;
			s0 = n;
		}
		if (s0 < slo) subject = trimPhrase(range(tokens, s0, subjectEnd), true);
	}
	if (subject.length === 1 && PRONOUN_SUBJECT.has(subject[0]!.lower) || isAnaphoricSubject(subject)) {
		// "the store" after "launched the iTunes Music Store": a name ending in the noun, in the
		// sentence or the one before; else, as for a pronoun ("the Airbus 380 will wear ... when it
		// arrives"), the subject of a verb before it in the sentence, else the sentence before's
		const noun = subject.length === 2 ? subject[1]!.lower : null;
		// "the company" means an organisation named before, never a noun phrase without a name ("an
		// all-Airbus fleet consisting of ...") nor a person ("Ford Chief Executive Alan Mulally")
		// and of its kind: "the government" is a state's ("Japan"), "the company" or "the bank" never one
		// ("U.S.", "Britain": `namesState`, from the talks' parties)
		// (a national side is its country's: "Spain beat the Netherlands ... The team will parade")
		const ofKind = (name: Token[]) => noun === 'team' || namesState(joinedName(name)) === (noun !== null && STATE_NOUNS.has(noun));
		const usable = (p: Token[] | null) => (p && (subject.length === 1 || (endingName(p).length && !namesPerson(p) && ofKind(endingName(p)))) ? p : null);
		const named = (noun && (nameEndingIn(tokens.slice(from, slo), noun) ?? nameEndingIn(previousTokens() ?? [], noun))) || (usable(slo > from ? subjectBefore(tokens, from, slo) : null) ?? usable(previousSubject()));
		if (named && named.length) subject = named;
	} else if (subject.length === 2 && subject[0]!.lower === 'the' && subject[1]!.pos === 'NOUN' && !/^[A-Z]/.test(subject[1]!.text)) {
		// "the plane" after "its Airbus A400M military transport plane": the last phrase that a name
		// opens and the noun heads, in the sentence or before it in the article
		const here = namedHeadMatch(tokens.slice(from, slo), subject[1]!.lower);
		const named = here === undefined ? earlierName(subject[1]!.lower) : here;
		if (named) subject = named;
	} else if (subject.length && !subject.some((t) => t.pos === 'PROPN') && announcedBy(tokens, tokens.indexOf(subject[0]!), from) !== null && verbs.some((t) => t.lemma === 'be')) {
		// "Apple announced today another special event to be held on October 12": what is announced
		// to be done is the announcer's ("Apple's special event to be held")
		const verb = announcedBy(tokens, tokens.indexOf(subject[0]!), from)!;
		const owner = endingName(subjectBefore(tokens, from, verb + 1));
		if (owner.length) subject = owned(owner, /^(a|an|the|another)$/.test(subject[0]!.lower) ? subject.slice(1) : subject);
	} else if (subject.length && slo - 1 >= lo && POSSESSIVE.has(tokens[slo - 1]!.lower)) {
		// "Ford said that its sales rose": whose, named as the pronoun's subject is ("Ford's sales rise")
		const phrase = (slo - 1 > from ? subjectBefore(tokens, from, slo - 1) : null) ?? previousSubject();
		// of two joined ("Lakeside Power and Vanden Motors"), the pronoun may mean either or both
		const owner = phrase?.some((t) => t.pos === 'CCONJ') ? [] : endingName(phrase);
		if (owner.length) subject = owned(owner, subject);
	}
	// "rose to a five-year high in morning trading": a date that qualifies the noun after it goes
	// with that noun, and the phrase the preposition opens leaves the label whole
	let phraseHi = dateHi;
	if (tokens[dateLo]?.pos === 'ADP') while (phraseHi + 1 < hi && tokens[phraseHi + 1]!.pos === 'NOUN') phraseHi++;
	let complement: Token[] = [];
	for (let i = head + 1; i < (reducedEnd >= 0 ? reducedEnd : hi); i++) {
		// what the clause is compared with is not what happened
		if (STRONG_BASELINE.has(tokens[i]!.lower) && !isAmountComparison(tokens, i)) break;
		if (!inDate(i) && !(i > dateHi && i <= phraseHi)) complement.push(tokens[i]!);
	}
	complement = trimPhrase(complement.filter((t) => !QUOTES.test(t.text)));
	return { subject, verbs, complement, head: tokens[head]!.lemma, participle };
}

/**
 * Whether token `i` is a verb of the clause: not the second half of a compound adjective
 * ("Craiova-based", "passenger-carrying") and not a verb that works as a preposition ("including").
 */
function isVerbAt(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	if (t.pos !== 'VERB' || PREPOSITION_VERBS.has(t.lower)) return false;
	const prev = tokens[i - 1];
	return !(prev && prev.text === '-' && prev.end === t.start);
}

/**
 * The auxiliary or modal that takes up the sentence after a participle and its own phrases ("the
 * shares bought in March were sold", "the amount calculated for last year is preliminary"), else
 * -1: only the date, prepositions, noun phrases and adverbs may stand between, so after a comma, a
 * conjunction, a pronoun or a word that opens a clause whatever its tag ("sales fell in March, and
 * will", "fell as concerns were mounting", "rose by more than economists had forecast", "crashed
 * in a field where the weather was icy") the verb is another clause's.
 */
function finiteAfter(tokens: Token[], head: number, hi: number, inDate: (i: number) => boolean): number {
	for (let i = head + 1; i < hi; i++) {
		if (inDate(i)) continue;
		const t = tokens[i]!;
		if (t.pos === 'AUX') return i;
		if (CLAUSE_OPENERS.has(t.lower) || !(NP.has(t.pos) || t.pos === 'ADP' || t.pos === 'ADV')) return -1;
	}
	return -1;
}

/**
 * The verb of a noun phrase that a date qualifies, right after it ("its third-quarter profit rose",
 * "the 1999 budget was approved"), else -1: a determiner or possessive before the date, nouns after
 * it, then the verb group (a lone auxiliary counts: "its fourth-quarter loss was $5 million").
 */
function prenominalVerb(tokens: Token[], first: number, dateHi: number, lo: number, hi: number): number {
	const before = tokens[first - 1];
	if (first - 1 < lo || !before || !(before.pos === 'DET' || POSSESSIVE.has(before.lower) || /^['\u2019]s$/.test(before.lower))) return -1;
	let k = dateHi + 1;
	let noun = false;
	while (k < hi && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos) && !tokens[k]!.date) {
		noun ||= tokens[k]!.pos !== 'ADJ';
		k++;
	}
	if (!noun || k >= hi) return -1;
	let v = k;
	while (v < hi && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.lower === 'not' || tokens[v]!.lower === "n't")) v++;
	// a state ("its third-quarter revenue totaled $4.7 billion") is no event of its own: the clause
	// stays the one around it ("Xerox said ...")
	if (v < hi && isVerbAt(tokens, v)) return STATE_VERBS.has(tokens[v]!.lemma) ? -1 : v;
	return tokens[k]!.pos === 'AUX' ? k : -1;
}

/**
 * "The Boeing 787 “Dreamliner” made its maiden flight": a quoted name inside a noun phrase, read
 * back from its closing quote at `end`; the index of its opening quote, else -1 ("“We are ready,”
 * GM said" quotes a clause, not a name).
 */
function quotedNameStart(tokens: Token[], end: number, lo: number): number {
	let i = end;
	while (i >= lo && QUOTES.test(tokens[i]!.text)) i--;
	const last = i;
	const closing = range(tokens, last + 1, end + 1).map((t) => t.text).join('');
	// "automakers' sales": an apostrophe that touches a plural before a noun is a possessive
	if (/^['\u2019]$/.test(closing) && /s$/i.test(tokens[last]?.text ?? '') && tokens[last]!.end === tokens[last + 1]!.start) return -1;
	while (i >= lo && /^(PROPN|NOUN|ADJ|NUM)$/.test(tokens[i]!.pos)) i--;
	if (i === last || i < lo || !QUOTES.test(tokens[i]!.text)) return -1;
	const openEnd = i;
	while (i - 1 >= lo && QUOTES.test(tokens[i - 1]!.text)) i--;
	const opening = range(tokens, i, openEnd + 1).map((t) => t.text).join('');
	return QUOTE_PAIRS[opening] === closing ? i : -1;
}

/** Each opening quote and the closing one that matches it. */
const QUOTE_PAIRS: Record<string, string> = { '``': "''", '`': "'", '\u201c': '\u201d', '\u2018': '\u2019', "'": "'", '"': '"' };

/** A past tense or past participle: inflected, not "-ing" or a third-person "-s". */
export function isPastForm(t: Token): boolean {
	return t.lower !== t.lemma && !t.lower.endsWith('ing') && !/[^s]s$/.test(t.lower);
}

/** Words that join the parts of a name or noun phrase: "Bank of America", "AT&T", "Procter & Gamble", "Ford's". */
function isJoiner(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	const prev = tokens[i - 1];
	const next = tokens[i + 1];
	if (!prev || !next) return false;
	const nominal = (x: Token) => x.pos === 'PROPN' || x.pos === 'NOUN';
	if (isNameBracket(tokens, i) || isListComma(tokens, i)) return true;
	// "Britain, France, and Germany": the list's comma before "and"
	if (t.lower === 'and' && prev.text === ',' && isListComma(tokens, i - 1)) return true;
	if (t.lower === 'of' || t.text === '&' || t.lower === 'and') return nominal(prev) && next.pos === 'PROPN' && prev.pos === 'PROPN';
	if (t.text === '-' || t.text === '.') return t.start === prev.end && next.start === t.end;
	return false;
}

/**
 * "and" between two noun phrases that together open a clause ("The earthquake and tsunami hit
 * Japan", "Sales and profits rose", "when the earthquake and tsunami hit"): where the first of them
 * starts, else -1. The first opens the clause or follows a subordinator that is never a
 * preposition; after a preposition ("rose after the report and yields fell", "profit before
 * interest and tax", "rose as much as 8 percent and Ford gained") or a verb it is that word's
 * object, and "and" opens another clause.
 */
function subjectConjunctionStart(tokens: Token[], i: number, lo: number): number {
	const t = tokens[i];
	const next = tokens[i + 1];
	if (!t || t.lower !== 'and' || i - 1 < lo || !next || !(/^(DET|NOUN|PROPN|ADJ)$/.test(next.pos) || POSSESSIVE.has(next.lower))) return -1;
	const prev = tokens[i - 1]!;
	if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return -1;
	let s = i;
	while (s - 1 >= lo && !tokens[s - 1]!.date && (NP.has(tokens[s - 1]!.pos) || isJoiner(tokens, s - 1))) s--;
	const before = tokens[s - 1];
	return s === lo || (!!before && PURE_SUBORDINATORS.has(before.lower)) ? s : -1;
}
/**
 * A comma between the names of a list that opens its clause and ends on "and" and a name before a
 * verb ("Smith, Jones and Brown were acquitted", "Britain, France, and Germany agreed"): the names
 * are the clause's subject together.
 */
function isListComma(tokens: Token[], i: number): boolean {
	const name = (k: number) => tokens[k]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[k]!.text);
	if (tokens[i]?.text !== ',' || !name(i - 1) || !(name(i + 1) || (tokens[i + 1]?.lower === 'and' && name(i + 2)))) return false;
	// back to where the list opens: the sentence or a subordinator
	let s = i - 1;
	while (s - 1 >= 0 && (name(s - 1) || (tokens[s - 1]!.text === ',' && name(s - 2)))) s--;
	if (s > 0 && !PURE_SUBORDINATORS.has(tokens[s - 1]!.lower)) return false;
	// on to "and" and the last name, then the verb
	let k = i + 1;
	while (k < tokens.length && (name(k) || (tokens[k]!.text === ',' && name(k + 1)))) k++;
	if (tokens[k]?.text === ',' && k > i + 1) k++;
	if (tokens[k]?.lower !== 'and' || !name(k + 1)) return false;
	for (k += 1; name(k); k++);
	while (tokens[k]?.pos === 'ADV') k++;
	return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** The "and" at `k`, or before a possessive pronoun at `k` ("Smith and his wife"). */
function joinerAt(tokens: Token[], k: number): number {
	return POSSESSIVE.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'and' ? k - 1 : k;
}

/** Words that open a clause and are never prepositions ("after", "since", "as" may be either). */
const PURE_SUBORDINATORS = new Set(['when', 'while', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'once', 'whether']);

/** An auxiliary at `k`, past negation and adverbs before it ("is now due to", "isn't likely to"). */
function auxiliaryBefore(tokens: Token[], k: number, lo: number): boolean {
	while (k >= lo && (tokens[k]!.lower === 'not' || tokens[k]!.lower === "n't" || tokens[k]!.pos === 'ADV')) k--;
	return k >= lo && tokens[k]!.pos === 'AUX';
}

/** A preposition inside a noun phrase: "stock markets around the world", "the ban on flights". */
function isInnerPreposition(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	const prev = tokens[i - 1];
	const next = tokens[i + 1];
	return t.pos === 'ADP' && !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/** "the company", "the firm": a definite noun with no name, which news uses for the one named before. */
function isAnaphoricSubject(subject: Token[]): boolean {
	return subject.length === 2 && subject[0]!.lower === 'the' && ANAPHORIC_NOUNS.has(subject[1]!.lemma);
}

/** A person's role or honorific: "Chief Executive", "Mr.". */
const isRoleWord = (t: Token): boolean => PERSON_ROLES.has(t.lower) || /^(mr|mrs|ms|dr|sir)\.?$/.test(t.lower);

/** A person, not an organisation: a phrase with a role or an honorific ("Ford Chief Executive Alan Mulally", "Mr. Smith"). */
function namesPerson(phrase: readonly Token[]): boolean {
	return phrase.some(isRoleWord);
}

/** The last name in `tokens` whose last word is `noun` ("iTunes Music Store" for "store"), else null. */
function nameEndingIn(tokens: Token[], noun: string): Token[] | null {
	for (let i = tokens.length - 1; i > 0; i--) {
		if (tokens[i]!.lower !== noun || !/^[A-Z]/.test(tokens[i]!.text)) continue;
		let s = i;
		while (s - 1 >= 0 && (tokens[s - 1]!.pos === 'PROPN' || /^[A-Z]/.test(tokens[s - 1]!.text) || /^[a-z]+[A-Z]/.test(tokens[s - 1]!.text)) && tokens[s - 1]!.pos !== 'DET' && tokens[s - 1]!.pos !== 'PUNCT') s--;
		if (s < i) return tokens.slice(s, i + 1);
	}
	return null;
}

/**
 * What the last mention in `tokens` of the noun `word` (as written, so in the same number) as the
 * head of its phrase names, as the name, one modifier at most, and the noun ("its Airbus A400M
 * plane" → "Airbus A400M plane", "Ford's Chennai plant", "the U.S. housing market"): what "the
 * plane" means further on in the article, as news writes it (a definite noun phrase refers back to
 * the last one with its head). Null when that mention names nothing ("a commuter plane"), so "the
 * plane" is that one; undefined when there is no mention. A person's role or title is left out
 * ("Treasury Secretary Henry Paulson's plan" → "Henry Paulson's plan").
 */
export function namedHeadMatch(tokens: readonly Token[], word: string, names: ReadonlySet<string> = new Set()): Token[] | null | undefined {
	// a capital that opens the sentence is a name where the article writes the word so elsewhere, or a
	// name follows it ("General Motors")
	const nameWord = (x: Token, k: number) =>
		(x.pos === 'PROPN' || (/^[A-Z]/.test(x.text) && /^(NOUN|ADJ|NUM)$/.test(x.pos))) && (k > 0 || names.has(x.text) || tokens[1]?.pos === 'PROPN');
	for (let i = tokens.length - 1; i > 0; i--) {
		const t = tokens[i]!;
		// the head, not a modifier of the next noun ("car sales", "the Iraq war mission")
		if (t.lower !== word || t.pos !== 'NOUN' || /^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) continue;
		// the modifiers before the noun, back to the name that opens the phrase, and the owner before it
		let k = i - 1;
		while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'NUM') && !/^[A-Z]/.test(tokens[k]!.text)) k--;
		const modifiers = tokens.slice(k + 1, i);
		let n = k;
		while (n >= 0 && nameWord(tokens[n]!, n)) n--;
		const name = unroled(tokens.slice(n + 1, k + 1));
		let owner: Token[] = [];
		if (n >= 0 && /^['\u2019]s?$/.test(tokens[n]!.text)) {
			let o = n - 1;
			while (o >= 0 && nameWord(tokens[o]!, o)) o--;
			owner = unroled(tokens.slice(o + 1, n));
		}
		if (!name.some((x) => x.pos === 'PROPN') && !owner.some((x) => x.pos === 'PROPN')) return null;
		const phrase = [...name, ...(modifiers.length === 1 ? modifiers : []), t];
		return owner.length ? owned(owner, phrase) : phrase;
	}
	return undefined;
}

/** A name without the role or title before it: "Treasury Secretary Henry Paulson" → "Henry Paulson". */
function unroled(name: Token[]): Token[] {
	const role = name.findLastIndex(isRoleWord);
	return role >= 0 && role < name.length - 1 ? name.slice(role + 1) : name;
}

/** `phrase` as `owner`'s: "Ford Motor Company" + "sales" → "Ford Motor Company's sales" ("General Motors' ..."). */
function owned(owner: Token[], phrase: Token[]): Token[] {
	const end = owner[owner.length - 1]!;
	const mark = /s$/.test(end.text) ? "'" : "'s";
	// the clitic touches the name, as written: the headline joins it without a space
	return [...owner, { text: mark, lower: mark, pos: 'PART', lemma: mark, start: end.end, end: end.end }, ...phrase];
}

/** The name that ends `phrase`: "General Motors" of "the automobile firm General Motors", "Apple Computer" (a capitalised noun counts). */
function endingName(phrase: Token[] | null): Token[] {
	let n = phrase?.length ?? 0;
	while (n > 0 && (phrase![n - 1]!.pos === 'PROPN' || (phrase![n - 1]!.pos === 'NOUN' && /^[A-Z]/.test(phrase![n - 1]!.text) && n - 1 > 0))) n--;
	const name = phrase?.slice(n) ?? [];
	return name.some((t) => t.pos === 'PROPN') ? name : [];
}

/**
 * The index of a verb of telling or unveiling whose object is the noun phrase starting at `slo`
 * ("announced [today] another special event"), past a date and adverbs between them; else null.
 */
function announcedBy(tokens: Token[], slo: number, from: number): number | null {
	let k = slo - 1;
	while (k > from && (tokens[k]!.date || tokens[k]!.pos === 'ADV')) k--;
	const t = tokens[k];
	return k >= from && t && t.pos === 'VERB' && (TELL.has(t.lemma) || eventWord(t.lemma) === 'unveil') ? k : null;
}

/** A phrase that names a participant: not empty, and not a date ("last year", "Monday's"). */
function namesSomeone(phrase: Token[]): boolean {
	return phrase.length > 0 && !phrase[phrase.length - 1]!.date;
}

/** The nearest noun-phrase subject of a verb before token `upTo` in the sentence. */
function subjectBefore(tokens: Token[], from: number, upTo: number): Token[] | null {
	for (let i = upTo - 1; i > from; i--) {
		if (!(tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX')) continue;
		let v = i;
		while (v - 1 >= from && (tokens[v - 1]!.pos === 'AUX' || tokens[v - 1]!.pos === 'ADV' || tokens[v - 1]!.lower === 'not')) v--;
		let s = v;
		while (s - 1 >= from && (NP.has(tokens[s - 1]!.pos) || isJoiner(tokens, s - 1))) s--;
		const phrase = trimPhrase(range(tokens, s, v), true);
		if (namesSomeone(phrase) && phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return phrase;
		i = s;
	}
	// a name set off from its verb by an aside ("The Bank of America Corporation, the second-largest
	// bank in the United States, has announced that it lost ..."), when that verb is the only one before
	// the pronoun and the pronoun is no relative clause's ("said the fine was unfair and that it had
	// been paid": the fine; "the chip shortage, which it first felt": no clause of the name's)
	if (/^(which|who|whom|whose)$/.test(tokens[upTo - 1]?.lower ?? '')) return null;
	let groups = 0;
	for (let i = from; i < upTo; i++) if ((tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && !(tokens[i - 1]?.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX' || tokens[i - 1]?.pos === 'ADV')) groups++;
	return groups === 1 ? appositiveSubject(tokens, from, upTo) : null;
}

/** The subject of the sentence's first clause (a noun phrase or a pronoun), for a clause that shares it ("He fought X and took Y"). */
function firstSubject(tokens: Token[], from: number, upTo: number): Token[] {
	for (let i = from; i < upTo; i++) {
		// a fronted date, prepositional phrase or adverb before the subject ("On Thursday, Chrysler, a U.S.
		// car maker, released ...", "In a court filing, ...", "Meanwhile, ..."): the subject starts after
		// its comma; a date with the subordinator
		// after it ("a day after Chrysler, a U.S. car maker, released") leaves the subject after them
		if (tokens[i]!.text === ',' && i > from) {
			let s = from;
			while (s < i && (tokens[s]!.date || (/^(ADP|SCONJ)$/.test(tokens[s]!.pos) && (tokens[s + 1]?.date || tokens[s - 1]?.date)))) s++;
			// a prepositional phrase with no date to skip ("In a court filing,") goes whole; after a
			// date with no comma ("On Monday Tarn Motors, ...") the subject follows the date
			if (s === i || (tokens[from]!.pos === 'ADP' && s === from) || (i === from + 1 && tokens[from]!.pos === 'ADV')) {
				from = i + 1;
				continue;
			}
			from = s;
		}
		const t = tokens[i]!;
		if (t.pos === 'VERB' || t.pos === 'AUX') {
			let s = i;
			while (s - 1 >= from && (NP.has(tokens[s - 1]!.pos) || isJoiner(tokens, s - 1) || (tokens[s - 1]!.pos === 'PRON' && s === i))) s--;
			const phrase = trimPhrase(range(tokens, s, i), true);
			return namesSomeone(phrase) ? phrase : [];
		}
		if (t.pos === 'PUNCT' && t.text === ',') {
			// a sentence that opens on a noun phrase and an aside ("The first A380, made by Airbus, was
			// delivered today"): the noun phrase is the subject of the first verb after the aside
			const phrase = range(tokens, from, i);
			const opensOnNoun = phrase.length > 0 && /^(DET|PROPN|NOUN|ADJ|NUM)$/.test(phrase[0]!.pos) && phrase.every((p, k) => NP.has(p.pos) || isJoiner(tokens, from + k) || p.text === "'");
			const trimmed = trimPhrase(phrase, true);
			return opensOnNoun && namesSomeone(trimmed) && trimmed.some((p) => p.pos === 'NOUN' || p.pos === 'PROPN') ? trimmed : [];
		}
	}
	return [];
}

/** The named subject of the sentence: a phrase with a proper noun before the first verb. */
export function sentenceSubject(tokens: Token[], from: number, upTo = tokens.length): Token[] | null {
	const named = appositiveSubject(tokens, from, upTo);
	if (named) return named;
	let v = -1;
	for (let i = from; i < upTo; i++) {
		if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') {
			v = i;
			break;
		}
		if (tokens[i]!.pos === 'PUNCT' && tokens[i]!.text !== '-' && tokens[i]!.text !== '.' && !QUOTES.test(tokens[i]!.text)) return null;
	}
	if (v <= from) return null;
	let s = v;
	while (s - 1 >= from && (NP.has(tokens[s - 1]!.pos) || isJoiner(tokens, s - 1) || tokens[s - 1]!.pos === 'ADV')) s--;
	const phrase = trimPhrase(range(tokens, s, v).filter((t) => t.pos !== 'ADV'), true);
	return namesSomeone(phrase) && phrase[phrase.length - 1]!.pos === 'PROPN' ? phrase : null;
}

/**
 * "General Motors, the largest U.S. automaker, said ...", "Japan Airlines, Asia's largest airline by
 * revenue, filed ...": the name that opens the sentence, before a phrase set off by commas and the
 * verb after them, is the subject (the phrase is in apposition to it). A phrase that opens on a
 * noun phrase may hold a verb of its own; one with a verb that opens otherwise is a clause.
 */
function appositiveSubject(tokens: Token[], from: number, upTo: number): Token[] | null {
	// the name, with its article and the "of" inside it ("The Bank of America Corporation")
	const start = tokens[from]?.lower === 'the' && tokens[from + 1]?.pos === 'PROPN' ? from + 1 : from;
	let n = start;
	while (n < upTo && ((tokens[n]!.pos === 'PROPN' && /^[A-Z]/.test(tokens[n]!.text)) || (n > start && tokens[n]!.lower === 'of' && tokens[n + 1]?.pos === 'PROPN'))) n++;
	if (n === start || tokens[n]?.text !== ',') return null;
	// a noun phrase may hold a clause of its own ("Unite, the union representing British Airways cabin
	// crew, said"; "Citigroup, the bank that once was the biggest, got"); a phrase that opens on a
	// verb is a clause of the sentence ("Alitalia, hit by strikes, lost money")
	const phrase = /^(DET|ADJ|NUM)$/.test(tokens[n + 1]?.pos ?? '') || POSSESSIVE.has(tokens[n + 1]?.lower ?? '') || /^['\u2019]s$/.test(tokens[n + 2]?.text ?? '');
	for (let k = n + 1; k < upTo && k - n <= 14; k++) {
		const t = tokens[k]!;
		if ((t.pos === 'VERB' || t.pos === 'AUX') && !phrase) return null;
		if (t.text === ',' && k > n + 1) {
			let v = k + 1;
			while (v < upTo && tokens[v]!.pos === 'ADV') v++;
			return v < upTo && (tokens[v]!.pos === 'VERB' || tokens[v]!.pos === 'AUX') ? tokens.slice(start, n) : null;
		}
		if (t.pos === 'PUNCT' && t.text !== '-') return null;
	}
	return null;
}

/** Verbs that link a subject to the group it belongs to: "was one of", "became one of", "remains among". */
const LINKING = new Set(['be', 'become', 'remain']);
/** Verbs that only a group does together: "one of two carriers that merged" is the group's news. */
const COLLECTIVE = new Set(['merge', 'meet', 'combine', 'unite', 'join', 'collide', 'marry', 'split']);

/**
 * "Ford was one of the companies that reported losses", "The FTSE was among the indices that
 * fell": a relative clause (at `relative`) on a group that the copula's subject is one of tells
 * what that subject did. `s` opens the group's noun phrase ("the companies"; "one the indices", as
 * written without "of", before a plural). Returns the subject, or null when the phrase is no such
 * group, the group is counted ("one of two carriers") or its verb is one only a group does
 * ("merged").
 */
function memberSubject(tokens: Token[], s: number, relative: number, from: number): Token[] | null {
	const noun = tokens[relative - 1];
	let cop: number;
	if (tokens[s]?.lower === 'one' && tokens[s + 1]?.pos === 'DET' && noun && noun.lower !== noun.lemma) cop = s - 1;
	else if (tokens[s - 1]?.lower === 'of' && tokens[s - 2]?.lower === 'one') cop = s - 3;
	else if (tokens[s - 1]?.lower === 'among') cop = s - 2;
	else return null;
	if (tokens.slice(s, relative).some((t) => t.pos === 'NUM' && t.lower !== 'one')) return null;
	const verb = tokens.slice(relative + 1).find((t) => t.pos === 'VERB');
	if (verb && COLLECTIVE.has(verb.lemma)) return null;
	while (cop > from && tokens[cop]!.pos === 'ADV') cop--;
	const linking = tokens[cop];
	if (cop <= from || !linking || !(linking.pos === 'AUX' || linking.pos === 'VERB') || !LINKING.has(linking.lemma)) return null;
	let a = cop;
	while (a - 1 >= from && (NP.has(tokens[a - 1]!.pos) || isJoiner(tokens, a - 1))) a--;
	const subject = trimPhrase(range(tokens, a, cop), true);
	return namesSomeone(subject) && subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? subject : null;
}

/** The words from token `i` on, as written, for a short look ahead. */
function wordsFrom(tokens: Token[], i: number): string {
	return tokens.slice(i, i + 12).map((t) => t.text).join(' ');
}

function antecedent(tokens: Token[], relative: number, from: number): Token[] {
	let end = relative;
	// "the iPhone, which", "the iPhone (which"
	if (tokens[end - 1]?.text === ',' || tokens[end - 1]?.text === '(') end--;
	let s = end;
	while (s - 1 >= from && (NP.has(tokens[s - 1]!.pos) || isJoiner(tokens, s - 1))) s--;
	const member = memberSubject(tokens, s, relative, from);
	if (member) return member;
	// the noun phrase with the one phrase that qualifies it: "The talks in Antalya, which" (the talks,
	// not the place, were due), when it leaves a label room for what they did (else the nearest noun
	// phrase); "(which" is the word before's
	const occurrence = OCCURRENCE.test(wordsFrom(tokens, relative));
	if (s - 2 >= from && tokens[relative - 1]?.text !== '(' && (PHRASE_PREPOSITIONS.has(tokens[s - 1]!.lower) || (occurrence && /^(with|between)$/.test(tokens[s - 1]!.lower)))) {
		let n = s - 1;
		while (n - 1 >= from && NP.has(tokens[n - 1]!.pos) && !RELATIVE.has(tokens[n - 1]!.lower)) n--;
		let first = n;
		while (tokens[first]!.pos === 'DET') first++;
		if (n < s - 1 && tokens[s - 2]!.pos === 'NOUN' && tokens[end - 1]!.end - tokens[first]!.start <= MAX_SUBJECT) s = n;
	}
	let phrase = trimPhrase(range(tokens, s, end), true);
	// "which" is never a person: after "the chief executive of General Motors" it is General Motors
	if (tokens[relative]?.lower === 'which') {
		const of = phrase.findIndex((t, k) => t.lower === 'of' && k > 0 && PERSON_ROLES.has(phrase[k - 1]!.lower));
		if (of > 0 && of < phrase.length - 1) phrase = phrase.slice(of + 1);
	}
	return namesSomeone(phrase) ? phrase : [];
}

/** The clause that a "said" reports: after "said ... that", else the one before the attribution. */
function reportedClause(tokens: Token[], lo: number, hi: number, from: number, previousSubject: () => Token[] | null, previousTokens: () => Token[] | null, earlierName: EarlierName): ClauseParts | null {
	const candidates: [number, number][] = [];
	if (hi < tokens.length && tokens[hi]!.pos !== 'PUNCT' || tokens[hi]?.text === ',') {
		const start = tokens[hi]!.pos === 'PUNCT' ? hi + 1 : hi;
		// the clause told begins at its subordinator ("announced on Friday that X was selected"), not before it
		if (start < tokens.length) {
			const [a, b] = clauseAround(tokens, start + 1, start + 1, from);
			candidates.push([Math.max(a, start), b]);
		}
	}
	if (lo > from) candidates.push(clauseAround(tokens, lo - 2, lo - 2, from));
	for (const [a, b] of candidates) {
		// a relative clause is about its noun ("GM, which has filed for bankruptcy, announced"), not what was said
		if (!hasVerb(tokens, a, b, -1, -1) || (RELATIVE.has(tokens[a]!.lower) && tokens[a]!.pos === 'PRON')) continue;
		const start = tokens[a]!.pos === 'SCONJ' ? a + 1 : a;
		const parts = partsOf(tokens, start, b, start, start - 1, from, previousSubject, previousTokens, earlierName);
		if (parts.head && !SAY.has(parts.head) && !TELL.has(parts.head)) return parts;
	}
	return null;
}

function range(tokens: Token[], lo: number, hi: number): Token[] {
	return tokens.slice(Math.max(0, lo), Math.max(lo, hi));
}

const DANGLING_END = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PUNCT', 'PRON']);

/** A phrase without leading links and without a dangling end ("of the", "and", ","). */
export function trimPhrase(words: Token[], subject = false): Token[] {
	// a name's abbreviation in brackets says nothing more in a label: "General Motors (GM)"
	if (words.some((w) => w.text === '(')) words = words.filter((_, i) => !inNameBracket(words, i));
	let a = 0;
	let b = words.length;
	// a quote that opens or closes a quoted name within the phrase stays ("Boeing 787 “Dreamliner”")
	const pairedAfter = (i: number) => {
		while (i < b && QUOTES.test(words[i]!.text)) i++;
		return words.slice(i, b).some((w) => QUOTES.test(w.text));
	};
	const pairedBefore = (i: number) => {
		while (i >= a && QUOTES.test(words[i]!.text)) i--;
		return words.slice(a, i + 1).some((w) => QUOTES.test(w.text));
	};
	while (a < b && (words[a]!.pos === 'PUNCT' || words[a]!.pos === 'CCONJ' || words[a]!.pos === 'SCONJ' || (subject && words[a]!.pos === 'ADP') || QUOTES.test(words[a]!.text) || RELATIVE.has(words[a]!.lower) && words[a]!.pos === 'PRON') && !(QUOTES.test(words[a]!.text) && pairedAfter(a))) a++;
	while (b > a && DANGLING_END.has(words[b - 1]!.pos) && !/^(it|them|him|her|us|me|himself|itself|he|she|they|we|i|you)$/.test(words[b - 1]!.lower) && !(words[b - 1]!.pos === 'PUNCT' && words[b - 1]!.text === '%') && !isParticle(words, b - 1) && !(QUOTES.test(words[b - 1]!.text) && pairedBefore(b - 1))) b--;
	return words.slice(a, b);
}

/**
 * "took six months off [in early 2009]", "called the deal off": the particle of a phrasal verb after
 * its object ends the phrase, or comes before a preposition, and is no preposition left dangling.
 */
function isParticle(words: Token[], i: number): boolean {
	// right after the verb too: "the workers laid off in January" ("off" opens the complement)
	return /^(off|up|down|out|back|away)$/.test(words[i]!.lower) && (i === 0 || /^(NOUN|PRON|PROPN)$/.test(words[i - 1]!.pos)) && (i + 1 === words.length || words[i + 1]!.pos === 'ADP');
}
