import data from './parties.json';
import { TOPICS } from './detect.ts';
import { clauseAround, literalScanner, tokenize, NOT_NAMES, MONTHS, WEEKDAYS, type Span, type Token } from './text.ts';

/** One party found in a sentence. */
export interface PartyHit {
	/** Normalised name (from `parties.json`, or a company or person name as written). */
	name: string;
	start: number;
	end: number;
	via: 'alias' | 'metonym' | 'demonym' | 'leader' | 'name';
	/**
	 * The person who speaks for the party, named with it: a known leader ("Putin"), a person a
	 * party's title introduces ("Iraqi Foreign Minister Tariq Aziz", "PLO chairman Yasser Arafat"),
	 * or, for a `name` hit, the name itself when a title says it is a person's ("Secretary of State
	 * James Baker"). A party named twice may have two ("Rabin and Peres met Arafat").
	 */
	people?: string[];
}

interface AliasInfo {
	name: string;
	via: PartyHit['via'];
}

const ALIASES = new Map<string, AliasInfo>();
const DEMONYMS = new Map<string, string>();
for (const p of data.parties) {
	for (const a of p.aliases) ALIASES.set(a, { name: p.name, via: 'alias' });
	for (const a of p.metonyms) ALIASES.set(a, { name: p.name, via: 'metonym' });
	for (const d of p.demonyms) if (!DEMONYMS.has(d)) DEMONYMS.set(d, p.name);
}
/** States: the parties with a people ("Russian"), not organisations or movements ("NATO", "Hamas"). */
const STATES = new Set(data.parties.filter((p) => p.demonyms.length > 0).map((p) => p.name));

const BODIES: ReadonlySet<string> = new Set(data.bodies);

/** Whether `name` is a body whose members meet as it (`bodies`: "G7", "NATO", "European Union"), not a state, a company or an armed group. */
export function isBody(name: string): boolean {
	return BODIES.has(name);
}

/** Whether `name` is a state's name or its capital's ("U.S.", "Britain", "Tokyo"): no company, bank or airline. */
export function namesState(name: string): boolean {
	const p = ALIASES.get(name);
	return !!p && STATES.has(p.name);
}

const LEADER_NAMES = new Map<string, string>();
for (const l of data.leaders) for (const a of l.aliases) {
	ALIASES.set(a, { name: l.party, via: 'leader' });
	LEADER_NAMES.set(a, l.name);
}

const findAliases = literalScanner([...ALIASES.keys()]);
const findDemonyms = literalScanner([...DEMONYMS.keys()]);

/** Words after a demonym that make it stand for the state ("Russian delegation", not "Russian-occupied"). */
const DEMONYM_HEADS = new Set(
	(
		'delegation delegations officials official negotiators negotiator side team government president ' +
		'leader leaders counterpart counterparts envoy envoys diplomats diplomat foreign prime defence defense ' +
		'minister ministers authorities administration representatives officers chancellor premier military ' +
		'security national deputy vice special chief army armed forces troops crown counterpart rebels militia ' +
		'king queen prince emir sheikh sultan'
	).split(' ')
);

/** Capitalised words that, after a place name, make it part of a longer proper name (Kyiv Post). */
const NAME_TAILS = new Set(
	(
		'post times airlines airways eastern southern telecom mobile bank steel today open cup daily news journal ' +
		'herald independent press gazette tribune star university institute stock exchange consensus declaration ' +
		'accord accords agreement agreements protocol format process memorandum city state'
	).split(' ')
);

// Titles that make a name run a person's: "President Emmanuel Macron" (but "General Motors" is a company)
const PERSON_TITLES = new Set(
	(
		'president prime minister secretary chancellor premier ambassador envoy king queen prince sheikh emir sultan ' +
		'mr mrs ms dr senator sen governor gov representative rep commissioner chairman ceo spokesman vice deputy ' +
		'foreign gen lt colonel col admiral adm pope lord lady sir dame crown sheikha mullah'
	).split(' ')
);

/** Words that may stand in a list item before its name: "between the union and General Motors". */
const ITEM_WORDS = new Set(
	(
		'the a its their his her both rival chipmaker carmaker automaker airline bank lender insurer group firm company ' +
		'companies union officials of from leaders executives negotiators representatives shareholders bosses'
	).split(' ')
);

/** Verbs that make their subject the host or go-between of the talks that follow. */
const HOST_VERBS = new Set('host hosts hosted hosting mediate mediates mediated mediating broker brokers brokered brokering convene convenes convened facilitate facilitated arrange arranges arranged arranging organise organised organize organized sponsor sponsored'.split(' '));

