import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SeedErrors } from '../ingest/errors.ts';
import { firstInvalidUtf8, formatSummary, loadTimeline, prepareInWorkers } from './seeds.ts';
import { prepareSource } from '../ingest/buildTimeline.ts';

const GOOD = 'date 2026-01-28 A fine article\nStandfirst.\nTalks will resume on Sunday.\n';

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
		['javascript: URL', 'x.md', '---\ntitle: T\ndate: 2026-01-28\nurl: javascript:alert(1)\n---\n', /^x\.md:4: expected an http\(s\) URL/]
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
		expect(await problems(folder({}))).toEqual(['seeds folder: expected at least one seed file (.txt, .md or .markdown), found none']);
	});

	test('every problem in the folder is listed at once, in file order', async () => {
		const errors = await problems(folder({ 'c.txt': 'nope', 'a.txt': 'date 2026-02-30 T\nS', 'b.md': '---\n', 'ok.txt': GOOD }));
		expect(errors.map((e) => e.split(':')[0])).toEqual(['a.txt', 'b.md', 'c.txt']);
	});
});

describe('odd input: accepted', () => {
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
		expect(formatSummary(report)).toMatch(/^1 articles read, 1 published, 0 skipped, \d+ events, \d+ talks \(2 non-seed files ignored: \.DS_Store \(hidden\), photo\.jpg\)$/);
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

	test('skip-invalid publishes the valid articles and names the skipped', async () => {
		const report = await loadTimeline(folder({ 'a.txt': GOOD, 'bad.txt': new Uint8Array([0xff]) }), { skipInvalid: true });
		expect(report.data.articles).toHaveLength(1);
		expect(report.skipped.map((e) => e.file)).toEqual(['bad.txt']);
		expect(formatSummary(report)).toMatch(/^2 articles read, 1 published, 1 skipped/);
	});
});

describe('firstInvalidUtf8', () => {
	test.each([
		[[0x61, 0x62], -1],
		[[0xe2, 0x80, 0x99], -1],
		[[0x61, 0xff], 1],
		[[0xc0, 0xaf], 0], // overlong "/"
		[[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
		[[0x61, 0xe2, 0x80], 1], // cut short
		[[0xf4, 0x90, 0x80, 0x80], 0] // past U+10FFFF
	])('%j -> %i', (bytes, at) => {
		expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
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
	const single = [...sources].sort((a, b) => (a.file < b.file ? -1 : 1)).map((s) => prepareSource(s, '2026-11-27'));
	expect(threaded.map((p) => p.file)).toEqual(['a.txt', 'b.md', 'c.txt', 'd.txt', 'x.png']);
	expect(threaded).toEqual(single);
}, 60_000);
