import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SeedErrors } from '../ingest/errors.ts';
import { asJsonLines, asPage, asRss, type ArticleForm } from '../../../tests/support/articleForms.ts';
import { formatSummary, loadTimeline, prepareInWorkers } from './seeds.ts';
import { prepareSource } from '../ingest/buildTimeline.ts';

const GOOD = 'date 2026-01-28 A fine article\nStandfirst.\nTalks will resume on Sunday.\n';
const FORM: ArticleForm = {
	date: '2026-01-27',
	title: 'Talks resume in Abu Dhabi',
	standfirst: 'Delegations meet again',
	paragraphs: ['Delegations from the United States, Russia and Ukraine met again in Abu Dhabi on Sunday, officials said, after a first round of talks last week.', 'The talks were held behind closed doors, and officials said they would resume next month in Geneva.'],
	url: 'https://news.example.org/world/talks-resume',
	source: 'The Example Times',
	author: 'Jane Reporter'
};
const PAGE = asPage(FORM);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function folder(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	return dir;
}

async function problems(dir: string): Promise<string[]> {
	try {
		await loadTimeline(dir, { latest: '2026-11-27' });
	} catch (e) {
		if (e instanceof SeedErrors) return e.errors.map((x) => x.message);
		throw e;
	}
	return [];
}

