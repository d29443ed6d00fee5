/**
 * Talks extraction: finds sentences that report negotiations, talks, meetings, summits and calls,
 * reads their place, parties, format, leaders, status and date, and merges the mentions of one round
 * from any number of articles into one `TimelineEvent` of kind `talks`. Rules: docs/talks.md.
 */
import { timexKey, type SentenceInput } from '../buildEvents.ts';
import type { EventDraft } from '../salience.ts';
import type { Timex } from '../types.ts';
import { pickTalksTimex } from './date.ts';
import { detectAllTalks, type TalksCue } from './detect.ts';
import { extractLeaders, type Leader } from './leaders.ts';
import { mergeTalks, type TalksCandidate } from './merge.ts';
import { absentParties, findParties, leaderName } from './parties.ts';
import { extractPlace } from './place.ts';
import { isNegated, resolveStatus } from './status.ts';

export type { TalksCandidate } from './merge.ts';
export type { SentenceInput } from '../buildEvents.ts';

/** Talks events and the date expressions they used. */
export interface TalksResult {
	/** Events of kind `talks`, merged across sentences and articles, with stable ids. */
	events: EventDraft[];
	/** Keys `${article}#${sentence}#${timex.start}` of the date expressions that date talks. */
	claimed: Set<string>;
}

/** Stems of every word that can make a sentence about talks or a delegation (see detect.ts, leaders.ts). */
const PREFILTER = /talks|negotiat|summit|meet|met\b|round|call|conversation|spoke|speak|talked|discussions|consultations|delegation|team|side|led\b|lead|head|chair|envoy/i;

/**
 * Reads one sentence as talks candidates (usually none or one; one per clause that reports talks).
 * `context.delegationParty` carries "Moscow’s delegation" into the next sentence ("It is now led by ...").
 */
function readTalksSentence(input: SentenceInput, context: { delegationParty?: string | null; delegation?: boolean } = {}): {
	candidates: TalksCandidate[];
	delegationParty: string | null;
	delegation: boolean;
} {
	// most sentences of an article have none of these stems: skip them before tokenising
	if (!PREFILTER.test(input.text)) return { candidates: [], delegationParty: null, delegation: false };
	const cues = detectAllTalks(input.text);
	const lead = extractLeaders(input.text, { delegationParty: context.delegationParty ?? null });
	const next = { delegationParty: lead.delegationParty, delegation: lead.delegation };
	if (cues.length === 0) {
		// a leader sentence without a talks word only counts right after a delegation is named
		if (lead.leaders.length === 0 || (!lead.delegation && !context.delegation)) return { candidates: [], ...next };
		return { candidates: [readCandidate(input, null, lead.leaders, false)], ...next };
	}
	const candidates: TalksCandidate[] = [];
	cues.forEach((cue, n) => {
		// "would not meet Putin", "rejected direct talks": no talks to put on the timeline
		if (cue.kind !== 'attach' && isNegated(input.text, cue.trigger)) return;
		candidates.push({ ...readCandidate(input, cue, n === 0 ? lead.leaders : [], n > 0), clause: n });
	});
	return { candidates, ...next };
}

