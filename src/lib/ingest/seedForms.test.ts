import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { asAtom, asJsonLines, asPage, asRss, asText, type ArticleForm } from '../../../tests/support/articleForms.ts';
import { buildTimeline, type SeedSource } from './buildTimeline.ts';
import { SeedErrors } from './errors.ts';
import { parseSeed } from './parseSeed.ts';

const LATEST = '2026-11-27';
const seedFile = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
const seed = parseSeed(seedFile, readFileSync(`seeds/${seedFile}`, 'utf8'));
/** The seed article, with the metadata a page or a feed gives it. */
const ARTICLE: ArticleForm = {
	date: seed.date,
	title: seed.title,
	standfirst: seed.standfirst,
	paragraphs: seed.paragraphs,
	url: 'https://news.example.org/world/europe/us-ukraine-security-guarantees-donbas',
	source: 'The Example Times',
	author: 'Jane Reporter'
};

/** What a reader sees of each event: not its ids, which are made from the file it came from. */
function events(sources: SeedSource[]) {
	return buildTimeline(sources, { latest: LATEST }).data.events.map((e) => ({
		kind: e.kind,
		label: e.label,
		when: e.when,
		status: e.status,
		place: e.place,
		parties: e.parties,
		sentences: e.mentions.map((m) => m.sentenceText)
	}));
}

describe('the seed article in every format gives the same events', () => {
	const expected = events([{ file: 'seed.txt', content: asText(ARTICLE) }]);

	test('the text seed itself: the Abu Dhabi talks and their resumption on Sunday 1 February 2026', () => {
		const talks = expected.filter((e) => e.kind === 'talks');
		expect(talks.some((e) => e.place === 'Abu Dhabi' && e.status === 'held')).toBe(true);
		expect(talks.some((e) => e.when.start === '2026-02-01' && e.status === 'scheduled')).toBe(true);
	});

	test.each([
		['a saved page', 'seed.html', asPage(ARTICLE)],
		['an RSS item', 'seed.xml', asRss([ARTICLE])],
		['an Atom entry', 'seed.atom', asAtom([ARTICLE])],
		['a JSON Lines record', 'seed.jsonl', asJsonLines([ARTICLE])]
	])('%s', (_, file, content) => {
		expect(events([{ file, content }])).toEqual(expected);
	});
});

describe('the same article in two forms is read once', () => {
	const other: ArticleForm = { ...ARTICLE, title: 'Ceasefire proposal tabled', url: 'https://news.example.org/ceasefire', paragraphs: ['A ceasefire proposal was tabled on Friday.'] };

	test('a saved page and a feed item with the same URL: one article (the fuller one), the copy named', () => {
		const short = { ...ARTICLE, paragraphs: ARTICLE.paragraphs.slice(0, 2) };
		const report = buildTimeline(
			[
				{ file: 'page.html', content: asPage(ARTICLE) },
				{ file: 'feed.xml', content: asRss([other, short]) }
			],
			{ latest: LATEST }
		);
		expect(report.read).toBe(3);
		expect(report.formats).toEqual({ page: 1, feed: 2 });
		expect(report.data.articles.map((a) => a.file)).toEqual(['feed.xml#1', 'page.html']);
		expect(report.duplicates).toEqual([{ file: 'feed.xml#2', of: 'page.html', reason: 'same URL' }]);
	});

	test('the same title and date from one source, with no URL: read once', () => {
		const report = buildTimeline(
			[
				{ file: 'a.jsonl', content: JSON.stringify({ title: ARTICLE.title, date: ARTICLE.date, text: 'Short.', source: 'Wire' }) },
				{ file: 'b.txt', content: asText(ARTICLE) }
			],
			{ latest: LATEST }
		);
		expect(report.data.articles.map((a) => a.file)).toEqual(['b.txt']);
		expect(report.duplicates).toEqual([{ file: 'a.jsonl#1', of: 'b.txt', reason: 'same title and date' }]);
	});

	test('the same title and date from two named sources are two articles', () => {
		const line = (source: string) => JSON.stringify({ title: ARTICLE.title, date: ARTICLE.date, text: `Report by ${source}.`, source });
		const report = buildTimeline([{ file: 'a.jsonl', content: [line('Wire'), line('Other wire')].join('\n') }], { latest: LATEST });
		expect(report.data.articles).toHaveLength(2);
		expect(report.duplicates).toEqual([]);
	});

	test('one site, one title and date, two different links: two articles (live pages share titles)', () => {
		const second = { ...ARTICLE, url: `${ARTICLE.url}-update`, paragraphs: ['An update: the talks ended on Sunday evening.'] };
		const report = buildTimeline([{ file: 'feed.xml', content: asRss([ARTICLE, second]) }], { latest: LATEST });
		expect(report.data.articles).toHaveLength(2);
		expect(report.duplicates).toEqual([]);
	});

	test('two hand-written copies of one text seed are still an error', () => {
		expect(() => buildTimeline([{ file: 'a.txt', content: asText(ARTICLE) }, { file: 'b.txt', content: asText(ARTICLE) }], { latest: LATEST })).toThrow(SeedErrors);
	});

	test('ids of feed items follow their links, not their place in the feed', () => {
		const first = buildTimeline([{ file: 'f.xml', content: asRss([ARTICLE, other]) }], { latest: LATEST }).data.articles;
		const second = buildTimeline([{ file: 'f.xml', content: asRss([other, ARTICLE]) }], { latest: LATEST }).data.articles;
		const idOf = (list: typeof first, title: string) => list.find((a) => a.title === title)!.id;
		expect(idOf(first, other.title)).toBe(idOf(second, other.title));
		expect(idOf(first, ARTICLE.title)).not.toBe(idOf(first, other.title));
	});
});
