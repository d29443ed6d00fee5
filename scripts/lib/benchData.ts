/**
 * A synthetic story of any size for the render benchmarks (never written to seeds/): events spread
 * over 2010-2027 like the generated corpus (about 40% known to the day, the rest months, seasons,
 * years or "on or before"), 15% of them talks, one article for every five events.
 */
import { DAY_MS as DAY } from '../../src/lib/ingest/timex/calendar.ts';
import type { Article, EventStatus, Precision, TimelineData, TimelineEvent } from '../../src/lib/ingest/types.ts';

const FROM = Date.UTC(2010, 0, 1);
const DAYS = 18 * 365;
const STATUSES: EventStatus[] = ['happened', 'scheduled', 'ongoing', 'held', 'postponed', 'cancelled', 'proposed'];
const PARTIES = ['Russia', 'Ukraine', 'United States', 'France', 'Germany', 'Turkey', 'China', 'Qatar'];
const PLACES = ['Abu Dhabi', 'Geneva', 'Istanbul', 'Riyadh', 'Minsk', 'Doha', 'Vienna', 'Berlin'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `events` events and `events / 5` articles, the same for the same seed. */
export function syntheticTimeline(events: number, seed = 1): TimelineData {
	const rnd = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
	// denser in later years, as news archives are
	const day = () => Math.floor(DAYS * Math.sqrt(rnd()));
	const articles: Article[] = Array.from({ length: Math.max(1, Math.round(events / 5)) }, (_, i) => {
		const date = iso(FROM + day() * DAY);
		const text = `Delegations met again on ${date}, officials said.`;
		return {
			id: `a-${i.toString(36).padStart(6, '0')}`,
			file: `${date.slice(0, 4)}/${i}.txt`,
			date,
			title: `Article ${i}: talks and what followed`,
			standfirst: 'A synthetic article for the benchmark',
			source: pick(['Kyiv Post', 'Reuters', 'AP', 'BBC', null]),
			url: null,
			author: null,
			paragraphs: [text],
			sentences: [{ block: 0, start: 0, end: 38 }, { block: 1, start: 0, end: text.length }],
			timexes: []
		};
	});
	const out: TimelineEvent[] = [];
	for (let i = 0; i < events; i++) {
		const d = FROM + day() * DAY;
		const r = rnd();
		const precision: Precision = r < 0.4 ? 'day' : r < 0.65 ? 'month' : r < 0.7 ? 'season' : r < 0.96 ? 'year' : 'before';
		const y = new Date(d).getUTCFullYear();
		const m = new Date(d).getUTCMonth();
		const when =
			precision === 'day' || precision === 'before'
				? { value: iso(d), start: iso(d), end: iso(d), precision }
				: precision === 'month'
					? { value: iso(d).slice(0, 7), start: iso(Date.UTC(y, m, 1)), end: iso(Date.UTC(y, m + 1, 0)), precision }
					: precision === 'season'
						? { value: `${y}-SU`, start: `${y}-06-01`, end: `${y}-08-31`, precision }
						: { value: `${y}`, start: `${y}-01-01`, end: `${y}-12-31`, precision };
		const talks = rnd() < 0.15;
		const article = articles[Math.floor(rnd() * articles.length)]!;
		out.push({
			id: `${talks ? 't' : 'e'}-${i.toString(36).padStart(7, '0')}`,
			kind: talks ? 'talks' : 'event',
			label: talks ? `Talks in ${pick(PLACES)} on the ceasefire, round ${i % 9}` : `Event ${i}: officials announce a new step`,
			when,
			status: pick(STATUSES),
			place: talks ? pick(PLACES) : null,
			parties: talks ? [pick(PARTIES), pick(PARTIES)].filter((p, k, a) => a.indexOf(p) === k) : [],
			talks: talks ? { format: 'bilateral', leaders: [], series: rnd() < 0.3 ? `s-${i % 500}` : null, disagreements: [] } : null,
			disagreements: [],
			mentions: [{ article: article.id, sentence: 1, sentenceText: article.paragraphs[0]!, text: '', start: 0, end: 0 }],
			sources: 1,
			salience: 1
		});
	}
	return { version: 1, articles, events: out };
}
