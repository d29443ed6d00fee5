/**
 * The storylines a generated corpus reports on: who negotiates with whom, about what, and the
 * dated rounds of talks (held, postponed, cancelled). Articles are drawn from these, so the same
 * round on the same day is reported by several articles, as in a real news archive.
 */
import { dayOf } from './corpusDates.ts';
import { Rng } from './corpusRandom.ts';
import {
	BUSINESS_TITLES,
	BUSINESS_TOPICS,
	COMPANIES,
	NAMES,
	NEUTRAL_VENUES,
	ORGANISATIONS,
	STATES,
	STATE_TITLES,
	STATE_TOPICS,
	UNIONS,
	type PartyInfo
} from './corpusWords.ts';

/** First and last publication day of a generated corpus (2016-01-01 to 2026-06-30): fixed, so output never depends on the clock, and in the past, as real publication dates are. */
export const FIRST_DAY = dayOf(2016, 1, 1);
export const LAST_DAY = dayOf(2026, 6, 30);

/** An invented person with a title ("Foreign Minister Olena Petrenko"). */
export interface Person {
	title: string;
	name: string;
	/** Surname, for second mentions. */
	last: string;
}

/** One party at the table, with who leads its team and who speaks for it at a summit. */
export interface Side {
	party: PartyInfo;
	negotiator: Person;
	/** A negotiator replaced part-way through the storyline, from round `replacedAt` on. */
	successor: Person | null;
	replacedAt: number;
	leader: Person;
}

/** One round of talks. `day` is when it took place; postponed rounds keep the day first planned. */
export interface Round {
	/** 1-based order within the storyline. */
	n: number;
	kind: 'talks' | 'meeting' | 'summit';
	place: string;
	/** First day it took place (held or postponed-then-held), or was planned (cancelled). */
	day: number;
	/** How many days it ran. */
	days: number;
	/** Hours of the first session. */
	hours: number;
	status: 'held' | 'postponed' | 'cancelled';
	/** For postponed and cancelled rounds: the day first planned, and when the change was announced. */
	plannedDay: number;
	announcedDay: number;
	/** How much coverage this round draws relative to others. */
	weight: number;
}

/** A negotiation followed over months or years. */
export interface Storyline {
	id: number;
	kind: 'state' | 'business';
	sides: Side[];
	topic: string;
	issues: readonly string[];
	/** What set the talks off, and when ("the border clashes that erupted", 2019-06-12). */
	origin: string;
	originDay: number;
	rounds: Round[];
	/** How much coverage the storyline draws: a few dominate, as real news cycles do. */
	weight: number;
}

/** The storylines of one seed. */
export interface World {
	storylines: Storyline[];
	/** Cumulative storyline weights, for picking one per article. */
	weights: number[];
}

const STORYLINES = 48;

function person(rng: Rng, party: PartyInfo, title: string): Person {
	const names = NAMES[party.region];
	const last = rng.pick(names.last);
	return { title, name: `${rng.pick(names.first)} ${last}`, last };
}

function leaderTitle(party: PartyInfo): string {
	if (party.kind === 'company') return 'chief executive';
	if (party.kind === 'union') return 'general secretary';
	if (party.kind === 'organisation') return 'Secretary-General';
	return ['the United Kingdom', 'Japan', 'India', 'Pakistan', 'Israel', 'Canada', 'Australia'].includes(party.name) ? 'Prime Minister' : 'President';
}

function side(rng: Rng, party: PartyInfo): Side {
	const business = party.kind === 'company' || party.kind === 'union';
	const title = business ? rng.pick(BUSINESS_TITLES) : rng.pick(STATE_TITLES);
	const negotiator = person(rng, party, title);
	const successor = rng.chance(0.3) ? person(rng, party, business ? rng.pick(BUSINESS_TITLES) : rng.pick(STATE_TITLES)) : null;
	return { party, negotiator, successor, replacedAt: rng.int(3, 6), leader: person(rng, party, leaderTitle(party)) };
}

