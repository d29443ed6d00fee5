/**
 * Scores a timeline's events against hand-labelled real events (`npm run eval:events`). Gold is a
 * TSV with the header `event date status headline file cue`, one row per sentence that reports a
 * real event; rows with the same `event` are one event. Lines starting with `#` are comments.
 */
import { labelFlags, type LabelFlag } from '../../src/lib/ingest/events/labelCheck.ts';
import type { Article, TimelineData, TimelineEvent } from '../../src/lib/ingest/types.ts';

export interface GoldRow {
	event: string;
	date: string;
	status: string;
	headline: string;
	file: string;
	cue: string;
	line: number;
}

export interface GoldEvent {
	id: string;
	date: string;
	/** First and last day the gold date covers. */
	start: string;
	end: string;
	status: string;
	headline: string;
	rows: GoldRow[];
}

/** Parses gold TSV; throws with the line number on a malformed row. */
export function parseGold(text: string, name = 'gold'): GoldEvent[] {
	const byId = new Map<string, GoldEvent>();
	let header = false;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		if (!raw.trim() || raw.startsWith('#')) return;
		const cols = raw.split('\t');
		if (!header) {
			if (cols.join(' ') !== 'event date status headline file cue') throw new Error(`${name}:${line}: expected the header "event\tdate\tstatus\theadline\tfile\tcue", found "${raw}"`);
			header = true;
			return;
		}
		if (cols.length !== 6) throw new Error(`${name}:${line}: expected 6 tab-separated columns, found ${cols.length}`);
		const [event, date, status, headline, file, cue] = cols as [string, string, string, string, string, string];
		const span = goldSpan(date);
		if (!span) throw new Error(`${name}:${line}: expected a date like 2005-04-27, 2005-04, 2005-Q2, 2005-W17 or 2005, found "${date}"`);
		const row = { event, date, status, headline, file, cue, line };
		const known = byId.get(event);
		if (known) known.rows.push(row);
		else byId.set(event, { id: event, date, start: span[0], end: span[1], status, headline, rows: [row] });
	});
	return [...byId.values()];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** First and last day of a TIMEX3-style date value. */
export function goldSpan(value: string): [string, string] | null {
	let m: RegExpMatchArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return [value, value];
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [`${value}-01`, iso(new Date(Date.UTC(+m[1]!, +m[2]!, 0)))];
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const q = +m[2]!;
		return [`${m[1]}-${pad(q * 3 - 2)}-01`, iso(new Date(Date.UTC(+m[1]!, q * 3, 0)))];
	}
	if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
		// ISO week: the week with the year's first Thursday is week 1
		const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
		const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2]! - 1) * 7 * 86400000);
		return [iso(monday), iso(new Date(monday.getTime() + 6 * 86400000))];
	}
	if ((m = /^(\d{4})$/.exec(value))) return [`${value}-01-01`, `${value}-12-31`];
	return null;
}

export interface EventScores {
	goldEvents: number;
	/** Gold events found: a mark quotes one of its sentences with a date that overlaps the gold date. */
	found: number;
	/** Marks per found real event (distinct marks that quote its sentences with an overlapping date). */
	marksPerEvent: number;
	multiSource: number;
	/** Multi-source events whose found sentences are all in one mark that quotes two or more of its articles. */
	multiSourceMerged: number;
	/** Sentences that report a gold event and are quoted by a mark. */
	sentences: number;
	/** Of those, the mark's date does not overlap the gold date. */
	wrongDate: number;
	/** Of those, the mark is on the other side of the article's date than the gold date, or in another year. */
	wrongSide: number;
	/** Found events whose mark's status agrees with the gold status. */
	statusRight: number;
	statusJudged: number;
	marks: number;
	flagged: Record<LabelFlag, number>;
	flaggedAny: number;
	/** Gold rows whose file or cue was not found (a gold error, or a seed folder without that story). */
	unmatched: GoldRow[];
	/** Multi-source gold events not made one mark, with the marks that quote their sentences. */
	split: { gold: GoldEvent; marks: TimelineEvent[] }[];
	/** Gold events not found, with the marks (wrong date) that quote their sentences. */
	missed: { gold: GoldEvent; marks: TimelineEvent[] }[];
	/** Sentences of gold events quoted only by marks with another date. */
	wrong: { gold: GoldEvent; sentence: string; marks: TimelineEvent[] }[];
	/** Multi-source gold events, and how many of them were found. */
	multiSourceFound: number;
}

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start <= b.end && b.start <= a.end;

/** The status a reader would give: held talks happened, proposed and postponed ones are still to come. */
function plainStatus(status: string): string {
	if (status === 'held') return 'happened';
	if (status === 'proposed' || status === 'postponed' || status === 'cancelled') return 'scheduled';
	return status;
}

function sentenceText(a: Article, i: number): string {
	const s = a.sentences[i]!;
	const block = s.block === 0 ? a.standfirst : a.paragraphs[s.block - 1]!;
	return block.slice(s.start, s.end);
}