// Every kind of bad input has one defined outcome: a named error (file:line: expected ...) or
// acceptance; a table row each, so the closing note of the robustness issue can list them.
describe('bad input: rejected with file, line and what was expected', () => {
	test.each([
		['missing header', 'x.txt', 'Just a paragraph.\nAnother.', /^x\.txt:1: expected a first line like "date YYYY-MM-DD Title"/],
		['malformed header', 'x.txt', 'date: 28 Jan 2026 Title\nStand.', /^x\.txt:1: expected a first line like "date YYYY-MM-DD Title", found "date: 28 Jan 2026 Title"/],
		['header with a date in another format', 'x.txt', 'date 28/01/2026 Title\nStand.', /^x\.txt:1: expected a real date as YYYY-MM-DD, found "28\/01\/2026"/],
		['impossible day', 'x.txt', 'date 2026-02-30 T\nStand.', /^x\.txt:1: expected a real date as YYYY-MM-DD, found "2026-02-30"/],
		['impossible month', 'x.txt', 'date 2026-13-01 T\nStand.', /^x\.txt:1: expected a real date/],
		['far future', 'x.txt', 'date 2999-01-01 T\nStand.', /^x\.txt:1: expected a publication date no later than 2026-11-27, found "2999-01-01"/],
		['before year 1', 'x.txt', 'date 0000-12-31 T\nStand.', /^x\.txt:1: expected a date in year 1 or later/],
		['empty file', 'x.txt', '', /^x\.txt:1: expected a first line like/],
		['header only', 'x.txt', 'date 2026-01-28 Title only\n', /^x\.txt:2: expected a standfirst/],
		['invalid UTF-8', 'x.txt', new Uint8Array([...Buffer.from('date 2026-01-28 T\nStand\n'), 0xc3, 0x28]), /^x\.txt:3: expected UTF-8 text, found an invalid byte 0xc3/],
		['binary file', 'x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^x\.txt:1: expected UTF-8 text, found an invalid byte 0x89/],
		['binary but valid UTF-8', 'x.txt', 'date 2026-01-28 T\nStand\u0000.\n', /^x\.txt:2: expected a text file, found binary data/],
		['front matter without date', 'x.md', '---\ntitle: T\n---\nBody', /^x\.md:1: expected a "date: YYYY-MM-DD" field/],
		['front matter not key: value', 'x.md', '---\ntitle: T\n- list\ndate: 2026-01-28\n---\n', /^x\.md:3: expected "key: value"/],
		['unterminated front matter', 'x.md', '---\ntitle: T\ndate: 2026-01-28\n', /^x\.md:1: expected a closing "---"/],
		['javascript: URL', 'x.md', '---\ntitle: T\ndate: 2026-01-28\nurl: javascript:alert(1)\n---\n', /^x\.md:4: expected an http\(s\) URL/],
		['a page with no date', 'p.html', PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(/"datePublished":"[^"]*",/, ''), /^p\.html:1: expected a publication date, found none; looked in JSON-LD/],
		['a page with no article', 'p.html', '<html><head><meta property="og:title" content="Home"><meta property="article:published_time" content="2026-01-01"></head><body><nav>Home</nav></body></html>', /^p\.html:1: expected an article body that Readability can find/],
		['a page that is not UTF-8 and says nothing', 'p.html', latin1(PAGE.replace('<meta charset="utf-8">', '').replace('officials said,', 'officials said caf\xe9,')), /^p\.html:\d+: expected UTF-8 text, found an invalid byte 0xe9/],
		['a feed item with no date', 'f.xml', asRss([FORM]).replace(/<pubDate>.*<\/pubDate>/, ''), new RegExp(`^f\\.xml:7: item 1 \\(${FORM.url.replace(/[./]/g, '\\$&')}\\): expected a date in pubDate or dc:date, found none$`)],
		['a feed item with no title', 'f.rss', asRss([FORM]).replace(/<title>Talks.*<\/title>/, ''), /^f\.rss:7: item 1 \(https:\/\/news\.example\.org\/world\/talks-resume\): expected a <title>, found none$/],
		['malformed XML', 'f.xml', '<?xml version="1.0"?>\n<rss>\n<channel>\n<item>\n</rss>', /^f\.xml:5: expected well-formed XML/],
		['a JSON Lines line that is not JSON', 'a.jsonl', `${asJsonLines([FORM])}{oops\n`, /^a\.jsonl:2: expected a JSON object, found invalid JSON/]
	])('%s', async (_, name, content, message) => {
		const errors = await problems(folder({ 'ok.txt': GOOD, [name]: content }));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(message);
	});

	test('duplicate files: the second is named as a duplicate of the first', async () => {
		expect(await problems(folder({ 'a.txt': GOOD, 'b/copy.txt': GOOD }))).toEqual([
			'b/copy.txt:1: expected each article once, found a duplicate of a.txt'
		]);
	});

	test('an empty folder', async () => {
		expect(await problems(folder({}))).toEqual(['seeds folder: expected at least one seed file (.txt, .md, .markdown, .html, .htm, .xml, .rss, .atom, .rdf or .jsonl), found none']);
	});

	test('every problem in the folder is listed at once, in file order', async () => {
		const errors = await problems(folder({ 'c.txt': 'nope', 'a.txt': 'date 2026-02-30 T\nS', 'b.md': '---\n', 'ok.txt': GOOD }));
		expect(errors.map((e) => e.split(':')[0])).toEqual(['a.txt', 'b.md', 'c.txt']);
	});
});

describe('odd input: accepted', () => {
	test('a Windows-1252 page is decoded from its declared charset', async () => {
		const page = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').replace('officials said,', 'officials said (\x93historic\x94),');
		const { data } = await loadTimeline(folder({ 'p.html': latin1(page) }));
		expect(data.articles[0]!.paragraphs[0]).toContain('officials said (“historic”),');
	});

	test('every format in one folder: the summary counts them and names what was read once', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'page.html': PAGE, 'news.xml': asRss([FORM]), 'items.jsonl': asJsonLines([{ ...FORM, title: 'Another story', url: 'https://example.org/b' }]) }));
		expect(report.data.articles.map((a) => a.file).sort()).toEqual(['a.txt', 'items.jsonl#1', 'page.html']);
		expect(formatSummary(report)).toMatch(
			/^4 articles read \(1 text, 1 page, 1 feed item, 1 JSON Lines\), 3 published, 0 skipped, 1 duplicate read once \(news\.xml#1: same text as page\.html\), \d+ events, \d+ talks$/
		);
	});

	test('BOM and CRLF are normalised', async () => {
		const { data } = await loadTimeline(folder({ 'w.txt': '\uFEFFdate 2026-01-28 Windows\r\nStand.\r\nBody on Sunday.\r\n' }));
		expect(data.articles[0]!.title).toBe('Windows');
		expect(data.articles[0]!.paragraphs).toEqual(['Body on Sunday.']);
	});

	test('names with spaces and non-Latin letters keep their path', async () => {
		const { data } = await loadTimeline(folder({ 'переговоры/день один.txt': GOOD, 'جلسة.md': '---\ntitle: T\ndate: 2026-01-29\n---\nx' }));
		expect(data.articles.map((a) => a.file).sort()).toEqual(['جلسة.md', 'переговоры/день один.txt'].sort());
	});

	test('unknown file types and hidden files are ignored and named in the summary', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'photo.jpg': 'x', '.DS_Store': 'x' }));
		expect(report.ignored).toEqual(['.DS_Store (hidden)', 'photo.jpg']);
		expect(formatSummary(report)).toMatch(/^1 article read \(1 text\), 1 published, 0 skipped, \d+ events?, \d+ talks \(2 non-seed files ignored: \.DS_Store \(hidden\), photo\.jpg\)$/);
	});

	test('a link to a file is read; a link to a folder is named, not followed', async () => {
		const outside = folder({ 'elsewhere.txt': GOOD });
		const dir = folder({});
		symlinkSync(join(outside, 'elsewhere.txt'), join(dir, 'linked.txt'));
		symlinkSync(outside, join(dir, 'loop'));
		const report = await loadTimeline(dir);
		expect(report.data.articles.map((a) => a.file)).toEqual(['linked.txt']);
		expect(report.ignored).toEqual(['loop (link to a folder, not followed)']);
	});

	test('a dangling link is a named problem', async () => {
		const dir = folder({ 'a.txt': GOOD });
		symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
		expect(await problems(dir)).toEqual([expect.stringMatching(/^dangling\.txt:1: expected a readable file/)]);
	});

	test('direction overrides and control characters are removed from text', async () => {
		const { data } = await loadTimeline(folder({ 'x.txt': 'date 2026-01-28 Evil\u202Etxt.exe\u0007\nStand.\n' }));
		expect(data.articles[0]!.title).toBe('Eviltxt.exe');
	});

	test('a 1 MB single line and a 10 MB article are read whole', async () => {
		const sentence = 'Officials met in Geneva on Tuesday and talks will resume next week. ';
		const line = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
		const big = Array.from({ length: 10 }, () => line).join('\n');
		const report = await loadTimeline(folder({ 'line.txt': `date 2026-01-28 Line\nStand.\n${line}`, 'big.txt': `date 2026-01-27 Big\nStand.\n${big}` }), { skipInvalid: false });
		expect(report.data.articles.map((a) => [a.title, a.paragraphs.join('\n').length])).toEqual([
			['Big', big.length - 10], // each line's trailing space is trimmed
			['Line', line.trimEnd().length]
		]);
	}, 120_000);

	test('a 1 MB line without a full stop and with 15,000 date phrases: cut into sentences of 1,000 characters, counted in the summary', async () => {
		const phrases = ['on Monday', 'in March 2024', 'last week', 'on 3 February', 'next year', 'in 2019', 'on Friday', 'two days later'];
		let line = '';
		for (let i = 0; line.length < 1_000_000; i++) line += `talks ${phrases[i % phrases.length]} went on and `;
		const report = await loadTimeline(folder({ 'run-on.txt': `date 2026-01-28 Run-on\nStand.\n${line}` }));
		const article = report.data.articles[0]!;
		expect(article.timexes.length).toBeGreaterThanOrEqual(15_000);
		expect(Math.max(...article.sentences.map((x) => x.end - x.start))).toBeLessThanOrEqual(1000);
		expect(article.paragraphs[0]).toBe(line.trim());
		expect(formatSummary(report)).toMatch(/, 1 sentence over 1,000 characters cut into pieces$/);
	}, 60_000);

	test('a 5 MB page and a feed of 10,000 items are read whole', async () => {
		const sentence = 'Officials met in Geneva on Tuesday and said talks would resume next week, according to the ministry.';
		const paragraphs = Array.from({ length: 45_000 }, (_, i) => `${i}: ${sentence}`);
		const page = asPage({ ...FORM, paragraphs });
		expect(page.length).toBeGreaterThan(5_000_000);
		const items = Array.from({ length: 10_000 }, (_, i) => ({ ...FORM, title: `Story ${i}`, url: `https://example.org/${i}`, paragraphs: [sentence] }));
		const report = await loadTimeline(folder({ 'big.html': page, 'feed.xml': asRss(items) }));
		expect(report.read).toBe(10_001);
		const big = report.data.articles.find((a) => a.file === 'big.html')!;
		expect(big.paragraphs).toEqual(paragraphs);
	}, 120_000);

	test('skip-invalid publishes the valid articles and names the skipped', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'bad.txt': new Uint8Array([0xff]) }), { skipInvalid: true });
		expect(report.data.articles).toHaveLength(1);
		expect(report.skipped.map((e) => e.file)).toEqual(['bad.txt']);
		expect(formatSummary(report)).toMatch(/^2 articles read \(2 text\), 1 published, 1 skipped/);
	});
});

