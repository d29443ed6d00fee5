import type { EventDraft } from '../salience.ts';
import type { Mention, TalksFormat, TimelineEvent, Timex, When } from '../types.ts';
import { beforeDate } from './date.ts';
import type { TalksCue } from './detect.ts';
import { hashString } from '../hash.ts';
import { formatTalksLabel, ORDINALS } from './label.ts';
import { isPartyName, partyOf } from './parties.ts';
import type { Leader } from './leaders.ts';
import type { StatusReading, TalksStatus } from './status.ts';
import { dayNumberOf } from '../timex/calendar.ts';
import { daysBetween, rangesOverlap } from './text.ts';
import { dateDisagreement, groupReports, mentionsBySentence } from '../merge.ts';

/** One sentence's report of talks, read but not yet merged. */
export interface TalksCandidate {
	article: string;
	articleDate: string;
	sentence: number;
	/** Which talks word of the sentence this is (0 for the first; see `detectAllTalks`). */
	clause?: number;
	text: string;
	/** `null` for a sentence that only names a delegation leader ("It is now being led by ..."). */
	cue: TalksCue | null;
	/** Adds to talks found before in the article, never makes an event of its own. */
	attachOnly: boolean;
	status: StatusReading;
	/** The date the sentence gives the talks, or `null`. */
	date: When | null;
	timex: Timex | null;
	place: string | null;
	parties: string[];
	leaders: Leader[];
	mention: Mention;
}

/** The talks one article reports as one round: its sentences about that round. */
export interface TalksRound {
	key: number;
	article: string;
	articleDate: string;
	candidates: TalksCandidate[];
	place: string | null;
	parties: string[];
	/** Explicit date of the round, if a sentence gives one. */
	date: When | null;
	/** Whether the round has happened (`past`), is still to come (`future`), or the wording does not say (`any`). */
	tense: Tense;
	continuation: boolean;
	/** An earlier round than the article's main one ("a previous round collapsed"). */
	earlier: boolean;
	/** `key` of the round this one continues (resume, next round), in the same article. */
	predecessor: number | null;
	/** `key` of a later round of the same negotiation in the article ("a previous round collapsed"). */
	successor: number | null;
}

function overlapCount(a: readonly string[], b: readonly string[]): number {
	return a.filter((x) => b.includes(x)).length;
}

function addUnique(into: string[], from: readonly string[]): void {
	for (const x of from) if (!into.includes(x)) into.push(x);
}

type Tense = 'past' | 'future' | 'any';

/**
 * Held talks (read from wording) have happened; scheduled and proposed ones are still to come;
 * cancelled and postponed talks, and a bare mention, fit either.
 */
function tenseOf(s: StatusReading): Tense {
	if (s.strength === 0 || s.status === 'cancelled' || s.status === 'postponed') return 'any';
	return s.status === 'held' ? 'past' : 'future';
}

function tensesMeet(a: Tense, b: Tense): boolean {
	return a === 'any' || b === 'any' || a === b;
}

function explicitCompatible(a: When, b: When): boolean {
	return rangesOverlap(a.start, a.end, b.start, b.end);
}

/**
 * Groups the candidates of each article into rounds. A sentence joins the latest round of its article
 * that it does not contradict (same tense, overlapping dates, same place, shared or missing parties),
 * so "The talks were held behind closed doors" inherits the place and parties named before. A later
 * round ("Talks will resume on Sunday") starts a new round linked to the one it continues and takes its
 * parties. Delegation sentences only add to a round; undated scheduled talks that join none are dropped,
 * since they have no date to stand on.
 */