/** Scores `data` against `gold`. Gold rows are matched to articles by path, or by path suffix when the seed folder is one story. */
export function scoreEvents(data: TimelineData, gold: GoldEvent[]): EventScores {
	const byFile = new Map<string, Article>();
	for (const a of data.articles) byFile.set(a.file, a);
	const findArticle = (file: string) => byFile.get(file) ?? data.articles.find((a) => file.endsWith(`/${a.file}`)) ?? null;
	// the events that quote each sentence
	const bySentence = new Map<string, TimelineEvent[]>();
	for (const e of data.events)
		for (const m of e.mentions) {
			const k = `${m.article}#${m.sentence}`;
			const list = bySentence.get(k) ?? bySentence.set(k, []).get(k)!;
			if (!list.includes(e)) list.push(e);
		}
	const scores: EventScores = {
		goldEvents: 0,
		found: 0,
		marksPerEvent: 0,
		multiSource: 0,
		multiSourceMerged: 0,
		sentences: 0,
		wrongDate: 0,
		wrongSide: 0,
		statusRight: 0,
		statusJudged: 0,
		marks: data.events.length,
		flagged: { fragment: 0, attribution: 0, 'cut off': 0, junk: 0 },
		flaggedAny: 0,
		unmatched: [],
		split: [],
		missed: [],
		wrong: [],
		multiSourceFound: 0
	};
	let marksOfFound = 0;
	for (const g of gold) {
		const located: { article: Article; sentence: number }[] = [];
		for (const row of g.rows) {
			const article = findArticle(row.file);
			const sentence = article ? article.sentences.findIndex((_, i) => sentenceText(article, i).includes(row.cue)) : -1;
			if (!article || sentence < 0) {
				// a folder of one story holds only that story's files: rows of others are not errors
				if (article || data.articles.some((a) => row.file.split('/')[0] === a.file.split('/')[0])) scores.unmatched.push(row);
				continue;
			}
			if (!located.some((l) => l.article === article && l.sentence === sentence)) located.push({ article, sentence });
		}
		if (!located.length) continue;
		scores.goldEvents++;
		const articles = new Set(located.map((l) => l.article.id));
		const marks = new Set<TimelineEvent>();
		let best: TimelineEvent | null = null;
		const quotingAny = new Set<TimelineEvent>();
		for (const l of located) {
			const quoting = bySentence.get(`${l.article.id}#${l.sentence}`) ?? [];
			for (const e of quoting) quotingAny.add(e);
			if (!quoting.length) continue;
			scores.sentences++;
			const right = quoting.filter((e) => overlaps(e.when, g));
			if (!right.length) {
				scores.wrongDate++;
				scores.wrong.push({ gold: g, sentence: sentenceText(l.article, l.sentence), marks: quoting });
				const e = quoting[0]!;
				const goldSide = g.start <= l.article.date;
				const sysSide = e.when.start <= l.article.date;
				if (goldSide !== sysSide || e.when.start.slice(0, 4) > g.end.slice(0, 4) || e.when.end.slice(0, 4) < g.start.slice(0, 4)) scores.wrongSide++;
				continue;
			}
			for (const e of right) marks.add(e);
			best ??= right[0]!;
		}
		if (!marks.size) {
			scores.missed.push({ gold: g, marks: [...quotingAny] });
			if (articles.size >= 2) scores.multiSource++;
			continue;
		}
		scores.found++;
		marksOfFound += marks.size;
		if (best) {
			scores.statusJudged++;
			if (plainStatus(best.status) === plainStatus(g.status)) scores.statusRight++;
		}
		if (articles.size >= 2) {
			scores.multiSource++;
			scores.multiSourceFound++;
			const only = [...marks][0]!;
			if (marks.size === 1 && new Set(only.mentions.map((m) => m.article).filter((a) => articles.has(a))).size >= 2) scores.multiSourceMerged++;
			else scores.split.push({ gold: g, marks: [...quotingAny] });
		}
	}
	// a gold event of a story not in the folder counts nowhere
	scores.marksPerEvent = scores.found ? marksOfFound / scores.found : 0;
	for (const e of data.events) {
		const flags = labelFlags(e.label);
		for (const f of flags) scores.flagged[f]++;
		if (flags.length) scores.flaggedAny++;
	}
	return scores;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function formatEventScores(s: EventScores): string {
	return [
		`gold events in these seeds      ${s.goldEvents}`,
		`recall (found, right date)      ${pct(s.found, s.goldEvents)}  (${s.found}/${s.goldEvents})`,
		`fragmentation (marks per event) ${s.marksPerEvent.toFixed(2)}`,
		`multi-source events found      ${pct(s.multiSourceFound, s.multiSource)}  (${s.multiSourceFound}/${s.multiSource})`,
		`multi-source events as one mark ${pct(s.multiSourceMerged, s.multiSource)}  (${s.multiSourceMerged}/${s.multiSource})`,
		`sentences with a wrong date     ${pct(s.wrongDate, s.sentences)}  (${s.wrongDate}/${s.sentences})`,
		`  wrong side of article / year  ${pct(s.wrongSide, s.sentences)}  (${s.wrongSide}/${s.sentences})`,
		`status accuracy                 ${pct(s.statusRight, s.statusJudged)}  (${s.statusRight}/${s.statusJudged})`,
		`labels flagged                  ${pct(s.flaggedAny, s.marks)}  (${s.flaggedAny}/${s.marks} marks: ${Object.entries(s.flagged).map(([k, v]) => `${k} ${v}`).join(', ')})`,
		...(s.unmatched.length ? [`gold rows not found in the seeds: ${s.unmatched.length} (first: line ${s.unmatched[0]!.line}, ${s.unmatched[0]!.file}: "${s.unmatched[0]!.cue}")`] : [])
	].join('\n');
}
