import { tokenize, type Span, type Token } from './text.ts';

/**
 * What kind of talks word a sentence uses. `attach` words (delegation) only add to talks already
 * found; `round` ("The next round will take place in Rome") only counts in an article about talks.
 */
export type CueKind = 'talks' | 'negotiations' | 'summit' | 'meeting' | 'call' | 'discussions' | 'round' | 'attach';

/** A sentence's talks cue: the word that reports talks and what it says about them. */
export interface TalksCue {
	kind: CueKind;
	/** The talks word (or phrase) as written, with offsets in the sentence. */
	trigger: Span;
	/** Topic word before the talks word, lower case: peace, trade, merger, ceasefire, nuclear ... */
	topic: string | null;
	/** A later round of a negotiation: resume, next round, second round, talks will continue, meet again. */
	continuation: boolean;
	/** The word that numbers the round, lower case: second, fourth, next, final ... (`null` when none). */
	round: string | null;
	/** An earlier round than the one the article is about: "a previous round", "earlier talks". */
	earlier: boolean;
	/** Refers back to talks named before ("the talks", "the negotiations", "the meeting"). */
	definite: boolean;
	/** Format stated in words (bilateral, trilateral, three-way, multilateral). */
	format: 'bilateral' | 'trilateral' | 'multilateral' | null;
}

export const TOPICS = new Set(
	(
		'peace trade merger ceasefire cease truce nuclear brexit takeover acquisition climate border security arms ' +
		'wage pay contract labor labour debt budget coalition settlement buyout tariff tariffs hostage prisoner ' +
		'partnership alliance investment funding bailout rescue sale purchase licensing strike union gas energy oil'
	).split(' ')
);

const FORMATS: Record<string, TalksCue['format']> = {
	bilateral: 'bilateral',
	'two-way': 'bilateral',
	'one-on-one': 'bilateral',
	trilateral: 'trilateral',
	'three-way': 'trilateral',
	tripartite: 'trilateral',
	'three-party': 'trilateral',
	multilateral: 'multilateral',
	'four-way': 'multilateral',
	quadrilateral: 'multilateral',
	quadripartite: 'multilateral',
	'multi-party': 'multilateral',
	multiparty: 'multilateral'
};

// Subjects that make "talks" a verb ("he talks about", "who talks to")
const VERB_SUBJECTS = new Set('he she it who which one someone everyone anyone nobody'.split(' '));
// "talks up the stock", "talks tough", "talk show"
const VERB_PARTICLES = new Set('up down tough big shop sense show shows'.split(' '));

/** Objects after meet/met that make it a non-talks sense ("met the target", "met with outrage"). */
const MEET_NEGATIVE = new Set(
	(
		'target targets expectation expectations estimate estimates forecast forecasts demand demands deadline ' +
		'deadlines requirement requirements standard standards criteria criterion goal goals obligation obligations ' +
		'need needs cost costs challenge challenges outrage resistance criticism skepticism scepticism opposition ' +
		'approval applause condemnation derision anger protest protests silence payroll duties duty threshold ' +
		'quota quotas condition conditions end fate death muster shortfall commitments payments payment debts ' +
		'guidance projections specifications specification benchmark benchmarks mandate criticisms backlash ' +
		'disapproval dismay surprise ridicule scorn fury indifference enthusiasm success failure limit limits ' +
		'rules rule test tests consensus objective objectives requests request eye eyes reporters journalists ' +
		'press media fans supporters students voters protesters crowds crowd wife husband girlfriend boyfriend fiancee fiance parents mother father'
	).split(' ')
);

/** Words after meet/met that point at people or a place, so the meeting is one between parties. */
const MEET_POSITIVE = new Set(
	(
		'with again counterpart counterparts officials official leaders leader delegation delegations ' +
		'representatives envoy envoys president minister ministers negotiators diplomats executives privately ' +
		'secretly briefly face in at on for twice separately later today tomorrow yesterday last next this ' +
		'earlier over during regularly several behind'
	).split(' ')
);