export function groupArticleRounds(candidates: readonly TalksCandidate[]): TalksRound[] {
	const sorted = [...candidates].sort(byPosition);
	const rounds: TalksRound[] = [];
	let articleRounds: TalksRound[] = [];
	let sentenceRounds: { sentence: number; rounds: Set<TalksRound> } = { sentence: -1, rounds: new Set() };
	let article = '';
	for (const c of sorted) {
		if (c.article !== article) {
			article = c.article;
			articleRounds = [];
			sentenceRounds = { sentence: -1, rounds: new Set() };
		}
		// the rounds that earlier clauses of this sentence went to (candidates of a sentence come together)
		if (sentenceRounds.sentence !== c.sentence) sentenceRounds = { sentence: c.sentence, rounds: new Set() };
		const tense = tenseOf(c.status);
		const continuation = c.cue?.continuation === true;
		const earlier = c.cue?.earlier === true;
		const fits = (r: TalksRound): boolean => {
			if (!tensesMeet(r.tense, tense)) return false;
			// two talks words of one sentence in different clauses are two events ("... after X and Y met near Liverpool")
			if (c.cue && sentenceRounds.sentence === c.sentence && sentenceRounds.rounds.has(r)) return false;
			if (continuation && !r.continuation) return false;
			if (earlier !== r.earlier) return false;
			if (c.date && r.date && !explicitCompatible(c.date, r.date)) return false;
			if (c.place && r.place && c.place !== r.place) return false;
			if (!c.cue?.definite && c.parties.length > 0 && r.parties.length > 0 && overlapCount(c.parties, r.parties) === 0) return false;
			return true;
		};
		// delegation sentences belong to the article's main round (its first of the same tense);
		// other sentences to the latest round they fit
		let target: TalksRound | undefined;
		if (c.attachOnly) target = articleRounds.find((r) => tensesMeet(r.tense, tense)) ?? articleRounds[0];
		else for (let k = articleRounds.length - 1; k >= 0 && !target; k--) if (fits(articleRounds[k]!)) target = articleRounds[k];
		if (target) {
			if (c.cue && !c.attachOnly) sentenceRounds.rounds.add(target);
			target.candidates.push(c);
			if (target.tense === 'any') target.tense = tense;
			target.place ??= c.place;
			target.date ??= c.date;
			addUnique(target.parties, c.parties);
			continue;
		}
		if (c.attachOnly) continue;
		if (!c.date && c.status.status === 'scheduled') continue;
		// "The next round ..." is about talks only in an article that has reported some
		if (c.cue?.kind === 'round' && articleRounds.length === 0) continue;
		const predecessor = continuation ? (articleRounds.findLast((r) => r.tense !== 'future') ?? articleRounds[articleRounds.length - 1] ?? null) : null;
		const successor = earlier ? (articleRounds[0] ?? null) : null;
		const round: TalksRound = {
			key: rounds.length,
			article: c.article,
			articleDate: c.articleDate,
			candidates: [c],
			place: c.place,
			parties: [...c.parties],
			date: c.date,
			tense,
			continuation,
			earlier,
			predecessor: predecessor?.key ?? null,
			successor: successor?.key ?? null
		};
		// rounds of one negotiation are between the same parties, even when a sentence does not say so
		const related = predecessor ?? successor;
		if (related && round.parties.length === 0) addUnique(round.parties, related.parties);
		rounds.push(round);
		articleRounds.push(round);
		if (c.cue) sentenceRounds.rounds.add(round);
	}
	// a resumption told before the round it resumes ("Talks to resume Sunday after a first round in
	// Abu Dhabi"): link it to that round once the article is read
	const mainRound = new Map<string, TalksRound>();
	for (const x of rounds) if (!x.continuation && x.tense !== 'future' && !x.earlier && !mainRound.has(x.article)) mainRound.set(x.article, x);
	for (const r of rounds) {
		if (!r.continuation || r.predecessor !== null) continue;
		const earlier = mainRound.get(r.article);
		if (!earlier) continue;
		r.predecessor = earlier.key;
		if (r.parties.length === 0) addUnique(r.parties, earlier.parties);
	}
	return rounds;
}

function byPosition(a: { articleDate: string; article: string; sentence: number }, b: { articleDate: string; article: string; sentence: number }): number {
	return a.articleDate < b.articleDate ? -1 : a.articleDate > b.articleDate ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence;
}

function roundWhen(r: TalksRound): When {
	return r.date ?? beforeDate(r.articleDate);
}

/** How far apart two dates may be and still be the same talks, in days (see docs/talks.md). */
const BEFORE_WINDOW = 14;
const BEFORE_PAIR_WINDOW = 7;
const DISAGREE_WINDOW = 2;

/** Whether two rounds' dates can be the same talks; `exact` when they agree, `close` when they differ slightly. */
function dateFit(a: When, b: When): 'exact' | 'fits' | 'close' | null {
	const aBefore = a.precision === 'before';
	const bBefore = b.precision === 'before';
	if (aBefore && bBefore) return Math.abs(daysBetween(a.end, b.end)) <= BEFORE_PAIR_WINDOW ? 'fits' : null;
	if (aBefore || bBefore) {
		const bound = aBefore ? a : b;
		const when = aBefore ? b : a;
		const gap = daysBetween(when.start, bound.end);
		return gap >= 0 && gap <= BEFORE_WINDOW ? 'fits' : null;
	}
	if (a.value === b.value) return 'exact';
	if (explicitCompatible(a, b)) return 'fits';
	const gap = Math.min(Math.abs(daysBetween(a.end, b.start)), Math.abs(daysBetween(b.end, a.start)));
	return gap <= DISAGREE_WINDOW ? 'close' : null;
}