const THE_TWO = /\bthe two (?:companies|firms|groups|banks|lenders|carmakers|automakers|airlines|sides|countries|nations|governments|leaders|men|parties)\b/;

/** Words that end the search for "with X" / "between X and Y" after the talks word. */
const WITH_STOP = new Set('said says told according as while after before when but because although since amid despite which who that ;'.split(' '));

/** Verbs of a deal after "talks to": "in talks to acquire Metsera". */
const DEAL_VERBS = new Set('acquire buy purchase merge combine take invest sell license partner'.split(' '));

/**
 * A closing attribution (", Oman's foreign minister said."): who speaks is not who negotiates.
 */
function trailingAttribution(text: string): { start: number } | null {
	const comma = text.lastIndexOf(',');
	if (comma < 0) return null;
	if (text.length - comma > 90) return null;
	const tail = text.slice(comma + 1).trim().replace(/[.”"’']+$/u, '');
	const words = tail.split(/\s+/);
	const last = words[words.length - 1]?.toLowerCase() ?? '';
	const saidAt = words.findIndex((w) => /^(said|says|told|added|according)$/i.test(w));
	if (/^(said|says|added|reported|reports)$/.test(last) || (saidAt >= 0 && saidAt <= 5)) return { start: comma };
	return null;
}

/**
 * A sentence that opens with its source ("According to the Daily Ledger, the two sides ..."): the
 * span of that opener, whose names are not sides of the talks.
 */
function leadingAttribution(text: string): Span | null {
	const m = /^\s*according to [^,;]{1,80},/iu.exec(text);
	return m ? { start: 0, end: m[0].length, text: m[0] } : null;
}

// Linear: literal alternatives, then a bounded run of characters that are not clause punctuation
const MEDIATION = /\b(?:mediated by|mediation of|brokered by|hosted by|facilitated by|chaired by|co-chaired by|convened by|arranged by|organi[sz]ed by|sponsored by|mediators from|mediators in|mediator|mediators)\b[^.;:()]{0,120}/giu;

/**
 * Stretches that name mediators or hosts ("mediated by Oman", "with mediators from Qatar and Egypt"):
 * they help the talks along but are not sides of them, so they do not count towards the format.
 */
function mediatorSpans(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	for (const m of text.matchAll(MEDIATION)) {
		const start = m.index ?? 0;
		// the stretch ends where the clause does: a comma followed by a lower-case word starts another
		let end = start + m[0].length;
		const clause = /,\s+(?:\p{Ll}|“|")/u.exec(m[0].slice(1));
		if (clause) end = start + 1 + clause.index;
		out.push({ start, end });
	}
	return out;
}

// Short literal tests on a few characters around a hit: nothing to backtrack into
const MEDIATED_AFTER = /^-(?:mediated|brokered|hosted|sponsored|facilitated)\b/;
const GONE_BEFORE = /\b(?:former|break-?up of|collapse of|dissolution of|disintegration of|fall of)\s+(?:the\s+)?$/i;
const TOPIC_BEFORE = /\b(?:on|over|about|for|against|into|toward|towards|discuss|discussed|discusses|discussing)\s+(?:the\s+)?$/i;
// "to discuss the war in Ukraine", "the humanitarian situation in Gaza": where what is discussed happens
const SITUATION_BEFORE = /\b(?:war|wars|conflict|crisis|situation|fighting|violence|unrest|peace|ceasefire|truce|insurgency|famine|invasion|occupation|future|fate|transition|reconstruction)\s+(?:in|of|on|over)\s+(?:the\s+)?$/i;
// "without Russia", "excluding the United States", "no US delegation": named as absent
const ABSENT_BEFORE = /\b(?:without|excluding|except|absent|no)\s+(?:the\s+)?(?:participation\s+of\s+(?:the\s+)?)?$/i;
// "Russia did not attend", "Ukraine boycotted the meeting", "Hungary stayed away"
const ABSENT_AFTER = /^(?:\s+(?:officials|delegates|representatives|ministers|leaders)|['\u2019]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:did\s+not|didn['\u2019]t|declined\s+to|refused\s+to|was\s+not|were\s+not|wasn['\u2019]t|weren['\u2019]t)\s+(?:attend|take\s+part|participate|invited|present|represented)\b|^(?:['\u2019]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:boycotted|skipped|shunned|snubbed|stayed\s+away|was\s+absent|were\s+absent|pulled\s+out)\b/i;
const OTHER_GATHERING = /^(?:’s|'s)?\s*(?:summit|summits|meeting|meetings|conference|forum|gathering|ministerial)\b/;
const GATHERING_BEFORE = /\b(?:of|at|to|before|after|during|from|for)\s+(?:the|a|an|this|last|next|this\s+week’s|this\s+year’s)?\s*$/i;

/** "with Angola, which has been mediating": a go-between named by what it does. */
const GO_BETWEEN_AFTER = /^,?\s+(?:which|who)\s+(?:has\s+been\s+|had\s+been\s+|is\s+|was\s+)?(?:mediating|mediated|brokering|brokered|hosting|hosted|facilitating|facilitated|chairing|chaired)\b/i;

/**
 * Whether the sentence names a party as no side of the talks: absent ("without Russia", "no US
 * delegation", "Russia did not attend") or a go-between ("with Angola, which has been mediating").
 */
function isAbsent(text: string, hit: { start: number; end: number }): boolean {
	const after = text.slice(hit.end, hit.end + 60);
	return ABSENT_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) || ABSENT_AFTER.test(after) || GO_BETWEEN_AFTER.test(after);
}

/** Titles that start a person's name run rather than an organisation's. */
export const TITLES = new Set(
	(
		'president prime minister foreign secretary general gen lt colonel col admiral adm chancellor premier ' +
		'ambassador envoy special deputy vice chief king queen prince sheikh emir sultan mr mrs ms dr senator sen ' +
		'governor gov representative rep commissioner director chairman chairwoman chair ceo executive officials ' +
		'spokesman spokeswoman spokesperson defence defense state treasury commerce trade finance economy ' +
		'affairs interior justice labor labour energy health education agriculture'
	).split(' ')
);

function overlaps(a: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
	return spans.some((s) => a.start < s.end && s.start < a.end);
}

function nextWord(text: string, end: number): string {
	const m = /^[\s\u00a0]{0,3}([\p{L}\p{N}]{1,40})/u.exec(text.slice(end, end + 45));
	return m?.[1] ?? '';
}

function prevWords(text: string, start: number): string[] {
	return text
		.slice(Math.max(0, start - 40), start)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0)
		.slice(-2);
}

/** "Ukrainian and Russian negotiators": demonyms joined by "and" or commas share the head noun after them. */
function coordinatedHead(text: string, end: number): boolean {
	const words = text
		.slice(end, end + 80)
		.split(/[\s,]+/)
		.filter((w) => w.length > 0)
		.slice(0, 8);
	if (words[0] !== 'and' && text[end] !== ',') return false;
	for (const w of words) {
		if (w === 'and' || DEMONYMS.has(w) || ALIASES.has(w)) continue;
		return DEMONYM_HEADS.has(w.toLowerCase().replace(/[^\p{L}]+$/u, ''));
	}
	return false;
}

/** Parties named by the alias file: aliases, metonyms (Kremlin), demonyms before a people word, leaders. */
function findKnownParties(text: string, exclude: readonly Span[], trigger?: { start: number; end: number }): PartyHit[] {
	const hits: PartyHit[] = [];
	for (const m of findAliases(text)) {
		const info = ALIASES.get(m.text);
		const start = m.index;
		const hit = { name: info?.name ?? m.text, start, end: start + m.text.length, via: info?.via ?? 'alias' };
		if (!info || overlaps(hit, exclude)) continue;
		// "Qatar-mediated talks", "under African Union auspices": a go-between, not a side
		if (MEDIATED_AFTER.test(text.slice(hit.end, hit.end + 14))) continue;
		const next = nextWord(text, hit.end);
		if (next === 'auspices') continue;
		// "in Banff, Canada": the country of the talks' place
		if (exclude.some((x) => /^,\s{1,2}$/.test(text.slice(x.end, start)))) continue;
		// "sanctions on Russia", "support for Ukraine", "talks over Taiwan": the topic, not a side
		if (TOPIC_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || SITUATION_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;

		// "the former Yugoslavia", "the break-up of the Soviet Union": a region or a past, not a side
		if (info.via !== 'leader' && GONE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
		if (info.via === 'leader') {
			// "Liz Cheney", "al-Mubarak": a known surname inside another person's name is not that person;
			// "Ronald Reagan Building", "Clinton Global Initiative": nor is a name inside an institution's
			const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
			const joined = /(?:al|el|bin|ibn)-$/i.test(text.slice(Math.max(0, start - 4), start));
			const otherFirst = !m.text.includes(' ') && /^\p{Lu}[\p{L}\u2019'-]*$/u.test(before) && !PERSON_TITLES.has(before.toLowerCase()) && !TITLES.has(before.toLowerCase()) && !DEMONYMS.has(before) && !ALIASES.has(before) && !NOT_NAMES.has(before.toLowerCase());
			if (joined || otherFirst || (/^\p{Lu}/u.test(next) && !MONTHS.has(next.toLowerCase()) && !WEEKDAYS.has(next.toLowerCase()))) continue;
		}
		// "on the sidelines of the G20 summit": another gathering, named for where the talks were
		if (!(trigger && trigger.start > hit.end && trigger.start <= hit.end + 4) && OTHER_GATHERING.test(text.slice(hit.end, hit.end + 14)) && GATHERING_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
		// "Kyiv Post", "Bank of China", "China Eastern": part of another proper name
		if (/^\p{Lu}/u.test(next) && NAME_TAILS.has(next.toLowerCase())) continue;
		if (info.via === 'metonym' && /^\p{Lu}/u.test(next) && !TITLES.has(next.toLowerCase())) continue;
		const [p1, p2] = prevWords(text, start);
		// "the Swiss ambassador to the UN": an envoy's posting, not a side
		const before = prevWords(text, start - (p2 === 'the' ? 4 : 0));
		if ((before[1] === 'to' || p2 === 'to') && /^(ambassador|envoy|mission|representative|delegate|emissary)$/i.test(p2 === 'the' ? (before[0] ?? '') : (p1 ?? ''))) continue;
		if (p2 === 'of' && p1 && /^\p{Lu}/u.test(p1) && !NOT_NAMES.has(p1.toLowerCase())) continue;
		// "George Washington", "New York Times" style: a metonym inside a longer name
		if (info.via === 'metonym' && p2 && /^\p{Lu}/u.test(p2) && !NOT_NAMES.has(p2.toLowerCase()) && !ALIASES.has(p2))
			if (text.slice(start - p2.length - 1, start).trim() === p2) continue;
		hits.push(hit);
	}
	// alias hits come in order, so one pointer finds any that a demonym overlaps ("US" is both)
	const aliasHits = [...hits];
	let p = 0;
	for (const m of findDemonyms(text)) {
		const start = m.index;
		const hit = { name: DEMONYMS.get(m.text) ?? m.text, start, end: start + m.text.length, via: 'demonym' as const };
		while (p < aliasHits.length && aliasHits[p]!.end <= start) p++;
		const covered = p < aliasHits.length && aliasHits[p]!.start < hit.end;
		if (covered || overlaps(hit, exclude)) continue;
		// "Qatari-mediated" is no party
		if (MEDIATED_AFTER.test(text.slice(hit.end, hit.end + 14))) continue;
		// "Russian-occupied" is no party: the demonym must head a phrase about people or government
		// ("Saudi-led coalition" is one)
		if (text[hit.end] === '-' && !/^-led\b/.test(text.slice(hit.end, hit.end + 5))) continue;
		if (text[hit.end] === '-') {
			hits.push(hit);
			continue;
		}
		if (!DEMONYM_HEADS.has(nextWord(text, hit.end).toLowerCase()) && !coordinatedHead(text, hit.end)) continue;
		hits.push(hit);
	}
	return hits.sort((a, b) => a.start - b.start);
}

/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Khalil al-Hayya". */
const NAME_PARTICLES = new Set('al el bin ibn bint abu de da del della der di van von la le du dos das'.split(' '));

/** Ordinary words that start a sentence with a capital: "Junior doctors", "Intra-Afghan negotiations", "Months of talks". */
const COMMON_CAPS = new Set(
	(
		'junior senior intra inter cross top high low local regional international national federal private public ' +
		'domestic global western eastern northern southern military rebel rebels opposition government coalition ' +
		'workers employers staff teachers doctors nurses pilots farmers people residents members negotiating ' +
		'indirect direct talks crisis emergency several many some most other another such each every warring rival ' +
		'feuding neighbouring neighboring key major leading world western arab african asian european gulf ' +
		'separatist ethnic religious tribal palestinian israeli islamist armed security police border ' +
		'negotiators mediators envoys diplomats ministers delegates leaders lawmakers officials sources ' +
		// a stretch of time or a count of meetings: "Months of negotiations", "Hours of talks in Geneva"
		'minutes hours days nights weeks months years decades rounds sessions ' +
		// words that open a sentence: "According to", "Aid agencies", "Critics of the talks", "No date"
		'according aid critics observers experts no neither either none nor'
	).split(' ')
);

const PEOPLE_PLURAL = /(?:ers|ors|ists|ants|ents|ians|ials|ees|ives|ives)$/;

/** A run of capitalised words (with "&", "-", "." and "of" inside): a candidate proper name. */
function nameRunAt(tokens: readonly Token[], i: number): { start: number; end: number; next: number } | null {
	let j = i;
	while (j < tokens.length && tokens[j]!.lower === 'the') j++;
	const first = tokens[j];
	if (!first || !first.word || !first.cap) return null;
	let last = j;
	let k = j + 1;
	while (k < tokens.length && k - j < 8) {
		const t = tokens[k]!;
		const after = tokens[k + 1];
		if (t.word && (t.cap || /^\d/.test(t.text))) {
			last = k;
			k++;
		} else if (t.text === '-' && after?.word && t.start === tokens[k - 1]!.end && after.start === t.end) {
			// "Moon Jae-in", "Khalil al-Hayya"
			last = k + 1;
			k += 2;
		} else if (NAME_PARTICLES.has(t.lower) && (after?.cap || (after?.text === '-' && after.start === t.end))) {
			// "Mohammed bin Salman", "von der Leyen", "al-Hayya"
			k++;
		} else if ((t.text === '&' || t.text === '-' || t.text === '.' || t.lower === 'of') && after?.cap && after.start - t.end <= 1) {
			k++;
		} else break;
	}
	return { start: first.start, end: tokens[last]!.end, next: last + 1 };
}

function nameFromRun(text: string, run: { start: number; end: number }, known: readonly PartyHit[]): { name: string; person: boolean } | null {
	if (overlaps(run, known)) return null;
	const raw = text.slice(run.start, run.end);
	const words = raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
	// "Chancellor Merz": a person is a party too, named without the title
	let t = 0;
	// "Brexit Secretary Stephen Barclay": a topic word before a title belongs to the title
	if (words.length > 2 && NOT_NAMES.has(words[0]!.toLowerCase()) && PERSON_TITLES.has(words[1]!.toLowerCase())) t = 1;
	// "Treasury Secretary Scott Bessent": title words, at least one of them a person's title
	let personal = t > 0;
	while (t < words.length - 1 && (PERSON_TITLES.has(words[t]!.toLowerCase()) || TITLES.has(words[t]!.toLowerCase()) || (t > 0 && words[t] === 'of' && TITLES.has(words[t + 1]!.toLowerCase())))) {
		// "Secretary of State James Baker": "of" and the office after it are part of the title
		if (PERSON_TITLES.has(words[t]!.toLowerCase())) personal = true;
		t++;
	}
	if (t > 0 && personal) {
		// keep the name as written from its first word ("Moon Jae-in")
		let at = 0;
		for (let n = 0; n < t; n++) at = raw.indexOf(words[n]!, at) + words[n]!.length;
		const rest = raw.slice(at).replace(/^[^\p{L}\p{N}]+/u, '');
		return rest.length > 0 ? { name: rest, person: true } : null;
	}
	const first = words[0]?.toLowerCase() ?? '';
	if (words.length === 0 || NOT_NAMES.has(first) || PERSON_TITLES.has(first) || TOPICS.has(first) || COMMON_CAPS.has(first)) return null;
	// "Finance ministers of the G7": a title word alone
	if (words.length === 1 && TITLES.has(first)) return null;
	// "Volunteers will meet", "Protesters met": a plural noun for people that starts the sentence
	if (run.start === 0 && words.length === 1 && PEOPLE_PLURAL.test(first)) return null;
	if (words.every((w) => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase()))) return null;
	if (DEMONYMS.has(words[0]!)) return null;
	return { name: raw, person: false };
}

/**
 * The person a party's title introduces right after the party's name ("Iraqi Foreign Minister Tariq
 * Aziz", "PLO chairman Yasser Arafat", "UK Brexit Secretary Dominic Raab"), else null.
 */
function titledPersonAfter(text: string, tokens: readonly Token[], end: number): { name: string; end: number } | null {
	let i = tokens.findIndex((t) => t.start >= end);
	if (i < 0 || (text.slice(end, tokens[i]!.start).trim() !== '' && !/^['\u2019]s$/.test(text.slice(end, tokens[i]!.end).trim()))) return null;
	if (/^['\u2019]$/.test(tokens[i]!.text) && tokens[i + 1]?.lower === 's') i += 2;
	let titled = false;
	const from = i;
	while (i < tokens.length && tokens[i]!.word && (TITLES.has(tokens[i]!.lower) || PERSON_TITLES.has(tokens[i]!.lower) || TOPICS.has(tokens[i]!.lower) || PERSON_OFFICES.has(tokens[i]!.lower) || (i > from && tokens[i]!.lower === 'of'))) {
		if (PERSON_TITLES.has(tokens[i]!.lower) || PERSON_OFFICES.has(tokens[i]!.lower)) titled = true;
		i++;
	}
	if (!titled || !tokens[i]?.cap || !tokens[i]!.word) return null;
	const run = nameRunAt(tokens, i);
	if (!run) return null;
	const name = text.slice(run.start, run.end);
	const first = name.split(/\s/)[0]!.toLowerCase();
	if (NOT_NAMES.has(first) || COMMON_CAPS.has(first) || ALIASES.has(name) && !LEADER_NAMES.has(name) || DEMONYMS.has(name.split(/\s/)[0]!) || MONTHS.has(first) || WEEKDAYS.has(first)) return null;
	return { name: LEADER_NAMES.get(name) ?? name, end: run.end };
}

/** Offices that name a person after a party, besides `PERSON_TITLES`: "PLO chairman", "EU chief negotiator". */
const PERSON_OFFICES = new Set('chief negotiator leader head boss'.split(' '));

/**
 * Finds the parties of a talks sentence: every state, organisation or leader of the alias file,
 * plus companies or people named in the talks construction itself ("talks with X", "between X and Y",
 * "X and Y are in talks"), which is how merger talks name their parties.
 * Spans in `exclude` (the place of the talks) are skipped, so "talks in Moscow" is no Russian party.
 * With `clauseOnly`, parties outside the clause of the talks word never count (for a second talks
 * word in a sentence, whose clause is all it speaks for); with `definite` (talks named back, "the
 * talks"), those after the clause of the talks word never count.
 */
export function findParties(
	text: string,
	options: { exclude?: Span[]; trigger?: { start: number; end: number }; clauseOnly?: boolean; definite?: boolean } = {}
): PartyHit[] {
	const lead = leadingAttribution(text);
	const exclude = lead ? [...(options.exclude ?? []), lead] : (options.exclude ?? []);
	const allKnown = findKnownParties(text, exclude, options.trigger);
	const attribution = trailingAttribution(text);
	const mediators = mediatorSpans(text);
	const isSide = (h: PartyHit): boolean =>
		!overlaps(h, mediators) && (!attribution || h.start < attribution.start || (options.trigger !== undefined && options.trigger.start >= attribution.start));
	let known = allKnown.filter(isSide);
	let clauseStart = 0;
	let clauseEnd = text.length;
	const trigger = options.trigger;
	// "Russia struck Kyiv as US and Ukrainian officials met in Miami": when the clause of the talks
	// names parties, parties named in other clauses are not sides of the talks
	if (trigger) {
		const clause = clauseAround(text, trigger);
		clauseStart = clause.start;
		clauseEnd = clause.end;
		const inClause = known.filter((h) => h.start >= clause.start && h.end <= clause.end);
		if (inClause.length > 0 || options.clauseOnly) known = inClause;
		// "Iran said that the talks had been constructive and that Iraq must withdraw from Kuwait":
		// talks named back ("the talks") are told by who speaks of them, not by a clause after theirs
		else if (options.definite) known = known.filter((h) => h.end <= clause.end);
	}
	let tokens: Token[] = [];
	let ti = -1;
	let hosted = false;
	if (trigger) {
		tokens = tokenize(text);
		ti = tokens.findIndex((t) => t.start >= trigger.start);
		// "Egypt hosted talks between Israel and Hamas", "Erdogan offered to host a meeting": the host is no side
		for (let k = ti - 1; k >= 0 && k >= ti - 4; k--) {
			const w = tokens[k]!.lower;
			if (HOST_VERBS.has(w)) {
				const at = tokens[k]!.start;
				known = known.filter((h) => h.start >= at || h.start < clauseStart);
				hosted = true;
				break;
			}
			if (tokens[k]!.cap || !tokens[k]!.word) break;
		}
	}
	const hits = [...known];
	if (trigger) {
		const addRun = (i: number): number => {
			const run = nameRunAt(tokens, i);
			if (!run) return i;
			const name = nameFromRun(text, run, allKnown);
			if (name && !overlaps(run, exclude)) hits.push({ name: name.name, start: run.start, end: run.end, via: 'name', ...(name.person ? { people: [name.name] } : {}) });
			return run.next;
		};
		// "between the union and General Motors", "with Japan, South Korea and Taiwan": the first name of each item
		const addList = (i: number, items: number): void => {
			let k = i;
			for (let n = 0; n < items && k < tokens.length; n++) {
				let found = false;
				for (let m = 0; m < 4 && k < tokens.length; m++) {
					const t = tokens[k]!;
					if (t.word && t.cap) {
						k = addRun(k);
						found = true;
						break;
					}
					if (!t.word || t.lower === 'and' || !ITEM_WORDS.has(t.lower)) break;
					k++;
				}
				if (!found && n > 0) break;
				// skip to the next item: a comma or "and" within a few words
				let next = -1;
				for (let m = k; m < tokens.length && m < k + 6; m++) {
					const t = tokens[m]!;
					if (t.text === ',' || t.lower === 'and' || t.text === '&') {
						next = tokens[m + 1]?.lower === 'and' ? m + 2 : m + 1;
						break;
					}
					if (!t.word || !ITEM_WORDS.has(t.lower)) break;
				}
				if (next < 0) break;
				k = next;
			}
		};
		// after the trigger: "talks with X", "negotiations between X and Y", "talks to acquire X"
		// ("Talks on a new coalition resumed in Berlin on Monday between the CDU and the SPD": up to twelve words on)
		for (let k = ti; k >= 0 && k < tokens.length && k <= ti + 12; k++) {
			const t = tokens[k]!;
			if (k > ti && WITH_STOP.has(t.lower)) break;
			if (t.lower === 'with' || t.lower === 'between') {
				addList(k + 1, t.lower === 'between' ? 6 : 3);
				break;
			}
			if (DEAL_VERBS.has(t.lower) && tokens[k - 1]?.lower === 'to') {
				// "talks to merge with Skydance"
				addList(tokens[k + 1]?.lower === 'with' ? k + 2 : k + 1, 1);
				break;
			}
		}
		// before it: "X and Y are in talks", "X is in merger talks with Y"
		// the subject starts the clause: skip the opener ("as", "after") that starts it
		// (after "According to the Daily Ledger," when the sentence opens with its source)
		const subjectFrom = lead && lead.end > clauseStart ? lead.end - 1 : clauseStart;
		let si = tokens.findIndex((t) => t.start >= subjectFrom);
		if (subjectFrom > 0) si++;
		// "The Wall Street Journal reported that Nissan and Honda were in talks": the outlet is no side
		const outlet = si >= 0 ? nameRunAt(tokens, si) : null;
		if (outlet && /^report(?:ed|s)$/.test(tokens[outlet.next]?.lower ?? '')) si = tokens[outlet.next + 1]?.lower === 'that' ? outlet.next + 2 : outlet.next + 1;
		if (!hosted && si >= 0 && ti > si && ti - si <= 12) addList(si, 4);
	}
	// "Shell has approached BP ... and the two companies are expected to begin talks": the two names of the sentence
	if (trigger && hits.length === 0 && THE_TWO.test(text)) {
		const names: PartyHit[] = [...allKnown.filter(isSide)];
		for (let k = 0; k < tokens.length && names.length < 3; k++) {
			if (!tokens[k]!.cap || !tokens[k]!.word) continue;
			const run = nameRunAt(tokens, k);
			if (!run) continue;
			const name = nameFromRun(text, run, allKnown);
			if (name && !overlaps(run, exclude)) names.push({ name: name.name, start: run.start, end: run.end, via: 'name', ...(name.person ? { people: [name.name] } : {}) });
			k = run.next - 1;
		}
		if (new Set(names.map((h) => h.name)).size === 2) hits.push(...names);
	}
	const seen = new Set<string>();
	const all = tokens.length ? tokens : tokenize(text);
	// a party the sentence names as not at the talks, at any of its mentions ("Armenia, Azerbaijan
	// and Russia were invited, but Russia did not attend")
	const absent = new Set([...allKnown, ...hits].filter((h) => isAbsent(text, h)).map((h) => h.name));
	const kept = hits.filter((h) => isSide(h) && !absent.has(h.name)).sort((a, b) => a.start - b.start);
	// who speaks for each state or organisation, where the sentence names that person with it as a
	// side: not a person a preposition ties to another ("an aide to President Vladimir Putin"), nor a
	// principal named for a staff ("Trump's envoy Steve Witkoff", "Putin aide Yuri Ushakov")
	// (a speaker in another clause, "President Bush said that the talks had failed", leads none of them)
	const titled: Span[] = [];
	const speaks = (h: PartyHit) => h.start >= clauseStart && h.end <= clauseEnd && !tiedBefore(text, all, h.start);
	for (const h of kept) {
		if (h.via === 'name' || h.via === 'leader' || !speaks(h)) continue;
		const person = titledPersonAfter(text, all, h.end);
		if (!person) continue;
		h.people = [person.name];
		titled.push({ start: h.end, end: person.end } as Span);
	}
	const out: PartyHit[] = [];
	for (const h of kept) {
		// "Serbian President Slobodan Milosevic": the title's party, not the one the alias file gives him
		if (h.via === 'leader' && overlaps(h, titled)) continue;
		if (h.via === 'leader' && speaks(h) && !STAFF_AFTER.test(text.slice(h.end, h.end + 24))) {
			// a surname alone is written as given: "Clinton" may be Bill or Hillary, "Assad" Hafez or Bashar
			const alias = text.slice(h.start, h.end);
			h.people = [alias.includes(' ') ? (LEADER_NAMES.get(alias) ?? alias) : alias];
		}
		// a party named twice keeps its first mention, with every person named for it
		const first = out.find((x) => x.name === h.name);
		if (!first) out.push(h);
		else if (h.people) first.people = [...(first.people ?? []), ...h.people.filter((p) => !first.people?.includes(p))];
	}
	return out;
}

/** After a party's name: its staff, not the party's own person ("Trump's envoy", "Putin aide", "Gorbachev envoy"). */
const STAFF_AFTER = /^\s*(?:['\u2019]s\b|(?:envoys?|aides?|advis[eo]rs?|chief|spokes(?:man|woman|person)|negotiators?|administration|government|office|team|camp|plan|proposal|all(?:y|ies)|loyalists?|associates?|confidants?|son|daughter|wife|husband|era)\b)/i;

/**
 * Whether a preposition ties the name at `start` to someone else ("an aide to President Vladimir
 * Putin", "a letter from Chancellor Kohl"), past the titles and demonym before it; "talks with" does not.
 */
function tiedBefore(text: string, tokens: readonly Token[], start: number): boolean {
	let i = tokens.findIndex((t) => t.start >= start) - 1;
	const title = (t: Token | undefined) => !!t && (TITLES.has(t.lower) || PERSON_TITLES.has(t.lower));
	// "of" inside a title ("Secretary of State") ties nothing
	while (i >= 0 && tokens[i]!.word && (title(tokens[i]) || DEMONYMS.has(tokens[i]!.text) || tokens[i]!.lower === 'the' || (tokens[i]!.lower === 'of' && title(tokens[i - 1]) && title(tokens[i + 1])))) i--;
	return i >= 0 && /^(to|for|of|by|from|under|about|against|on|behalf)$/.test(tokens[i]!.lower);
}

/** Words of a sentence that may say a party stayed away: a quick test before reading its parties. */
const ABSENCE_WORDS = /\b(?:attend|take\s+part|participate|boycott|skipped|shunned|snubbed|stayed\s+away|absent|pulled\s+out)/i;

/**
 * The parties a sentence names as not at the talks ("Hamas did not attend the meeting", "China's Xi
 * skipped the summit"): the talks of the sentences around it have them as no side.
 */
export function absentParties(text: string): string[] {
	if (!ABSENCE_WORDS.test(text)) return [];
	return [...new Set(findKnownParties(text, []).filter((h) => ABSENT_AFTER.test(text.slice(h.end, h.end + 60))).map((h) => h.name))];
}

/** Normalised party names of a sentence, in order of first mention. See {@link findParties}. */
export function resolveParties(text: string, options: { exclude?: Span[]; trigger?: { start: number; end: number } } = {}): string[] {
	return findParties(text, options).map((h) => h.name);
}

/** Whether a name is a state or organisation itself ("Oman"), not a city standing for it ("Muscat"). */
export function isPartyName(name: string): boolean {
	return ALIASES.get(name)?.via === 'alias';
}

/** Whether a word is a well-known person's name from the alias file ("Bessent"), not a state's. */
export function isLeaderAlias(word: string): boolean {
	return ALIASES.get(word)?.via === 'leader';
}

/** A well-known person's full name from the alias file ("Lord Frost" gives David Frost), else the name as given. */
export function leaderName(name: string): string {
	return LEADER_NAMES.get(name) ?? name;
}

/** The party a demonym, alias or possessive stands for, if the alias file knows it ("Russian" gives Russia). */
export function partyOf(word: string): string | null {
	return ALIASES.get(word)?.name ?? DEMONYMS.get(word) ?? null;
}