/** Subjects of meet/met that are people or sides: "Representatives of the two firms met". */
const MEET_SUBJECTS = new Set(
	(
		'representatives officials leaders delegations delegates negotiators ministers executives envoys diplomats ' +
		'sides parties presidents counterparts mediators bosses chiefs lawmakers unions'
	).split(' ')
);
// capitalised words in front of "met" that name no one
const NOT_SUBJECT = new Set('the a an it its this that he she they we i but and when after before as'.split(' '));

// "board meeting", "shareholder meeting": gatherings of one body, not talks between parties
const MEETING_NEGATIVE_BEFORE = new Set(
	(
		'board shareholder shareholders annual general staff town policy budget cabinet committee fed fomc hall club ' +
		'faculty prayer family council church school team sales investor investors press bank fed'
	).split(' ')
);

// "meeting room", "meeting minutes": a thing named after meetings
const MEETING_COMPOUNDS = new Set('room rooms hall halls minutes notes point points place places space spaces house houses'.split(' '));

/** One body meeting on its own ("The board met", "the Senate Judiciary Committee met"): not talks between parties. */
const BODY_SUBJECTS = new Set(
	(
		'board boards committee committees cabinet council panel jury parliament senate congress assembly court ' +
		'directors shareholders politburo legislature caucus fed fomc club team squad commission subcommittee ' +
		'conference synod bench trustees regulators'
	).split(' ')
);
// auxiliaries between a subject and meet/met: "will meet", "is due to meet", "had met"
const AUXILIARIES = new Set('will would shall should could can may might must is are was were be been has have had to due set expected scheduled again also then later not never already also first once'.split(' '));

/** The head word of the subject right before meet/met, skipping auxiliaries. */
function subjectBefore(tokens: readonly Token[], i: number): string {
	for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
		const w = tokens[k]!.lower;
		if (AUXILIARIES.has(w)) continue;
		return w;
	}
	return '';
}

const NOUN_BEFORE = new Set(
	(
		'a an the this that their its his her our first second third next last emergency bilateral trilateral ' +
		'multilateral private secret closed virtual weekly monthly high high-level planned scheduled rare historic ' +
		'face s ’s \' ministerial'
	).split(' ')
);

// "second round", "next round": a later round
const LATER_ROUND = new Set('second third fourth fifth sixth next another new fresh latest further renewed'.split(' '));

// words that number a round of talks
const ROUND_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth next another new fresh latest final previous last'.split(' '));
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth final'.split(' '));

// "a previous round of negotiations", "earlier talks": a round before the one reported
const EARLIER = new Set('previous earlier last prior past failed'.split(' '));

const CONTINUE_WORDS = new Set('resume resumes resumed resuming resumption reconvene reconvenes reconvened continue continues'.split(' '));

// verbs and prepositions that end the noun phrase of a talks word when looking back from it
const LOOKBACK_STOP = new Set(
	(
		'a an of in at for on to with by resumed resume resumes held hold holds holding began begin begins start ' +
		'started starts opened open opens ended end ends hosted host hosts joined join attended attend concluded ' +
		'conclude entered enter enters continue continued called call calls after following during before ' +
		'agreed agree agrees will would could may might is are was were be been has have had said says into'
	).split(' ')
);

const DETERMINERS = new Set(['the', 'these', 'those', 'such']);

function wordAt(tokens: readonly Token[], i: number): string {
	return tokens[i]?.lower ?? '';
}

