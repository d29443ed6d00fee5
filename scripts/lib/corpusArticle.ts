/**
 * One generated article: a storyline, one of its rounds, an angle (preview, report, postponement,
 * cancellation, analysis) and a publication day, written out as a seed file. The dated facts come
 * from the storyline, so every date phrase is true for the publication day; the rest is filler
 * prose from templates until the article reaches its word target.
 */
import { describeDay, describeDuration, isoOf, numberWord, ordinalWord, ymdOf } from './corpusDates.ts';
import { Rng } from './corpusRandom.ts';
import {
	BUSINESS_FILLER,
	BUSINESS_SOURCES,
	FILLER,
	GENERIC_FILLER,
	INSTITUTES,
	LABOUR_FILLER,
	MOOD,
	NAMES,
	OUTLETS,
	PROGRESS,
	QUOTES,
	SOURCES,
	type NameRegion
} from './corpusWords.ts';
import { FIRST_DAY, LAST_DAY, negotiatorOf, type Round, type Side, type Storyline, type World } from './corpusWorld.ts';

/** A generated article, ready to write. */
export interface GeneratedArticle {
	/** Publication day (days since 1970-01-01). */
	day: number;
	title: string;
	/** The whole seed file: header line, standfirst, one paragraph a line, trailing newline. */
	text: string;
	/** Words in `text`, counted as whitespace-separated tokens. */
	words: number;
	/** File name stem from the title: lower case, hyphens, at most 48 characters. */
	slug: string;
}

type Angle = 'preview' | 'report' | 'postponement' | 'cancellation' | 'analysis';

interface Ctx {
	rng: Rng;
	story: Storyline;
	round: Round;
	pub: number;
	/** Sides in this article's order: A is named first. */
	sides: Side[];
	a: Side;
	b: Side;
}

const REGIONS: readonly NameRegion[] = ['western', 'western', 'slavic', 'arabic', 'eastasian', 'southasian', 'latin', 'african', 'turkic'];
const POSTPONE_REASONS = [
	'scheduling difficulties', 'the illness of a lead negotiator', 'security concerns at the venue', 'a disagreement over the agenda',
	'the need for more preparation', 'a dispute over who should attend', 'a government reshuffle', 'bad weather'
] as const;