/** One talks candidate of a sentence, read around its cue (or a leader-only sentence when `cue` is null). */
function readCandidate(input: SentenceInput, cue: TalksCue | null, leaders: Leader[], clauseOnly: boolean): TalksCandidate {
	const trigger = cue?.trigger ?? { text: '', start: 0, end: 0 };
	const place = cue && cue.kind !== 'attach' ? extractPlace(input.text, trigger, { clauseOnly }) : null;
	// a named delegation leader stands for a party, and is not one
	const leaderNames = new Set(leaders.map((l) => l.name));
	const hits = findParties(input.text, { exclude: place ? [place] : [], trigger: cue ? trigger : undefined, clauseOnly, definite: cue?.definite });
	// parties are states and organisations, with the people named for them as their leaders
	// ("Secretary of State James Baker met Iraqi Foreign Minister Tariq Aziz"); a person whose state
	// the sentence does not say leads for an unknown party and is none
	const people: Leader[] = [];
	const named = new Set(leaders.map((l) => leaderName(l.name)));
	for (const h of hits)
		for (const person of h.people ?? []) {
			if (named.has(person) || [...named].some((n) => n.endsWith(` ${person}`) || person.endsWith(` ${n}`))) continue;
			people.push({ name: person, party: h.via === 'name' ? null : h.name });
			named.add(person);
			leaderNames.add(person);
		}
	leaders = [...leaders, ...people];
	const parties = hits
		.filter((h) => !(h.via === 'name' && h.people))
		.map((h) => h.name)
		.filter((name) => !leaderNames.has(name));
	for (const l of leaders) if (l.party && !parties.includes(l.party)) parties.push(l.party);
	// weak words ("discussions", "phone calls") only stand alone when they name who is talking
	const nobody = parties.length === 0 && !place;
	const weak =
		(cue?.kind === 'discussions' && parties.length < 2) ||
		(cue?.kind === 'call' && parties.length === 0) ||
		((cue?.kind === 'meeting' || cue?.kind === 'summit') && nobody && !cue.definite && !cue.continuation && !cue.earlier && !twoSidesMeet(input.text, trigger));
	const attachOnly = !cue || cue.kind === 'attach' || weak;
	// a sentence that only adds to talks found before does not date them: its dates are about something else
	const timex = cue && !attachOnly ? pickTalksTimex(input.text, input.timexes, trigger) : null;
	const status = resolveStatus(input.text, timex ? moodOf(timex, input.articleDate) : null, cue ? trigger : undefined);
	return {
		article: input.article,
		articleDate: input.articleDate,
		sentence: input.sentence,
		text: input.text,
		cue,
		attachOnly,
		status,
		date: timex?.when ?? null,
		timex,
		place: place?.text ?? null,
		parties,
		leaders,
		mention: {
			article: input.article,
			sentence: input.sentence,
			sentenceText: input.text,
			text: timex?.text ?? '',
			start: timex?.start ?? 0,
			end: timex?.end ?? 0
		}
	};
}

/** "Junior doctors and the government are due to meet": two sides named before meet/met, even in lower case. */
function twoSidesMeet(text: string, trigger: { text: string; start: number; end: number }): boolean {
	if (!/^(?:meet|meets|met)$/i.test(trigger.text)) return false;
	const before = text.slice(Math.max(0, trigger.start - 80), trigger.start);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
	return /\b(?:and|both sides|the two sides|the two)\b/i.test(cut >= 0 ? before.slice(cut + 1) : before);
}

/**
 * The tense of a dating expression: a date wholly after the article's is still to come and one
 * wholly before it has passed, whatever the clause's wording ("agreed to hold talks next week");
 * otherwise the mood the timex module read.
 */
function moodOf(timex: Timex, articleDate: string): Timex['mood'] {
	const when = timex.when;
	if (when && when.start > articleDate) return 'future';
	if (when && when.end < articleDate) return 'past';
	return timex.mood;
}

/**
 * The talks candidates of one article's sentences, in sentence order: independent of every other
 * article, so the build runs it in its workers.
 */
export function readArticleTalks(sentences: readonly SentenceInput[]): TalksCandidate[] {
	const candidates: TalksCandidate[] = [];
	let context: { delegationParty: string | null; delegation: boolean } = { delegationParty: null, delegation: false };
	// a party a sentence says stayed away ("Hamas did not attend the meeting") is no side of the talks
	// the sentences just before or after it tell
	const absent = new Map<number, string[]>();
	for (const s of sentences) {
		const read = readTalksSentence(s, context);
		context = { delegationParty: read.delegationParty, delegation: read.delegation };
		for (const c of read.candidates) candidates.push(c);
		const gone = absentParties(s.text);
		if (gone.length) absent.set(s.sentence, gone);
	}
	if (absent.size)
		for (const c of candidates) {
			const gone = [c.sentence - 2, c.sentence - 1, c.sentence, c.sentence + 1, c.sentence + 2].flatMap((n) => absent.get(n) ?? []);
			if (!gone.length) continue;
			c.parties = c.parties.filter((p) => !gone.includes(p));
			c.leaders = c.leaders.filter((l) => !l.party || !gone.includes(l.party));
		}
	return candidates;
}

/**
 * Talks events from candidates of many articles (each article's in sentence order): one event per
 * round, merged across articles and linked into series; the step that needs every article at once.
 */
export function mergeTalksCandidates(candidates: readonly TalksCandidate[]): TalksResult {
	const ordered = [...candidates].sort((a, b) =>
		a.articleDate !== b.articleDate ? (a.articleDate < b.articleDate ? -1 : 1) : a.article !== b.article ? (a.article < b.article ? -1 : 1) : a.sentence - b.sentence || (a.clause ?? 0) - (b.clause ?? 0)
	);
	const events = mergeTalks(ordered);
	// a date expression is claimed when the mention that carries it made it into an event
	const claimed = new Set<string>();
	for (const e of events) for (const m of e.mentions) if (m.text) claimed.add(timexKey(m.article, m.sentence, m));
	return { events, claimed };
}