/** The first talks word at or after token `from`; weak and delegation words only when `strongOnly` is off and no strong word follows. */
function findTrigger(tokens: readonly Token[], from = 0, strongOnly = false): { kind: CueKind; i: number; j: number } | null {
	let attach: { kind: CueKind; i: number; j: number } | null = null;
	let weak: { kind: CueKind; i: number; j: number } | null = null;
	for (let i = from; i < tokens.length; i++) {
		const t = tokens[i]!;
		const w = t.lower;
		const prev = wordAt(tokens, i - 1);
		const next = wordAt(tokens, i + 1);
		if (w === 'talks') {
			if (VERB_PARTICLES.has(next)) continue;
			if (VERB_SUBJECTS.has(prev)) continue;
			return { kind: 'talks', i, j: i };
		}
		if (w === 'negotiations' || w === 'negotiation' || w === 'negotiating' || w === 'negotiate' || w === 'negotiates') {
			if (w === 'negotiating' && next === 'table' && prev !== 'the') continue;
			// "his negotiating team", "their negotiating position": a delegation or a stance, not talks
			if (w === 'negotiating' && /^(team|teams|delegation|delegations|position|positions|stance|strategy|power|skills|leverage|mandate|partner|partners|committee)$/.test(next)) {
				if (!attach && /^(team|teams|delegation|delegations)$/.test(next)) attach = { kind: 'attach', i, j: i + 1 };
				continue;
			}
			return { kind: 'negotiations', i, j: i };
		}
		if (w === 'negotiated' && next === 'with') return { kind: 'negotiations', i, j: i };
		if (w === 'summit' || w === 'summits') {
			// the top of a mountain, not a meeting ("summit of NATO leaders" is one)
			if (next === 'of' && /^(mount|mt|mont|everest|kilimanjaro|k2|the mountain|the hill)$/.test(wordAt(tokens, i + 2))) continue;
			return { kind: 'summit', i, j: i };
		}
		if (w === 'call' || w === 'calls' || w === 'conversation') {
			// "held a phone call", "phone calls with", not "can make video calls"
			if ((prev === 'phone' || prev === 'telephone' || prev === 'video') && (w !== 'calls' || next === 'with' || next === 'between'))
				return { kind: 'call', i: i - 1, j: i };
			continue;
		}
		if (w === 'spoke' || w === 'speak' || w === 'speaks' || w === 'talked' || w === 'spoken') {
			if ((next === 'by' || next === 'on' || next === 'over' || next === 'via') && /^(tele)?phone$/.test(wordAt(tokens, i + 2)))
				return { kind: 'call', i, j: i + 2 };
			// "Biden spoke with Chinese President Xi Jinping by phone"
			if (next === 'with' || next === 'to') {
				for (let k = i + 2; k < tokens.length && k <= i + 10; k++) {
					const x = tokens[k]!.lower;
					if (/^(phone|telephone|call)$/.test(x) && /^(by|a|the|over|on|in|via)$/.test(wordAt(tokens, k - 1) || '')) return { kind: 'call', i, j: i };
					if (!tokens[k]!.word && x !== '.' && x !== '-' && x !== '’' && x !== "'") break;
				}
			}
			continue;
		}
		if (w === 'meeting' || w === 'meetings' || w === 'meet' || w === 'meets' || w === 'met') {
			// "a board meeting", "a meeting of minds"
			if ((w === 'meeting' || w === 'meetings') && (MEETING_NEGATIVE_BEFORE.has(prev) || (next === 'of' && /^minds?$/.test(wordAt(tokens, i + 2))))) continue;
			// "The board met", "The committee will meet again": a body meeting on its own
			if (w !== 'meeting' && w !== 'meetings' && BODY_SUBJECTS.has(subjectBefore(tokens, i))) continue;
			const noun = (w === 'meeting' || w === 'meetings') && (NOUN_BEFORE.has(prev) || /^(with|between|of|in|on|at|was|were|is|are|will|has|had|ended|took|,|\.)$/.test(next) || next === '');
			if (noun) {
				if (MEETING_NEGATIVE_BEFORE.has(prev) || MEETING_COMPOUNDS.has(next)) continue;
				return { kind: 'meeting', i, j: i };
			}
			// verb: look at what follows
			const window = tokens.slice(i + 1, i + 5).filter((x) => x.word);
			if (window.some((x) => MEET_NEGATIVE.has(x.lower))) continue;
			const first = window[0];
			if (!first) continue;
			// or the subject is people or a party: "Representatives of the two firms met last week"
			const subject = tokens.slice(Math.max(0, i - 6), i).some((x) => MEET_SUBJECTS.has(x.lower) || (x.cap && x.start > 0 && !NOT_SUBJECT.has(x.lower)));
			const ok = MEET_POSITIVE.has(first.lower) || first.cap || subject || (DETERMINERS.has(first.lower) === false && window.slice(0, 3).some((x) => x.cap || MEET_POSITIVE.has(x.lower)));
			if (ok) return { kind: 'meeting', i, j: i };
			continue;
		}
		if (!weak && (w === 'discussions' || w === 'consultations')) weak = { kind: 'discussions', i, j: i };
		// "The next round will take place in Rome", not "a funding round" or "a second round of voting"
		if (!weak && (w === 'round' || w === 'rounds') && ROUND_WORDS.has(prev) && !(next === 'of' && !/^(talks|negotiations|discussions|consultations|meetings)$/.test(wordAt(tokens, i + 2))))
			weak = { kind: 'round', i: i - 1, j: i };
		if (!attach && (w === 'delegation' || w === 'delegations' || w === 'negotiators' || w === 'negotiator')) attach = { kind: 'attach', i, j: i };
	}
	return strongOnly ? null : (weak ?? attach);
}