interface Cluster {
	rounds: TalksRound[];
	articles: Set<string>;
	keys: Set<number>;
	parties: string[];
	places: string[];
	when: When;
	tense: Tense;
}

function clusterScore(cl: Cluster, r: TalksRound, linked: ReadonlyMap<number, number[]>): number | null {
	const when = roundWhen(r);
	const fit = dateFit(cl.when, when);
	if (!fit) return null;
	if (cl.articles.has(r.article)) return null;
	if ((linked.get(r.key) ?? []).some((k) => cl.keys.has(k))) return null;
	const eitherBefore = cl.when.precision === 'before' || when.precision === 'before';
	if (!tensesMeet(cl.tense, r.tense) && eitherBefore) return null;
	const o = overlapCount(cl.parties, r.parties);
	const minParties = Math.min(cl.parties.length, r.parties.length);
	const place = r.place;
	const samePlace = place !== null && cl.places.includes(place);
	const otherPlace = place !== null && cl.places.length > 0 && !samePlace;
	let ok: boolean;
	// a different place is a disagreement only when everything else agrees: the same parties, the same day
	if (otherPlace) ok = o >= 2 && o === cl.parties.length && o === r.parties.length && fit !== 'close';
	else if (o >= 2) ok = true;
	else if (o === 1) ok = minParties === 1 && !otherPlace && fit !== 'close';
	else ok = minParties === 0 && samePlace && !eitherBefore && fit !== 'close';
	if (!ok) return null;
	return o * 2 + (samePlace ? 3 : 0) + (fit === 'exact' ? 3 : 0) - (fit === 'close' ? 2 : 0);
}

/**
 * Index terms of a round: each party and place, crossed with the 30-day buckets its dates span
 * (`pad` more each side: a round looks up the buckets next to its own, so that rounds in
 * neighbouring months are compared).
 */
function termsOf(r: TalksRound, pad: number): string[] {
	const when = roundWhen(r);
	const from = Math.floor(dayNumberOf(when.start) / 30) - pad;
	// a year-long or vaguer date spans at most 14 buckets; wider ranges are rare and merge less
	const to = Math.min(Math.floor(dayNumberOf(when.end) / 30) + pad, from + 14 + 2 * pad);
	const names = [...r.parties.map((p) => `p:${p}`), ...(r.place ? [`l:${r.place}`] : [])];
	const keys: string[] = [];
	for (const n of names) for (let b = from; b <= to; b++) keys.push(`${n}|${b}`);
	return keys;
}

/**
 * Puts rounds reported by different articles together when they are the same talks (see
 * {@link groupArticleRounds}), by the one grouping of all events (`groupReports`): a round joins the
 * group of talks that shares a party or the place, in a month near its own, and that
 * {@link clusterScore} scores highest.
 */
export function clusterRounds(rounds: readonly TalksRound[]): TalksRound[][] {
	const linked = new Map<number, number[]>();
	const link = (a: number, b: number): void => {
		linked.set(a, [...(linked.get(a) ?? []), b]);
		linked.set(b, [...(linked.get(b) ?? []), a]);
	};
	for (const r of rounds) for (const other of [r.predecessor, r.successor]) if (other !== null) link(r.key, other);
	const ordered = [...rounds].sort((a, b) => byPosition(a.candidates[0]!, b.candidates[0]!));
	const groups = groupReports<TalksRound, Cluster>(ordered, {
		mode: 'best',
		terms: (r) => termsOf(r, 0),
		near: (r) => termsOf(r, 1),
		open: (r) => ({ rounds: [r], articles: new Set([r.article]), keys: new Set([r.key]), parties: [...r.parties], places: r.place ? [r.place] : [], when: roundWhen(r), tense: r.tense }),
		fit: (cl, _earlier, r) => clusterScore(cl, r, linked),
		join: (cl, from) => {
			for (const r of from.rounds) {
				cl.rounds.push(r);
				if (cl.tense === 'any') cl.tense = r.tense;
				cl.articles.add(r.article);
				cl.keys.add(r.key);
				addUnique(cl.parties, r.parties);
				if (r.place && !cl.places.includes(r.place)) cl.places.push(r.place);
				cl.when = narrower(cl.when, roundWhen(r));
			}
			return true;
		}
	});
	return groups.map((g) => g.state.rounds);
}

