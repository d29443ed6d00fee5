/**
 * Sentences that report an event again without a date of their own ("the recently announced iPhone
 * 4", "an automaker which has filed for bankruptcy protection", "After the plane was delivered"):
 * news refers back to what it reported before by naming who did it and what they did. Such a
 * sentence becomes one more source of the event it names, so that the event's card lists it and
 * its weight counts its article. It never moves the event's date: only dated reports do that.
 *
 * A sentence reports event E again when, read by the tagger:
 * - it was written on or after E's last day; E happened, on a known day, week or month, and is of
 *   a kind the lexicon lists (`eventClasses`: a filing, a launch, a resignation), but not talks,
 *   whose noun names the whole process as well as one round (`processKinds`);
 * - a word of it names E's kind and tells it as known (`givenAs`): a perfect, a participle or a
 *   definite noun ("has filed", "the recently announced", "its launch"), or a simple past when E
 *   is at most a week older than the article ("Jobs resigned in a letter"); no date of the sentence
 *   stands in that word's clause (the sentence then dates an event of its own), unless the word is a
 *   participle before its noun ("the recently unveiled Z9"), which qualifies only that noun; such a
 *   participle may tell the kind by another verb before a named thing (`prenominalKinds`: "the
 *   recently announced iPhone 4" was unveiled);
 * - it names who did E (the last word of a name that heads the subject of E's reports, or of the
 *   headline that labels E's main news when that report's sentence names it too: "Jobs", "Apple"),
 *   and shares one more name or content word with E's reports;
 * - it shares more with E than with any other event it so matches; where another of the same kind
 *   matches too (an actor that did it twice), only the thing a participle qualifies can tell which,
 *   by a name or number of it that the other's reports do not share ("iPhone 4"); else the
 *   sentence is left unattributed.
 * A date of the sentence that dates no clause of its own ("since its launch in 2003") may stand in
 * that word's clause when it shares a day with E: the sentence then names E by any of its names, and the
 * source quotes that date.
 */
import { eventWord, eventWordForms, isOccurrenceKind, isPastForm, isSayVerb, prenominalKind, prenominalLemmas } from './clause.ts';
import { isName, tagSentence, type Token } from './tag.ts';
import { dayNumberOf, formatDay, fromDayNumber } from '../timex/calendar.ts';
import { isCalendarName } from '../timex/lexicon.ts';
import { headlineVerb, type EventCandidate, type SentenceInput } from '../buildEvents.ts';
import type { EventDraft } from '../salience.ts';
import type { Timex } from '../types.ts';

/** How many of a name's events, the latest before the sentence's article, one sentence is compared with. */
const LOOK_BACK = 24;

const PRECISE = new Set(['day', 'week', 'month']);