function createRounds(rng: Rng, kind: Storyline['kind'], sides: Side[], start: number): Round[] {
	const venues =
		kind === 'state'
			? rng.sample(NEUTRAL_VENUES, rng.int(1, 3))
			: rng.sample(sides.map((s) => s.party.seat).concat(['New York', 'London', 'Geneva']), rng.int(1, 3));
	const count = rng.int(3, 11);
	const rounds: Round[] = [];
	let day = start;
	for (let n = 1; n <= count && day < LAST_DAY - 30; n++) {
		const last = n === count;
		const status: Round['status'] = n > 1 && rng.chance(0.1) ? 'cancelled' : rng.chance(0.14) ? 'postponed' : 'held';
		const plannedDay = day;
		let held = day;
		// a postponed round takes place one to five weeks later than planned
		if (status === 'postponed') held = day + rng.int(7, 35);
		const summit = kind === 'state' && last && count >= 4 && rng.chance(0.6);
		rounds.push({
			n,
			kind: summit ? 'summit' : rng.chance(0.2) ? 'meeting' : 'talks',
			// most rounds return to the main venue
			place: rng.chance(0.65) ? venues[0]! : rng.pick(venues),
			day: held,
			days: rng.pick([1, 1, 1, 2, 2, 3]),
			hours: rng.int(2, 9),
			status,
			plannedDay,
			announcedDay: plannedDay - rng.int(1, 6),
			weight: (summit ? 3 : 1) * rng.pick([1, 1, 2, 2, 3, 4])
		});
		day = held + rng.int(14, 110);
	}
	return rounds;
}

function createStoryline(rng: Rng, id: number): Storyline {
	const kind: Storyline['kind'] = rng.chance(0.72) ? 'state' : 'business';
	let parties: PartyInfo[];
	let topic: (typeof STATE_TOPICS)[number];
	if (kind === 'state') {
		topic = rng.pick(STATE_TOPICS);
		parties = rng.sample(STATES, rng.chance(0.22) ? 3 : 2);
		// an organisation takes part only in talks on its own field (the IAEA on nuclear questions)
		const orgs = ORGANISATIONS.filter((o) => o.topics.includes(topic.topic));
		if (orgs.length && rng.chance(0.15)) parties[parties.length - 1] = rng.pick(orgs);
	} else {
		const [a, b] = rng.sample(COMPANIES, 2);
		parties = rng.chance(0.4) ? [a!, rng.pick(UNIONS)] : [a!, b!];
		const unionTalks = parties.some((p) => p.kind === 'union');
		topic = rng.pick(BUSINESS_TOPICS.filter((t) => unionTalks === (t.topic === 'wage' || t.topic === 'contract')));
	}
	const sides = parties.map((p) => side(rng, p));
	// storylines start evenly across the decade (with jitter) so every year has coverage
	const span = (LAST_DAY - 200 - (FIRST_DAY + 20)) / STORYLINES;
	const start = FIRST_DAY + 20 + Math.floor((id + rng.next()) * span);
	return {
		id,
		kind,
		sides,
		topic: topic.topic,
		issues: topic.issues,
		origin: rng.pick(topic.origins),
		originDay: start - rng.int(30, 900),
		rounds: createRounds(rng, kind, sides, start),
		weight: rng.pick([1, 1, 1, 2, 2, 3, 4, 6, 9])
	};
}

/** Builds the storylines of a seed; they do not depend on how many articles are asked for. */
export function createWorld(seed: number): World {
	const rng = new Rng(seed, 0);
	const storylines: Storyline[] = [];
	for (let i = 0; i < STORYLINES; i++) storylines.push(createStoryline(rng, i));
	let total = 0;
	const weights = storylines.map((s) => (total += s.weight));
	return { storylines, weights };
}

/** The negotiator leading a side in round `n` (a successor takes over part-way through some storylines). */
export function negotiatorOf(s: Side, n: number): Person {
	return s.successor && n >= s.replacedAt ? s.successor : s.negotiator;
}