/**
 * Finds whether a sentence reports talks: negotiations, talks, meetings, summits, phone calls or
 * rounds between parties, diplomatic or business. Returns the cue, or `null` for sentences about
 * something else, including senses of the same words that are not talks ("met the target",
 * "met with outrage", "talk show", "talks up the stock", "board meeting").
 * Weak words (discussions, consultations) and delegation words are returned with their own kinds:
 * the caller lets them only add to talks it has found.
 */
export function detectTalks(text: string): TalksCue | null {
	const tokens = tokenize(text);
	const found = findTrigger(tokens);
	return found ? readCue(text, tokens, found, 0) : null;
}

/**
 * Every talks cue of a sentence: the first as {@link detectTalks} finds it, then each further strong
 * talks word in a later clause ("Brexit talks will intensify after Johnson and Varadkar met near
 * Liverpool on Thursday" has two).
 */
export function detectAllTalks(text: string): TalksCue[] {
	const tokens = tokenize(text);
	const out: TalksCue[] = [];
	let found = findTrigger(tokens);
	let from = 0;
	// a news sentence reports a handful of talks at most; the cap keeps odd input linear
	while (found && out.length < MAX_CUES) {
		out.push(readCue(text, tokens, found, from));
		if (found.kind === 'discussions' || found.kind === 'attach' || found.kind === 'round') break;
		// the next talks word counts only past a clause break: "the talks, the first talks since 2022" is one
		let k = found.j + 1;
		while (k < tokens.length && !CLAUSE_BREAK.has(tokens[k]!.lower)) k++;
		from = k;
		found = k < tokens.length ? findTrigger(tokens, k + 1, true) : null;
	}
	return out;
}

const MAX_CUES = 4;

// words and marks that open another clause, for detectAllTalks
const CLAUSE_BREAK = new Set(['after', 'before', 'while', 'as', 'but', 'when', 'ahead', ';', 'whereas', 'although', 'following']);