describe('extraction on worker threads', () => {
	test('gives exactly the output of one thread', async () => {
		const files: Record<string, string> = {};
		const days = ['Sunday', 'Tuesday', 'last week', 'in February 2022', 'next month', 'yesterday'];
		for (let i = 0; i < 24; i++)
			files[`f${String(i).padStart(2, '0')}.txt`] =
				`date 2026-01-${String(1 + i).padStart(2, '0')} Article ${i}\nStandfirst ${i}.\n` +
				`Talks between Russia and Ukraine were held in Geneva ${days[i % days.length]}. Talks will resume on ${days[(i + 1) % 2]}.\n`;
		const dir = folder(files);
		const one = await loadTimeline(dir, { latest: '2026-11-27' });
		const before = process.env.EXTRACT_WORKERS;
		process.env.EXTRACT_WORKERS = '3';
		try {
			const three = await loadTimeline(dir, { latest: '2026-11-27' });
			expect(JSON.stringify(three.data)).toBe(JSON.stringify(one.data));
			expect(three.data.events.length).toBeGreaterThan(5);
		} finally {
			if (before === undefined) delete process.env.EXTRACT_WORKERS;
			else process.env.EXTRACT_WORKERS = before;
		}
	}, 60_000);
});

test('prepareInWorkers returns every file, in path order, as one thread does', async () => {
	const sources = ['c.txt', 'a.txt', 'b.md', 'd.txt', 'x.png'].map((file, i) => ({
		file,
		content: file.endsWith('.md') ? '---\ntitle: B\ndate: 2026-01-02\n---\nMet on Sunday.' : `date 2026-01-0${i + 1} T${i}\nS.\nIt rained on Monday.`
	}));
	const threaded = await prepareInWorkers(sources, '2026-11-27', 2);
	const single = [...sources].sort((a, b) => (a.file < b.file ? -1 : 1)).flatMap((s) => prepareSource(s, "2026-11-27"));
	expect(threaded.map((p) => p.file)).toEqual(['a.txt', 'b.md', 'c.txt', 'd.txt', 'x.png']);
	expect(threaded).toEqual(single);
}, 60_000);