function cap(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "the United States’" / "Russia’s". */
function poss(name: string): string {
	return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function listOf(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function roundWord(r: Round): string {
	return r.kind === 'summit' ? 'summit' : r.kind === 'meeting' ? 'meeting' : 'talks';
}

function countWords(s: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const space = c === 32 || c === 10 || c === 9 || c === 13;
		if (!space && !inWord) n++;
		inWord = !space;
	}
	return n;
}

// "a" before a vowel sound, in one pass over the finished text: templates cannot know whether
// they will be filled with "American", "eighth", "IAEA" or "8 percent"
const A_BEFORE_VOWEL = /\b([Aa]) (?=(?:(?!one\b|[Ee]u[a-z]|[Uu])[AEIOaeio]|EU\b|8|11\b|11\.|18\b|18\.))/g;

function fixArticles(text: string): string {
	return text.replace(A_BEFORE_VOWEL, (_, a: string) => `${a}n `);
}

function slugOf(title: string): string {
	const s = title
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (s.length <= 48) return s || 'article';
	const cut = s.slice(0, 48);
	const dash = cut.lastIndexOf('-');
	return dash > 20 ? cut.slice(0, dash) : cut;
}

function person(rng: Rng): string {
	const names = NAMES[rng.pick(REGIONS)];
	return `${rng.pick(names.first)} ${rng.pick(names.last)}`;
}

function personWithTitle(p: { title: string; name: string }): string {
	return `${p.title} ${p.name}`;
}

/** A value for one `{slot}` of a filler template. */
function slot(key: string, c: Ctx): string {
	const { rng, story, pub } = c;
	switch (key) {
		case 'A':
			return c.a.party.name;
		case 'B':
			return c.b.party.name;
		case 'DA':
			return c.a.party.demonym;
		case 'DB':
			return c.b.party.demonym;
		case 'SA':
			return c.a.party.seat;
		case 'SB':
			return c.b.party.seat;
		case 'T':
			return story.topic;
		case 'issue':
			return rng.pick(story.issues);
		case 'source':
			return rng.pick(story.kind === 'business' ? BUSINESS_SOURCES : SOURCES).replace('{D}', rng.pick(c.sides).party.demonym);
		case 'CO':
			return sideOf(c, 'company').party.name;
		case 'SCO':
			return sideOf(c, 'company').party.seat;
		case 'UN':
			return sideOf(c, 'union').party.name;
		case 'inst':
			return rng.pick(INSTITUTES);
		case 'analyst':
		case 'analyst_': {
			const inst = rng.pick(INSTITUTES);
			const roles = story.kind === 'business' ? ['an analyst at', 'an economist at', 'a researcher at', 'head of research at'] : ['an analyst at', 'a senior fellow at', 'director of research at', 'a former diplomat now at'];
			if (rng.chance(0.3)) return `${person(rng)} of ${inst}`;
			// as a subject the apposition needs its closing comma: "X, an analyst at Y, said"
			return `${person(rng)}, ${rng.pick(roles)} ${inst}${key === 'analyst_' ? ',' : ''}`;
		}
		case 'outlet':
			return rng.pick(OUTLETS);
		case 'progress':
			return rng.pick(PROGRESS);
		case 'mood':
			return rng.pick(MOOD);
		case 'n':
			return numberWord(rng.int(2, 12));
		case 'pct':
			return `${rng.int(2, 38)} percent`;
		case 'small':
			return `${rng.int(1, 9)}.${rng.int(0, 9)} percent`;
		case 'since':
			// an explicit date without its preposition: "since March 2019", "since 4 June"
			return `since ${describeDay(rng, pub - rng.int(20, 900), pub, 'any', 'explicit').replace(/^(on|in) /, '')}`;
		case 'past':
			return describeDay(rng, pub - rng.int(2, 500), pub, 'any');
		case 'dur':
			return rng.chance(0.5) ? describeDuration(rng, 'month', rng.int(2, 11)) : describeDuration(rng, 'year', rng.int(2, 6));
		case 'quote':
			return rng.pick(QUOTES).replace('{issue}', rng.pick(story.issues)).replace('{T}', story.topic);
		default:
			throw new Error(`corpus: unknown template slot {${key}}`);
	}
}

function sideOf(c: Ctx, kind: Side['party']['kind']): Side {
	return c.sides.find((s) => s.party.kind === kind) ?? c.a;
}

function fill(template: string, c: Ctx): string {
	return cap(template.replace(/\{(\w+)(:cap)?\}/g, (_, key: string, upper: string | undefined) => (upper ? cap(slot(key, c)) : slot(key, c))));
}

function when(c: Ctx, day: number, precision: 'day' | 'any' = 'day', style: 'mixed' | 'explicit' | 'relative' = 'mixed'): string {
	return describeDay(c.rng, day, c.pub, precision, style);
}

function partyList(c: Ctx): string {
	return listOf(c.sides.map((s) => s.party.name));
}

function leaders(c: Ctx): string {
	return `${personWithTitle(c.a.leader)} and ${personWithTitle(c.b.leader)}`;
}

/** "led by" sentences: who heads each delegation in this round. */
function delegationSentences(c: Ctx, future: boolean): string[] {
	const { rng, round } = c;
	const na = negotiatorOf(c.a, round.n);
	const nb = negotiatorOf(c.b, round.n);
	const out: string[] = [];
	if (round.kind === 'summit') {
		out.push(
			rng.pick([
				`${cap(personWithTitle(na))} ${future ? 'will accompany' : 'accompanied'} ${c.a.leader.name}, and ${c.b.party.name} ${future ? 'will send' : 'sent'} a delegation led by ${personWithTitle(nb)}.`,
				`The summit ${future ? 'follows' : 'followed'} months of preparatory talks led by ${personWithTitle(na)} and ${personWithTitle(nb)}.`
			])
		);
		return out;
	}
	const business = c.story.kind === 'business';
	const da = c.a.party.demonym;
	const db = c.b.party.demonym;
	if (future) {
		out.push(
			rng.pick([
				`The ${da} delegation will be led by ${personWithTitle(na)}.`,
				`${cap(personWithTitle(na))} is expected to lead the ${da} side, ${rng.pick(['officials said', 'according to a statement'])}.`,
				`${cap(poss(c.a.party.name))} team will be headed by ${personWithTitle(na)}, and ${poss(c.b.party.name)} by ${personWithTitle(nb)}.`
			])
		);
		return out;
	}
	if (business) {
		out.push(
			rng.pick([
				`${cap(c.a.party.name)} was represented by its ${na.title}, ${na.name}, while the ${db} team was led by ${personWithTitle(nb)}.`,
				`The talks were led by ${personWithTitle(na)} for ${c.a.party.name} and ${personWithTitle(nb)} for ${c.b.party.name}.`,
				`${cap(na.name)}, the ${na.title} of ${c.a.party.name}, headed the negotiating team.`
			])
		);
	} else {
		out.push(
			rng.pick([
				`The ${da} delegation was led by ${personWithTitle(na)}, while ${poss(c.b.party.name)} team was headed by ${personWithTitle(nb)}.`,
				`${cap(personWithTitle(na))} led the ${da} side.`,
				`The ${db} delegation, led by ${personWithTitle(nb)}, arrived the evening before.`,
				`${cap(c.a.party.name)} sent a delegation led by ${personWithTitle(na)}.`
			])
		);
	}
	if (c.a.successor && round.n === c.a.replacedAt)
		out.push(`It was the first round for ${c.a.successor.name}, who replaced ${c.a.negotiator.name} as head of the ${da} team.`);
	return out;
}

function leadSentences(c: Ctx, angle: Angle): string[] {
	const { rng, round: r, story } = c;
	const T = story.topic;
	const word = roundWord(r);
	const ord = ordinalWord(r.n);
	const out: string[] = [];
	const src = () => slot('source', c);
	switch (angle) {
		case 'report': {
			const w = when(c, r.day);
			if (r.kind === 'summit')
				out.push(
					rng.pick([
						`${cap(leaders(c))} met for a summit in ${r.place} ${w}.`,
						`A summit between ${c.a.party.name} and ${c.b.party.name} took place in ${r.place} ${w}, the culmination of months of ${T} talks.`
					])
				);
			else if (story.kind === 'business')
				out.push(
					rng.pick([
						`Executives from ${c.a.party.name} and ${c.b.party.name} met in ${r.place} ${w} for ${T} talks.`,
						`${cap(c.a.party.name)} and ${c.b.party.name} resumed ${T} talks in ${r.place} ${w}, the ${ord} round since the negotiations began.`,
						`Negotiators for ${c.a.party.name} and ${c.b.party.name} met in ${r.place} ${w} in a fresh attempt to settle the ${T} dispute.`
					])
				);
			else
				out.push(
					rng.pick([
						`Delegations from ${partyList(c)} met in ${r.place} ${w} for a ${ord} round of ${T} talks.`,
						`${cap(partyList(c))} held ${T} talks in ${r.place} ${w}, the ${ord} round since the negotiations began.`,
						`Negotiators from ${partyList(c)} sat down in ${r.place} ${w} for ${T} talks aimed at resolving ${rng.pick(story.issues)}.`,
						`${c.a.party.demonym} and ${c.b.party.demonym} officials met in ${r.place} ${w}, resuming ${T} negotiations that have dragged on ${describeDuration(rng, 'month', rng.int(3, 14))}.`
					])
				);
			if (r.days > 1)
				out.push(rng.pick([`The ${word} ran over ${numberWord(r.days)} days.`, `The talks continued for ${numberWord(r.days)} days, ${src()} said.`]));
			else
				out.push(
					rng.pick([
						`The talks lasted ${describeDuration(rng, 'hour', r.hours)}.`,
						`The first session ran ${describeDuration(rng, 'hour', r.hours)}, ${src()} said.`,
						`The ${word} went on ${describeDuration(rng, 'hour', r.hours)} behind closed doors.`
					])
				);
			break;
		}
		case 'preview': {
			const w = when(c, r.plannedDay, rng.chance(0.5) ? 'any' : 'day');
			if (r.kind === 'summit') out.push(`${cap(leaders(c))} will meet for a summit in ${r.place} ${w}, ${src()} said.`);
			else
				out.push(
					rng.pick([
						r.n > 1 ? `Talks will resume in ${r.place} ${w}, ${src()} said.` : `${cap(partyList(c))} will open ${T} talks in ${r.place} ${w}.`,
						`${cap(partyList(c))} will hold a ${ord} round of ${T} talks in ${r.place} ${w}.`,
						`Delegations from ${partyList(c)} are due to meet in ${r.place} ${w}.`,
						`The ${T} talks are scheduled to take place in ${r.place} ${w}, officials said.`
					])
				);
			out.push(
				r.days > 1
					? `The talks are expected to last ${numberWord(r.days)} days.`
					: `Officials expect the session to run ${describeDuration(rng, 'hour', r.hours)}.`
			);
			break;
		}
		case 'postponement': {
			const planned = when(c, r.plannedDay);
			if (r.kind === 'summit')
				out.push(`A summit between ${leaders(c)} had been planned in ${r.place} ${planned}.`, 'The summit was postponed.');
			else
				out.push(
					rng.pick([
						`The ${word} in ${r.place}, which had been due to take place ${planned}, ${word === 'talks' ? 'were' : 'was'} postponed, ${src()} said.`,
						`${cap(c.a.party.name)} and ${c.b.party.name} postponed the ${ord} round of ${T} talks planned in ${r.place} ${planned}.`,
						`The ${T} talks between ${partyList(c)} that were due to take place ${planned} were postponed ${when(c, r.announcedDay)}.`
					])
				);
			out.push(`Officials cited ${rng.pick(POSTPONE_REASONS)}.`);
			out.push(
				rng.pick([
					`The talks will now take place ${when(c, r.day, 'any')}.`,
					`The round has been rescheduled for ${when(c, r.day, 'day', 'explicit').replace(/^on /, '')}.`,
					`A new date has yet to be announced.`
				])
			);
			break;
		}
		case 'cancellation': {
			const planned = when(c, r.plannedDay);
			out.push(
				rng.pick([
					`${cap(c.a.party.name)} called off the ${T} talks with ${c.b.party.name} that had been planned in ${r.place} ${planned}.`,
					`The ${word} in ${r.place}, scheduled to take place ${planned}, ${word === 'talks' ? 'were' : 'was'} cancelled, ${src()} said.`,
					`Talks that were due to be held in ${r.place} ${planned} were cancelled ${when(c, r.announcedDay)}.`
				])
			);
			out.push(rng.pick(['It was not clear when the talks would resume.', `Both sides blamed each other for the collapse of the ${T} process.`, 'No new date was set.']));
			break;
		}
		case 'analysis': {
			const w = when(c, r.day, 'any');
			out.push(
				rng.pick([
					`When delegations from ${partyList(c)} met in ${r.place} ${w}, hopes of a breakthrough were high.`,
					`Weeks after the ${T} talks in ${r.place} ${w}, little has changed on the ground.`,
					`The ${ord} round of talks, held in ${r.place} ${w}, ended without agreement on ${rng.pick(story.issues)}.`,
					`Since the ${word} in ${r.place} ${w}, both sides have hardened their positions.`
				])
			);
			out.push(`Officials said the talks had lasted ${describeDuration(rng, r.days > 1 ? 'day' : 'hour', r.days > 1 ? r.days : r.hours)}.`);
			break;
		}
	}
	return out;
}

/** Earlier rounds and the event that started the talks, with dates. */
function historySentences(c: Ctx): string[] {
	const { rng, story, round } = c;
	const out: string[] = [];
	const earlier = story.rounds.filter((r) => r.n < round.n && r.plannedDay < c.pub);
	for (const r of rng.sample(earlier, rng.int(1, 3)).sort((x, y) => x.n - y.n)) {
		const w = when(c, r.status === 'held' || r.status === 'postponed' ? r.day : r.plannedDay, 'any', rng.chance(0.7) ? 'explicit' : 'mixed');
		if (r.status === 'cancelled') out.push(`A round planned in ${r.place} ${w} was called off at short notice.`);
		else if (r.n === 1) out.push(rng.pick([`The two sides first met in ${r.place} ${w}.`, `The first round was held in ${r.place} ${w}.`]));
		else
			out.push(
				rng.pick([
					`The ${ordinalWord(r.n)} round was held in ${r.place} ${w}.`,
					`An earlier round in ${r.place} ${w} ended after ${describeDuration(rng, 'hour', r.hours).replace(/^(for|over) /, '')} without a statement.`,
					`Talks in ${r.place} ${w} broke down over ${rng.pick(story.issues)}.`
				])
			);
	}
	if (rng.chance(0.7))
		out.push(`The ${story.topic} talks ${rng.pick(['were launched after', 'grew out of', 'started in the wake of'])} ${story.origin} ${when(c, story.originDay, 'any', 'explicit')}.`);
	return out;
}

/** What comes next: the following round if it is known by the publication day. */
function nextSentences(c: Ctx): string[] {
	const { rng, story, round } = c;
	const next = story.rounds.find((r) => r.n === round.n + 1);
	if (next && next.plannedDay > c.pub && next.plannedDay - c.pub <= 60) {
		const w = when(c, next.plannedDay, 'any');
		return [
			rng.pick([
				`Talks will resume in ${next.place} ${w}.`,
				`The next round is scheduled to take place in ${next.place} ${w}.`,
				`The two sides agreed to meet again in ${next.place} ${w}.`,
				`Negotiators are expected to reconvene in ${next.place} ${w}.`
			])
		];
	}
	return [rng.pick(['No date has been set for the next round.', 'The sides agreed to stay in contact but set no date for another meeting.', 'It is unclear when the negotiators will meet again.'])];
}

/** A phone call between the leaders some days before publication: a talks event of its own. */
function callSentence(c: Ctx): string {
	const day = c.pub - c.rng.int(1, 20);
	return `${cap(personWithTitle(c.a.leader))} spoke by phone with ${personWithTitle(c.b.leader)} ${when(c, day, 'day')}, ${slot('source', c)} said.`;
}

function titleOf(c: Ctx, angle: Angle): string {
	const { rng, round: r, story } = c;
	const A = cap(c.a.party.name);
	const B = c.b.party.name;
	const T = story.topic;
	switch (angle) {
		case 'report':
			return rng.pick([
				`${A} and ${B} hold ${T} talks in ${r.place}`,
				`${c.a.party.demonym} and ${c.b.party.demonym} negotiators meet in ${r.place} as ${T} talks resume`,
				`${cap(T)} talks in ${r.place} end without a deal`,
				`${cap(T)} talks in ${r.place} make ${rng.pick(PROGRESS)} progress, officials say`
			]);
		case 'preview':
			return rng.pick([`${A} and ${B} to resume ${T} talks in ${r.place}`, `New round of ${T} talks set for ${r.place}`, `What to expect from the ${r.place} ${T} talks`]);
		case 'postponement':
			return rng.pick([`${cap(T)} talks in ${r.place} postponed`, `${A} and ${B} delay ${r.kind === 'summit' ? 'summit' : 'talks'} in ${r.place}`]);
		case 'cancellation':
			return rng.pick([`${A} calls off ${T} talks with ${B}`, `${cap(T)} talks in ${r.place} cancelled`]);
		case 'analysis':
			return rng.pick([`What the ${r.place} talks mean for ${A} and ${B}`, `After ${r.place}, a ${T} deal remains elusive`, `Inside the ${T} talks between ${A} and ${B}`]);
	}
}

function standfirstOf(c: Ctx, angle: Angle): string {
	const { rng, story } = c;
	const issue = rng.pick(story.issues);
	const options: Record<Angle, string[]> = {
		report: [`Officials say ${rng.pick(PROGRESS)} progress was made on ${issue}, but key differences remain`, `The ${rng.pick(MOOD)} session is the latest attempt to break a long deadlock`],
		preview: [`Diplomats say expectations are low, with ${issue} still the main sticking point`, `Both sides have signalled flexibility ahead of the meeting`],
		postponement: [`The delay is the latest setback for a process that has struggled to gain momentum`, `Officials insist the talks are not dead, despite the setback`],
		cancellation: [`The decision leaves the ${story.topic} process in limbo`, `Critics say the cancellation shows how far apart the two sides remain`],
		analysis: [`Months of negotiations have narrowed some gaps, but ${issue} still divides the two sides`, `A look at where the ${story.topic} talks stand and what could come next`]
	};
	return rng.pick(options[angle]);
}

/** The publication windows an angle allows for a round, as [first, last] days. */
function windows(r: Round): { angle: Angle; from: number; to: number; weight: number }[] {
	const end = r.day + r.days - 1;
	const out: { angle: Angle; from: number; to: number; weight: number }[] = [];
	if (r.status === 'held') out.push({ angle: 'preview', from: r.day - 18, to: r.day - 1, weight: 2 });
	else out.push({ angle: 'preview', from: r.plannedDay - 18, to: r.announcedDay - 1, weight: 2 });
	if (r.status === 'postponed') out.push({ angle: 'postponement', from: r.announcedDay, to: r.day - 1, weight: 3 });
	if (r.status === 'cancelled') out.push({ angle: 'cancellation', from: r.announcedDay, to: r.plannedDay + 10, weight: 4 });
	else {
		out.push({ angle: 'report', from: r.day, to: end + 2, weight: 5 });
		out.push({ angle: 'analysis', from: end + 5, to: end + 75, weight: 2 });
	}
	return out
		.map((w) => ({ ...w, from: Math.max(w.from, FIRST_DAY), to: Math.min(w.to, LAST_DAY) }))
		.filter((w) => w.from <= w.to);
}

const STATE_ONLY = FILLER.filter((t) => t.startsWith('§')).map((t) => t.slice(1));
const ANY_PARTY = FILLER.filter((t) => !t.startsWith('§'));
const BETWEEN_STATES = ANY_PARTY.concat(STATE_ONLY, GENERIC_FILLER);
const ANY_PARTY_ALL = ANY_PARTY.concat(GENERIC_FILLER);
const LABOUR_ALL = LABOUR_FILLER.concat(GENERIC_FILLER);
const BUSINESS_ALL = BUSINESS_FILLER.concat(GENERIC_FILLER);

/** Filler templates that fit the storyline: company, labour, or state talks (some only between two states). */
function templatesFor(c: Ctx): readonly string[] {
	if (c.story.kind === 'business') return c.story.sides.some((s) => s.party.kind === 'union') ? LABOUR_ALL : BUSINESS_ALL;
	return c.a.party.kind === 'state' && c.b.party.kind === 'state' ? BETWEEN_STATES : ANY_PARTY_ALL;
}

/** Merges two paragraph lists at random, keeping the order within each. */
function interleave(rng: Rng, core: string[], filler: string[]): string[] {
	const out: string[] = [];
	let i = 0;
	let j = 0;
	while (i < core.length || j < filler.length) {
		const takeCore = j >= filler.length || (i < core.length && rng.next() * (core.length - i + filler.length - j) < core.length - i);
		out.push(takeCore ? core[i++]! : filler[j++]!);
	}
	return out;
}

/**
 * Writes article `index` of the corpus for `seed`. Each article has its own PRNG stream, so it
 * does not depend on how many articles come before or after it.
 */
export function createArticle(world: World, seed: number, index: number): GeneratedArticle {
	const rng = new Rng(seed, index + 1);
	const total = world.weights[world.weights.length - 1] ?? 0;
	const r0 = rng.next() * total;
	const story = world.storylines[world.weights.findIndex((w) => r0 < w)] ?? world.storylines[0]!;
	const round = rng.weighted(story.rounds, story.rounds.map((r) => r.weight));
	const ws = windows(round);
	const win = ws.length ? rng.weighted(ws, ws.map((w) => w.weight)) : { angle: 'report' as Angle, from: round.day, to: round.day };
	const pub = rng.int(win.from, win.to);
	const sides = rng.chance(0.5) ? story.sides.slice() : story.sides.slice().reverse();
	const c: Ctx = { rng, story, round, pub, sides, a: sides[0]!, b: sides[1]! };
	const angle = win.angle;

	const title = titleOf(c, angle);
	// like the real seeds, the standfirst has no closing full stop
	const standfirst = standfirstOf(c, angle);
	const core: string[][] = [leadSentences(c, angle)];
	if (angle !== 'cancellation') core.push(delegationSentences(c, angle === 'preview' || angle === 'postponement'));
	const history = historySentences(c);
	if (history.length) core.push(history);
	if (rng.chance(0.2)) core.push([callSentence(c)]);
	if (angle === 'report' || angle === 'analysis') core.push(nextSentences(c));

	// word target: 600 on average, roughly ±20% (sum of three uniforms is bell-shaped)
	const target = 600 + Math.round((rng.next() + rng.next() + rng.next() - 1.5) * 160);
	const header = ` date ${isoOf(pub)} ${title}`;
	let words = countWords(header) + countWords(standfirst);
	const coreParas = core.map((s) => s.join(' '));
	for (const p of coreParas) words += countWords(p);

	const templates = templatesFor(c);
	let order = rng.sample(templates, templates.length);
	let k = 0;
	const filler: string[] = [];
	let para: string[] = [];
	let paraLen = rng.int(2, 4);
	while (words < target) {
		if (k >= order.length) {
			order = rng.sample(templates, templates.length);
			k = 0;
		}
		const s = fill(order[k++]!, c);
		words += countWords(s);
		para.push(s);
		if (para.length >= paraLen) {
			filler.push(para.join(' '));
			para = [];
			paraLen = rng.int(1, 4);
		}
	}
	if (para.length) filler.push(para.join(' '));

	// the lead opens the article and the outlook closes it when there is one
	const closing = angle === 'report' || angle === 'analysis' ? coreParas.pop() : undefined;
	const body = [coreParas[0]!, ...interleave(rng, coreParas.slice(1), filler)];
	if (closing) body.push(closing);
	const text = fixArticles(`${header}\n${standfirst}\n${body.join('\n')}\n`);
	// every part was counted as it was made; joining adds separators, not words
	return { day: pub, title, text, words, slug: slugOf(title) };
}

/** The year of a day number, for the per-year folders. */
export function yearOf(day: number): number {
	return ymdOf(day).y;
}