function narrower(a: When, b: When): When {
	if (a.precision === 'before' && b.precision === 'before') return a.end <= b.end ? a : b;
	if (a.precision === 'before') return b;
	if (b.precision === 'before') return a;
	return daysBetween(a.start, a.end) <= daysBetween(b.start, b.end) ? a : b;
}

/** Counts per value, by the number of articles that give it. */
function tally<T>(items: readonly { article: string; value: T }[], key: (v: T) => string): { value: T; key: string; count: number; first: number }[] {
	const out = new Map<string, { value: T; key: string; articles: Set<string>; first: number }>();
	items.forEach((it, i) => {
		const k = key(it.value);
		const row = out.get(k) ?? { value: it.value, key: k, articles: new Set<string>(), first: i };
		row.articles.add(it.article);
		out.set(k, row);
	});
	return [...out.values()]
		.map((r) => ({ value: r.value, key: r.key, count: r.articles.size, first: r.first }))
		.sort((a, b) => b.count - a.count || a.first - b.first);
}

const STATUS_RANK: Record<TalksStatus, number> = { cancelled: 5, postponed: 4, held: 3, scheduled: 2, proposed: 1 };

/** Builds one event from the rounds that report the same talks. */
function buildEvent(rounds: readonly TalksRound[]): EventDraft & { talks: NonNullable<TimelineEvent['talks']> } {
	const cands = rounds.flatMap((r) => r.candidates).sort(byPosition);
	const first = cands[0]!;
	const disagreements: string[] = [];

	// date: the explicit date most articles give; a month that contains it is no disagreement
	const explicit = cands.filter((c) => c.date !== null).map((c) => ({ article: c.article, value: c.date! }));
	const dates = tally(explicit, (w) => w.value);
	let when: When;
	if (dates.length > 0) {
		when = [...dates].sort((a, b) => b.count - a.count || daysBetween(a.value.start, a.value.end) - daysBetween(b.value.start, b.value.end) || a.first - b.first)[0]!.value;
		const chosen = when;
		const others = dates.filter((d) => d.value !== chosen && !(d.value.start <= chosen.start && chosen.end <= d.value.end));
		const row = dates.find((d) => d.value === chosen)!;
		if (others.length > 0) disagreements.push(dateDisagreement([row, ...others].map((d) => ({ when: d.value, articles: d.count }))));
	} else {
		when = beforeDate(rounds.map((r) => r.articleDate).sort()[0]!);
	}

	// "in Oman" agrees with "in Muscat": a country counts for a city of it that another article names
	const cityByCountry = new Map<string, string>();
	for (const c of cands) {
		if (c.place === null || isPartyName(c.place)) continue;
		const country = partyOf(c.place);
		if (country && !cityByCountry.has(country)) cityByCountry.set(country, c.place);
	}
	const cityOf = (country: string): string | null => cityByCountry.get(country) ?? null;
	const places = tally(
		cands.filter((c) => c.place !== null).map((c) => ({ article: c.article, value: (isPartyName(c.place!) && cityOf(partyOf(c.place!) ?? '')) || c.place! })),
		(p) => p
	);
	// "talks in Oman" and "talks in Muscat" agree: a country gives way to a place within it
	const cities = places.filter((p) => !isPartyName(p.value));
	if (cities.length > 0 && cities.length < places.length) places.splice(0, places.length, ...cities);
	const place = places[0]?.value ?? null;
	if (places.length > 1) disagreements.push(`Articles differ on the place: ${places.map((p) => `${p.key} (${p.count})`).join(', ')}`);

	const parties: string[] = [];
	for (const r of rounds) addUnique(parties, r.parties);

	// the newest article knows best (scheduled talks that have since been held); within it the surest wording
	// a reading from wording beats a default one whatever the article's date
	const latest = [...cands].sort(
		(a, b) =>
			Number(b.status.strength > 0) - Number(a.status.strength > 0) ||
			(a.articleDate !== b.articleDate ? (a.articleDate < b.articleDate ? 1 : -1) : 0) ||
			b.status.strength - a.status.strength ||
			STATUS_RANK[b.status.status] - STATUS_RANK[a.status.status]
	)[0]!;
	let status: TalksStatus = latest.status.status;
	const newest = cands.reduce((d, c) => (c.articleDate > d ? c.articleDate : d), first.articleDate);
	// talks dated after the newest article and read as held are talks still ahead
	if (status === 'held' && when.precision !== 'before' && when.start > newest) status = 'scheduled';
	if (status === 'scheduled' && when.end < newest && latest.status.strength < 2) status = 'held';

	const stated = tally(
		cands.filter((c) => c.cue?.format).map((c) => ({ article: c.article, value: c.cue!.format! })),
		(f) => f
	);
	const format: TalksFormat | null = stated[0]?.value ?? (parties.length === 2 ? 'bilateral' : parties.length === 3 ? 'trilateral' : parties.length > 3 ? 'multilateral' : null);

	const leaders: Leader[] = [];
	for (const c of cands) for (const l of c.leaders) if (!leaders.some((x) => x.name === l.name)) leaders.push(l);

	// one mention per sentence, the one that carries a date expression when there is one
	const mentions = mentionsBySentence(cands.map((c) => c.mention));

	const firstDate = first.date?.value ?? `BEFORE ${first.articleDate}`;
	// a second talks word of one sentence gets its own key, so two undated events there differ
	const id = 't-' + hashString(`${first.article}#${first.sentence}#${firstDate}${first.clause ? `#${first.clause}` : ''}`);
	const topics = tally(
		cands.filter((c) => c.cue?.topic).map((c) => ({ article: c.article, value: c.cue!.topic! })),
		(t) => t
	);
	const kinds = cands.map((c) => c.cue?.kind).filter((k) => k && k !== 'attach' && k !== 'discussions');
	const label = formatTalksLabel({
		kind: kinds[0] ?? 'talks',
		topic: topics[0]?.value ?? null,
		format: stated[0]?.value ?? null,
		place,
		parties,
		status,
		continuation: rounds.every((r) => r.continuation),
		round: cands.map((c) => c.cue?.round ?? '').find((r) => ORDINALS.has(r)) ?? null
	});
	return {
		id,
		kind: 'talks',
		label,
		when,
		status,
		place,
		parties,
		talks: { format, leaders, series: null, disagreements },
		disagreements,
		mentions
	};
}

/**
 * Merges talks candidates from any number of articles into events: rounds within each article
 * ({@link groupArticleRounds}), the same round across articles ({@link clusterRounds}), then series
 * linking the rounds of one negotiation. Ids depend only on each event's own first mention.
 */
export function mergeTalks(candidates: readonly TalksCandidate[]): EventDraft[] {
	const rounds = groupArticleRounds(candidates);
	const clusters = clusterRounds(rounds);
	const events = clusters.map(buildEvent);
	const clusterOf = new Map<number, number>();
	clusters.forEach((cl, i) => cl.forEach((r) => clusterOf.set(r.key, i)));

	// series: union-find over "continues" links
	const parent = events.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	const union = (a: number, b: number): void => {
		parent[find(a)] = find(b);
	};
	clusters.forEach((cl, i) => {
		for (const r of cl) {
			if (r.successor !== null) union(i, clusterOf.get(r.successor)!);
			if (!r.continuation) continue;
			if (r.predecessor !== null) {
				union(i, clusterOf.get(r.predecessor)!);
				continue;
			}
			// a resumption reported alone: the latest earlier talks between the same parties
			const ev = events[i]!;
			let best = -1;
			events.forEach((other, j) => {
				if (j === i || ev.parties.length === 0) return;
				const o = overlapCount(ev.parties, other.parties);
				if (o < Math.min(2, ev.parties.length, other.parties.length) || o === 0) return;
				if (other.when.end >= ev.when.start && !(other.when.precision === 'before' && ev.when.precision !== 'before')) return;
				if (best < 0 || other.when.end > events[best]!.when.end) best = j;
			});
			if (best >= 0) union(i, best);
		}
	});
	const groups = new Map<number, number[]>();
	events.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const firstRound = [...members].sort((a, b) => {
			const x = events[a]!;
			const y = events[b]!;
			const xr = clusters[a]!.every((r) => r.continuation) ? 1 : 0;
			const yr = clusters[b]!.every((r) => r.continuation) ? 1 : 0;
			return xr - yr || (x.when.start < y.when.start ? -1 : x.when.start > y.when.start ? 1 : x.id < y.id ? -1 : 1);
		})[0]!;
		const series = 's-' + hashString(events[firstRound]!.id);
		for (const i of members) events[i]!.talks.series = series;
	}
	// a fixed order (by date, then id) so the output does not depend on the order of the input
	return events.sort((a, b) => (a.when.start !== b.when.start ? (a.when.start < b.when.start ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