describe('the story file (story.md at the root)', () => {
	const STORY = '---\ntitle: Peace talks\nstandfirst: Who met and where\n---\n';
	test('is the story, not an article; a story.md further down is an article', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'story.md': STORY, 'more/story.md': '---\ntitle: Nested\ndate: 2026-01-02\n---\nMet on Sunday.' }), { latest: '2026-11-27' });
		expect(report.story).toEqual({ title: 'Peace talks', standfirst: 'Who met and where', from: null, to: null, locale: null });
		expect(report.data.articles.map((a) => a.file).sort()).toEqual(['a.txt', 'more/story.md']);
		expect(report.read).toBe(2);
	});
	test('is optional', async () => {
		expect((await loadTimeline(folder({ 'a.txt': GOOD }), { latest: '2026-11-27' })).story).toBeNull();
	});
	test('a bad one is an error with its line, listed with the articles’ errors', async () => {
		expect(await problems(folder({ 'a.txt': 'no header', 'story.md': '---\ntitle: T\nfrom: 2026-13-01\n---\n' }))).toEqual([
			expect.stringMatching(/^a\.txt:1: expected a first line like/),
			'story.md:3: expected a real date as YYYY-MM-DD, found "2026-13-01"'
		]);
	});
	test('with SKIP_INVALID a bad one is skipped, not counted as an article, and the title is derived', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'story.md': '---\nheadline: T\n---\n' }), { latest: '2026-11-27', skipInvalid: true });
		expect(report.story).toBeNull();
		expect(report.skipped.map((e) => e.message)).toEqual(['story.md:2: expected one of title, standfirst, from, to, locale in the story\'s front matter, found "headline"']);
		expect(report.read).toBe(1);
	});
});
