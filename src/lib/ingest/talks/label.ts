import type { TalksFormat } from '../types.ts';
import type { CueKind } from './detect.ts';
import type { TalksStatus } from './status.ts';

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

const MAX = 80;

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
 * A short gist of a talks event, at most about 80 characters: "Trilateral talks in Abu Dhabi",
 * "Talks resume", "Merger talks between Acme and Globex", "Summit in Geneva postponed".
 * The place wins over the parties; parties are left out when they would make it too long.
 */
export function formatTalksLabel(p: TalksLabelParts): string {
	// "meet again" is a resumption of talks, not of one meeting
	const noun = p.continuation && p.kind === 'meeting' ? NOUNS.talks : NOUNS[p.kind];
	const words: string[] = [];
	if (p.status === 'proposed') words.push('proposed');
	if (p.format && !p.continuation) words.push(p.format);
	if (p.topic) words.push(PROPER_TOPICS[p.topic] ?? p.topic);
	const ordinal = p.round && ORDINALS.has(p.round) ? p.round : null;
	if (ordinal) words.splice(p.status === 'proposed' ? 1 : 0, 0, ordinal, 'round of');
	words.push(noun.word);
	if (p.continuation && !ordinal && p.status !== 'cancelled' && p.status !== 'postponed') words.push(noun.plural ? 'resume' : 'resumes');
	let label = capitalise(words.join(' '));
	const suffix = p.status === 'postponed' ? ' postponed' : p.status === 'cancelled' ? ' cancelled' : '';
	if (p.place) label += AT_THE.has(p.place) ? ` at the ${p.place}` : ` in ${p.place}`;
	else if (p.parties.length >= 1 && p.parties.length <= 4) {
		const between = p.parties.length === 1 ? ` with ${p.parties[0]}` : ` between ${joinNames(p.parties)}`;
		if ((label + between + suffix).length <= MAX) label += between;
	}
	label += suffix;
	if (label.length > MAX) {
		const cut = label.slice(0, MAX - 1);
		const space = cut.lastIndexOf(' ');
		label = (space > 0 ? cut.slice(0, space) : cut) + '…';
	}
	return label;
}