/** Reads the cue around a talks word; `clauseStart` is the token where its clause starts (a topic is looked for from there). */
function readCue(text: string, tokens: readonly Token[], found: { kind: CueKind; i: number; j: number }, clauseStart: number): TalksCue {
	const first = tokens[found.i]!;
	const last = tokens[found.j]!;
	const trigger: Span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };

	// look back a few words for topic, format and determiner ("the historic trilateral peace talks")
	let topic: string | null = null;
	let format: TalksCue['format'] = null;
	let definite = false;
	// "the first round of talks": look back from "round"
	let from = found.i - 1;
	if (wordAt(tokens, from) === 'of' && /^rounds?$/.test(wordAt(tokens, from - 1))) from -= 2;
	for (let k = from; k >= 0 && k >= from - 4; k--) {
		const t = tokens[k]!;
		const w = t.lower;
		if (w === '-' && FORMATS[`${wordAt(tokens, k - 1)}-${wordAt(tokens, k + 1)}`]) continue;
		if (!t.word && w !== '“' && w !== '”' && w !== '"') break;
		if (TOPICS.has(w)) {
			topic ??= w === 'cease' ? 'ceasefire' : w;
			continue;
		}
		const hyphen = `${wordAt(tokens, k - 2)}-${w}`;
		if (wordAt(tokens, k - 1) === '-' && FORMATS[hyphen]) format = FORMATS[hyphen] ?? null;
		if (FORMATS[w]) {
			format = FORMATS[w] ?? null;
			continue;
		}
		if (DETERMINERS.has(w)) {
			// only a noun refers back: "the two firms met" is no back-reference
			definite = !/^(meet|meets|met|negotiate|negotiates|negotiating|negotiated)$/.test(first.lower);
			break;
		}
		// a name or a verb ends the noun phrase: "the EU resumed Brexit negotiations" is not "the negotiations"
		if (t.cap || LOOKBACK_STOP.has(w)) break;
	}
	if (topic === null) {
		for (let k = clauseStart + 1; k < tokens.length; k++) {
			const w = tokens[k - 1]!.lower;
			if (TOPICS.has(w) && /^(talks|negotiations|summit|meeting)$/.test(tokens[k]!.lower)) {
				topic = w === 'cease' ? 'ceasefire' : w;
				break;
			}
		}
	}
	// "trade talks" written as "Trade talks" or topic after: "talks on trade" is left to the label
	const lowerText = text.toLowerCase();
	if (!format) {
		for (const [word, f] of Object.entries(FORMATS)) if (lowerText.includes(word)) format = f;
	}

	let continuation = false;
	for (let k = 0; k < tokens.length; k++) {
		const w = tokens[k]!.lower;
		const near = Math.abs(k - found.i) <= 8;
		if (CONTINUE_WORDS.has(w) && near) continuation = true;
		if ((w === 'round' || w === 'rounds') && LATER_ROUND.has(wordAt(tokens, k - 1))) continuation = true;
		if (w === 'again' && near && found.kind === 'meeting') continuation = true;
		if ((w === 'further' || w === 'more' || w === 'fresh' || w === 'renewed') && k === found.i - 1) continuation = true;
		if (w === 'follow' && wordAt(tokens, k + 1) === '-' && wordAt(tokens, k + 2) === 'up' && near) continuation = true;
	}
	let earlier = false;
	for (let k = Math.max(0, found.i - 4); k < found.i; k++) {
		const w = tokens[k]!.lower;
		if (EARLIER.has(w) && (/^rounds?$/.test(wordAt(tokens, k + 1)) || k === found.i - 1)) earlier = true;
	}
	if (earlier) continuation = false;
	// "a fourth round of nuclear talks", "the next round"
	let round: string | null = null;
	for (let k = Math.max(1, found.i - 3); k <= found.j + 1 && k < tokens.length; k++)
		if (/^rounds?$/.test(tokens[k]!.lower) && ROUND_WORDS.has(wordAt(tokens, k - 1))) round = wordAt(tokens, k - 1);
	if (round && ORDINALS.has(round) && round !== 'first' && round !== 'final') continuation = true;
	if (found.kind === 'round' && !earlier) continuation = round !== 'first';
	return { kind: found.kind, trigger, topic, continuation, definite, format, earlier, round };
}