const FUTURE = /^(will|would|shall|should|could|might|may|must|to|not|n't|never)$/;

interface Signature {
	event: EventDraft;
	head: string;
	/** Matches the surface forms of `head`'s kind (a cheap test before tagging). */
	forms: RegExp;
	actors: Set<string>;
	/** The last word of each name in `actors`, which a later report spells ("Jobs" for "Steve Jobs"). */
	heads: Set<string>;
	names: Set<string>;
	words: Set<string>;
	/** Lowercase names and words that a sentence must spell one of besides the actor and the kind (a cheap test before tagging). */
	evidence: Set<string>;
	end: string;
	/** "article#sentence" of the sentences already among its sources. */
	quoted: Set<string>;
}

function mostCommon(values: (string | null)[]): string | null {
	const n = new Map<string, number>();
	let best: string | null = null;
	for (const v of values) {
		if (!v) continue;
		n.set(v, (n.get(v) ?? 0) + 1);
		if (best === null || n.get(v)! > n.get(best)!) best = v;
	}
	return best;
}

const formsCache = new Map<string, RegExp>();
function formsOf(head: string): RegExp {
	let re = formsCache.get(head);
	if (!re) {
		// a stem of each lemma of the kind: "file" matches "filed", "filing"; the tagger decides after
		// (and of the participles that tell of it before a noun: "announced" for a launch)
		const stems = [...eventWordForms(head), ...prenominalLemmas(head)].map((l) => l.replace(/e$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		formsCache.set(head, (re = new RegExp(`\\b(?:${stems.join('|')})`, 'i')));
	}
	return re;
}

const DEFINITE = /^(the|this|that|these|those|its|their|his|her|'s)$/;

/**
 * How the token at `i` tells of something already known, if it does:
 * - `known`: a perfect or a participle ("has filed", "was delivered", "the recently announced"), or a
 *   noun after a definite determiner or a possessive ("its launch", "the filing"): these refer back
 *   to an event whenever it was;
 * - `recent`: a simple past ("Jobs resigned in a letter"), which news leaves undated only for what
 *   has just happened;
 * - `null`: anything else, among them the future, an infinitive, a negation, and an indefinite noun
 *   ("an increase of 54 points" brings in something new).
 */
function givenAs(tokens: Token[], i: number): 'known' | 'recent' | null {
	const t = tokens[i]!;
	if (t.pos === 'VERB') {
		if (!isPastForm(t)) return null;
		let aux = false;
		for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
			const p = tokens[k]!;
			if (FUTURE.test(p.lower)) return null;
			if (p.pos === 'AUX') aux = true;
			else if (p.pos !== 'ADV' && p.pos !== 'PART') {
				// a participle before its noun: "the recently announced iPhone"
				if (p.pos === 'DET' && tokens[i + 1] && /^(NOUN|PROPN)$/.test(tokens[i + 1]!.pos)) return 'known';
				break;
			}
		}
		return aux ? 'known' : 'recent';
	}
	if (t.pos !== 'NOUN') return null;
	for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
		const p = tokens[k]!;
		if (DEFINITE.test(p.lower)) return 'known';
		if (p.pos !== 'ADJ' && p.pos !== 'NOUN' && p.pos !== 'PROPN' && p.pos !== 'NUM' && p.pos !== 'ADV' && p.pos !== 'PART') return null;
	}
	return null;
}

/** A past participle between a determiner (past adverbs) and its noun: "the recently announced iPhone". */
function isPrenominal(tokens: Token[], i: number): boolean {
	if (tokens[i]!.pos !== 'VERB' || !isPastForm(tokens[i]!) || !/^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) return false;
	let k = i - 1;
	while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
	return k >= 0 && tokens[k]!.pos === 'DET';
}

/** The index of the first signature of `list` (in the order of their last day) whose last day is on or after `day`. */
function firstEndingFrom(list: readonly Signature[], day: string): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]!.end < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const CLAUSE_BREAK = /^(,|;|:|which|who|that|while|whereas|but|\(|\))$/;

/** Whether a date expression of the sentence stands in the clause of the token at `i`: that date dates it, and the sentence reports an event of its own. */
function datedClause(tokens: Token[], i: number, dates: readonly Pick<Timex, 'start' | 'end'>[]): boolean {
	return dates.some((d) => {
		const at = tokens.findIndex((t) => t.end > d.start);
		if (at < 0) return false;
		const [lo, hi] = at < i ? [at, i] : [i, at];
		for (let k = lo + 1; k < hi; k++) if (CLAUSE_BREAK.test(tokens[k]!.lower)) return false;
		return true;
	});
}

/** Whether a word of `spelt` is one of `evidence`, as spelt or without a plural or past ending ("plants", "closed"). */
function spellsEvidence(spelt: ReadonlySet<string>, evidence: ReadonlySet<string>): boolean {
	for (const w of spelt) if (evidence.has(w) || evidence.has(w.replace(/(?:e?s|e?d)$/, '')) || evidence.has(w.replace(/(?:s|d)$/, ''))) return true;
	return false;
}

/**
 * The lemmas of the name that is the subject of main news's headline ("Apple" of "Apple unveils
 * iPhone 4"), when its report's sentence names it too; none for a speaker ("Obama says ...") or a
 * capitalised common noun opening the headline ("Regulators approve ...": "European regulators").
 */
function headlineActors(report: EventCandidate): string[] {
	const tokens = tagSentence(report.label);
	// the headline's verb, also where the model tags it a noun ("GM files for bankruptcy")
	const verb = headlineVerb(tokens);
	if (verb <= 0 || isSayVerb(tokens[verb]!.lemma)) return [];
	let s = verb;
	while (s > 0 && isName(tokens[s - 1]!)) s--;
	const name = tokens.slice(s, verb).map((t) => t.lemma);
	return name.length && name.every((n) => report.names.includes(n)) ? name : [];
}

/** The noun phrase after token `i`: its nouns, names, numbers and adjectives. */
function phraseAfter(tokens: Token[], i: number): Token[] {
	let j = i + 1;
	while (j < tokens.length && /^(NOUN|PROPN|NUM|ADJ)$/.test(tokens[j]!.pos)) j++;
	return tokens.slice(i + 1, j);
}

/** How many days before an article a simple past it leaves undated can be. */
const RECENT_DAYS = 7;

/**
 * Adds to `events` the sentences of `sentences` that report them again without a date of their own.
 * `members` gives each event's reports; `candidates` every dated clause read, to tell a sentence
 * that reports an event of its own.
 */
export function attachLaterReports(events: readonly EventDraft[], members: ReadonlyMap<EventDraft, readonly EventCandidate[]>, sentences: readonly SentenceInput[], candidates: readonly EventCandidate[]): void {
	const byName = new Map<string, Signature[]>();
	const signatures: Signature[] = [];
	for (const event of events) {
		if (event.kind !== 'event' || event.status !== 'happened') continue;
		const reports = members.get(event) ?? [];
		const head = mostCommon(reports.map((r) => r.head));
		// a kind of event the lexicon knows (a filing, a launch, a resignation; not talks, which "the
		// talks" names as a whole), dated to a day, a week or a month
		if (!head || !isOccurrenceKind(head) || !PRECISE.has(event.when.precision)) continue;
		// who did it: the subject of each report's clause and, for main news, of its headline ("Apple
		// unveils iPhone 4", which the lead tells as "company CEO Steve Jobs unveiled")
		const doers = reports.flatMap((r) => (r.mainNews ? [r.actors, headlineActors(r)] : [r.actors]));
		const actors = new Set(doers.flat());
		if (!actors.size) continue;
		// the word that heads each name: the surname of a person ("Jobs"), the last word of a company's name
		const heads = new Set(doers.flatMap((a) => a.slice(-1)));
		const sig: Signature = {
			event,
			head,
			forms: formsOf(head),
			actors,
			heads,
			names: new Set(reports.flatMap((r) => r.names)),
			words: new Set(reports.flatMap((r) => r.words)),
			evidence: new Set(),
			end: event.when.end.slice(0, 10),
			quoted: new Set(event.mentions.map((m) => `${m.article}#${m.sentence}`))
		};
		for (const w of [...sig.names, ...sig.words]) if (!actors.has(w) && w !== head) sig.evidence.add(w.toLowerCase());
		signatures.push(sig);
	}
	for (const sig of signatures) for (const a of sig.heads) (byName.get(a) ?? byName.set(a, []).get(a)!).push(sig);
	if (!byName.size) return;
	// every name of each event, for a sentence that dates a reference to it ("since its launch in 2003")
	// (not the names of months and weekdays a sentence holds), each list in the order of the events' last day
	const byAnyName = new Map<string, Signature[]>();
	for (const sig of signatures) for (const n of sig.names) if (!isCalendarName(n)) (byAnyName.get(n) ?? byAnyName.set(n, []).get(n)!).push(sig);
	for (const list of byAnyName.values()) list.sort((a, b) => a.end.localeCompare(b.end));
	// a sentence that spells no form of any of these kinds of event reports none of them
	const anyKind = new RegExp([...new Set(signatures.map((sig) => sig.forms.source))].join('|'), 'i');
	for (const list of byName.values()) list.sort((a, b) => a.end.localeCompare(b.end));
	// the kinds of event each sentence dates itself
	const ownKinds = new Map<string, Set<string>>();
	// the date expressions that date a clause of their own
	const dating = new Set<string>();
	for (const c of candidates) {
		dating.add(`${c.mention.article}#${c.mention.sentence}#${c.mention.start}`);
		if (!c.head) continue;
		const k = `${c.mention.article}#${c.mention.sentence}`;
		(ownKinds.get(k) ?? ownKinds.set(k, new Set()).get(k)!).add(c.head);
	}
	const recentFrom = new Map<string, string>();
	const grown = new Set<EventDraft>();
	const spelt = new Set<string>();
	const spells = new Map<string, boolean>();
	for (const s of sentences) {
		if (!anyKind.test(s.text)) continue;
		const key = `${s.article}#${s.sentence}`;
		// the events whose actor the sentence names, written by its article's day, of a kind it spells
		// a form of, sharing a word more
		const near = new Set<Signature>();
		spelt.clear();
		spells.clear();
		for (const w of s.text.match(/[A-Za-z][\w&.-]*[\w&]|[A-Za-z]/g) ?? []) spelt.add(w.toLowerCase());
		for (const w of spelt) {
			const list = byName.get(w);
			if (!list) continue;
			let hi = list.length;
			while (hi > 0 && list[hi - 1]!.end > s.articleDate) hi--;
			for (let k = hi - 1; k >= Math.max(0, hi - LOOK_BACK); k--) {
				const sig = list[k]!;
				if (near.has(sig) || sig.quoted.has(key) || ownKinds.get(key)?.has(sig.head)) continue;
				let spellsKind = spells.get(sig.head);
				if (spellsKind === undefined) spells.set(sig.head, (spellsKind = sig.forms.test(s.text)));
				if (spellsKind && spellsEvidence(spelt, sig.evidence)) near.add(sig);
			}
		}
		// a date that dates no clause of its own, and names the day of an event ("since its launch in
		// 2003", "following the 12:00 UTC announcement by General Motors"): the sentence refers to that
		// event by any of its names, not only by who did it
		const references = s.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when && !dating.has(`${key}#${t.start}`));
		const referred = new Map<Signature, Timex[]>();
		if (references.length) {
			for (const w of spelt) {
				const list = byAnyName.get(w);
				if (!list) continue;
				for (const ref of references) {
					// the events whose last day is in the reference's stretch or at most a month after it
					// (an event is a day, a week or a month), written by the sentence's day; at most LOOK_BACK
					const upTo = formatDay(fromDayNumber(dayNumberOf(ref.when!.end.slice(0, 10)) + 31));
					for (let k = firstEndingFrom(list, ref.when!.start.slice(0, 10)), n = 0; k < list.length && n < LOOK_BACK && list[k]!.end <= upTo; k++, n++) {
						const sig = list[k]!;
						if (sig.end > s.articleDate || near.has(sig) || sig.quoted.has(key) || sig.event.when.start.slice(0, 10) > ref.when!.end.slice(0, 10)) continue;
						let spellsKind = spells.get(sig.head);
						if (spellsKind === undefined) spells.set(sig.head, (spellsKind = sig.forms.test(s.text)));
						if (!spellsKind) continue;
						const held = referred.get(sig) ?? referred.set(sig, []).get(sig)!;
						if (!held.includes(ref)) held.push(ref);
					}
				}
			}
		}
		if (!near.size && !referred.size) continue;
		const since = recentFrom.get(s.articleDate) ?? recentFrom.set(s.articleDate, formatDay(fromDayNumber(dayNumberOf(s.articleDate) - RECENT_DAYS))).get(s.articleDate)!;
		const tokens = tagSentence(s.text);
		const dates = s.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when);
		const names = new Set(tokens.filter(isName).map((t) => t.lemma));
		const words = new Set(tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'PROPN' || t.pos === 'NUM').map((t) => eventWord(t.lemma)));
		const found: { sig: Signature; score: number; own: string[]; quote: Timex | null }[] = [];
		for (const sig of [...near, ...referred.keys()]) {
			const held = referred.get(sig);
			// what else it shares with the event's reports: names besides who did it, and content words
			const sharedNames = [...names].filter((n) => sig.names.has(n) && !sig.actors.has(n));
			const sharedWords = [...words].filter((w) => !names.has(w) && sig.words.has(w) && w !== sig.head);
			const recent = sig.end >= since;
			// the names and numbers of the noun a participle before it qualifies, shared with the event's
			// reports: they single out one of the things an actor did ("the recently announced iPhone 4")
			let own: string[] = [];
			// a reference is told in the clause of its date; another report in a clause no date dates
			const givenKind = tokens.some((t, i) => {
				// a participle before its noun qualifies that noun, whatever date the clause around it has
				// ("Pre-orders of the recently unveiled Z9 began Tuesday"); another verb's participle tells
				// the kind only of a thing it names (a product "announced" was unveiled; "the announced job
				// cuts" were not)
				if (!held && isPrenominal(tokens, i)) {
					const phrase = phraseAfter(tokens, i);
					const last = phrase[phrase.length - 1];
					if (prenominalKind(t.lemma) !== sig.head || (eventWord(t.lemma) !== sig.head && !(last && (isName(last) || last.pos === 'NUM')))) return false;
					own = phrase.filter((x) => isName(x) || x.pos === 'NUM').map((x) => eventWord(x.lemma)).filter((w) => sig.names.has(w) || sig.words.has(w));
					return true;
				}
				if (eventWord(t.lemma) !== sig.head) return false;
				if (held ? !datedClause(tokens, i, held) || datedClause(tokens, i, dates.filter((d) => !held.includes(d))) : datedClause(tokens, i, dates)) return false;
				const g = givenAs(tokens, i);
				return g === 'known' || (g === 'recent' && recent);
			});
			// what happened, told as known, and one thing more
			if (!givenKind || sharedNames.length + sharedWords.length < 1) continue;
			found.push({ sig, score: sharedNames.length + sharedWords.length, own, quote: held?.[0] ?? null });
		}
		// the event it shares the most with; an event told again without a date is known by who did it
		// and what they did: where another event of the same kind matches too (the same actor did it
		// twice, a market that fell again), only the thing a participle qualifies tells which, by a
		// name or number of it that the other's reports do not share ("the recently announced iPhone
		// 4", not the first iPhone); else the sentence is left alone
		found.sort((a, b) => b.score - a.score);
		const top = found[0];
		if (!top || found.slice(1).some((o) => o.score === top.score || (o.sig.head === top.sig.head && !top.own.some((x) => !o.own.includes(x))))) continue;
		const [best, quote] = [top.sig, top.quote];
		best.quoted.add(key);
		best.event.mentions.push(quote ? { article: s.article, sentence: s.sentence, sentenceText: s.text, text: quote.text, start: quote.start, end: quote.end } : { article: s.article, sentence: s.sentence, sentenceText: s.text, text: '', start: 0, end: 0 });
		grown.add(best.event);
	}
	// sources stay in the order of the contract: earliest article first, then by sentence
	const dateOf = new Map(sentences.map((s) => [s.article, s.articleDate]));
	for (const event of grown) event.mentions.sort((a, b) => (dateOf.get(a.article) ?? '').localeCompare(dateOf.get(b.article) ?? '') || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || a.sentence - b.sentence);
}
