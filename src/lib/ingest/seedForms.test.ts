import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { asAtom, asJsonLines, asPage, asRss, asText, type ArticleForm } from '../../../tests/support/articleForms.ts';
import { buildTimeline, prepareSource, type SeedSource } from './buildTimeline.ts';
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

	test('links that differ only by their query are different articles; campaign parameters do not count', () => {
		const a = { ...ARTICLE, title: 'Council approves budget', url: 'https://news.example.org/story.php?id=101' };
		const b = { ...ARTICLE, title: 'Fire closes bridge', url: 'https://news.example.org/story.php?id=102', paragraphs: ['A fire closed the bridge on Monday.'] };
		const two = buildTimeline([{ file: 'f.xml', content: asRss([a, b]) }], { latest: LATEST });
		expect(two.data.articles).toHaveLength(2);
		const tracked = { ...a, url: `${a.url}&utm_source=rss`, paragraphs: a.paragraphs.slice(0, 1) };
		const one = buildTimeline([{ file: 'f.xml', content: asRss([a]) }, { file: 'g.xml', content: asRss([tracked]) }], { latest: LATEST });
		expect(one.duplicates).toEqual([{ file: 'g.xml#1', of: 'f.xml#1', reason: 'same URL' }]);
	});

	test('a title shared through a copy without a link does not join two different links', () => {
		const live = { ...ARTICLE, title: 'Live: war updates' };
		const report = buildTimeline(
			[
				{ file: 'a.jsonl', content: JSON.stringify({ title: live.title, date: live.date, text: 'Updates.' }) },
				{ file: 'b.xml', content: asRss([{ ...live, url: 'https://news.example.org/live/morning' }, { ...live, url: 'https://news.example.org/live/evening', paragraphs: ['Evening.'] }]) }
			],
			{ latest: LATEST }
		);
		expect(report.data.articles.map((x) => x.file).sort()).toEqual(['b.xml#1', 'b.xml#2']);
		expect(report.duplicates.map((d) => d.file)).toEqual(['a.jsonl#1']);
	});

	test('a file a parser cannot read is that file\'s error, not the build\'s', () => {
		const overflow = () => {
			throw new RangeError('Maximum call stack size exceeded');
		};
		expect(prepareSource({ file: 'deep.xml', content: asRss([ARTICLE]) }, LATEST, overflow)).toEqual([
			{ kind: 'error', file: 'deep.xml', line: 1, detail: 'expected a file that can be read, found one that fails to parse (Maximum call stack size exceeded)', format: 'feed' }
		]);
		// absurd nesting in an item's body is read, not a crash
		const deep = asRss([{ ...ARTICLE, paragraphs: [] }]).replace(/<content:encoded>[\s\S]*?<\/content:encoded>/, `<content:encoded><![CDATA[${'<b>'.repeat(20_000)}Deep text.]]></content:encoded>`);
		expect(buildTimeline([{ file: 'deep.xml', content: deep }], { latest: LATEST }).data.articles[0]!.paragraphs).toEqual(['Deep text.']);
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
