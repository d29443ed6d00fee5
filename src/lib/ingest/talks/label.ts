import { MAX_LABEL } from '../events/headline.ts';
import type { TalksFormat } from '../types.ts';
import type { CueKind } from './detect.ts';
import type { TalksStatus } from './status.ts';
import { isBody } from './parties.ts';

/** What a talks label is made of. */
export interface TalksLabelParts {
	kind: CueKind;
	topic: string | null;
	format: TalksFormat | null;
	place: string | null;
	parties: readonly string[];
	status: TalksStatus;
	/** A later round: "Talks resume". */
	continuation: boolean;
	/** The word that numbers the round: "fourth" gives "Fourth round of talks". */
	round?: string | null;
}

const NOUNS: Record<CueKind, { word: string; plural: boolean }> = {
	talks: { word: 'talks', plural: true },
	negotiations: { word: 'negotiations', plural: true },
	summit: { word: 'summit', plural: false },
	meeting: { word: 'meeting', plural: false },
	call: { word: 'phone call', plural: false },
	discussions: { word: 'talks', plural: true },
	round: { word: 'talks', plural: true },
	attach: { word: 'talks', plural: true }
};

/** Words that number a round in a label ("Fourth round of talks"). */
export const ORDINALS: ReadonlySet<string> = new Set('first second third fourth fifth sixth seventh eighth ninth tenth final'.split(' '));

// venues named with "the": "Meeting at the White House"
const AT_THE = new Set(['White House', 'Kremlin', 'Elysee', 'Élysée', 'Vatican', 'Pentagon']);

const PROPER_TOPICS: Record<string, string> = { brexit: 'Brexit' };

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A talks event's label, in headline style and at most `MAX_LABEL` characters: "Trilateral talks
 * held in Abu Dhabi", "Talks resume", "Merger talks between Acme and Globex cancelled", "Summit in
 * Geneva postponed". Talks that were held say so ("held"); the status of others is the mark's
 * (the timeline writes "Scheduled:" before it). It names the place, and the parties with it when
 * there are one or two ("Talks held between Russia and Ukraine in Istanbul"); what would make it
 * too long is left out (the parties, then the place, then the topic and format), never cut off.
 */
export function formatTalksLabel(p: TalksLabelParts): string {
	// "meet again" is a resumption of talks, not of one meeting
	const noun = p.continuation && p.kind === 'meeting' ? NOUNS.talks : NOUNS[p.kind];
	const ordinal = p.round && ORDINALS.has(p.round) ? p.round : null;
	const suffix = p.status === 'postponed' ? ' postponed' : p.status === 'cancelled' ? ' cancelled' : '';
	// a meeting or summit that a body of states is a party of is that body's, its members and host
	// left out ("G7 meeting held in Washington", "BRICS summit held in Kazan"); other parties come
	// after the noun ("Talks held with Japan", "... between Nissan and Honda")
	const body = p.kind === 'meeting' || p.kind === 'summit' ? (p.parties.find(isBody) ?? null) : null;
	const write = (detail: boolean, where: 'both' | 'place' | 'parties' | null): string => {
		const words: string[] = [];
		if ((where === 'both' || where === 'parties') && body) words.push(body);
		if (p.status === 'proposed') words.push('proposed');
		if (ordinal) words.push(ordinal, 'round of');
		if (detail && p.format && !p.continuation) words.push(p.format);
		if (detail && p.topic) words.push(PROPER_TOPICS[p.topic] ?? p.topic);
		words.push(noun.word);
		if (p.continuation && !ordinal && p.status !== 'cancelled' && p.status !== 'postponed') words.push(noun.plural ? 'resume' : 'resumes');
		else if (p.status === 'held' && !p.continuation) words.push('held');
		let label = capitalise(words.join(' '));
		if ((where === 'both' || where === 'parties') && !body) label += p.parties.length === 1 ? ` with ${p.parties[0]}` : ` between ${joinNames(p.parties)}`;
		if ((where === 'both' || where === 'place') && p.place) label += AT_THE.has(p.place) ? ` at the ${p.place}` : ` in ${p.place}`;
		return label + suffix;
	};
	// up to four parties, and with a place only one or two: a third or fourth named in the sentence
	// is as often a host, a mediator or the topic ("talks on the war in Ukraine")
	const withParties = body !== null || (p.parties.length >= 1 && p.parties.length <= (p.place ? 2 : 4));
	const where = p.place ? (withParties ? 'both' : 'place') : withParties ? 'parties' : null;
	const fallbacks = where === 'both' ? (['both', 'place', 'parties'] as const) : ([where] as const);
	const tries = [...fallbacks.map((at) => [true, at] as const), [true, null] as const, ...fallbacks.map((at) => [false, at] as const), [false, null] as const];
	for (const [detail, at] of tries) {
		const label = write(detail, at);
		if (label.length <= MAX_LABEL) return label;
	}
	return write(false, null);
}
