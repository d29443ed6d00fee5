import { describe, expect, test } from 'vitest';
import { SeedError } from './errors.ts';
import { parseSeed } from './parseSeed.ts';
import { parseArticleDate, parseUrl } from './seedFields.ts';

describe('parseArticleDate', () => {
	test.each([
		['2026-01-28', '2026-01-28'],
		[' 2024-02-29 ', '2024-02-29']
	])('accepts %j', (raw, day) => {
		expect(parseArticleDate('a.txt', 1, raw)).toBe(day);
	});
	test.each(['2026-02-30', '2026-13-01', '2023-02-29', '28/01/2026', '2026-1-28', '', 'tomorrow'])(
		'rejects %j with file and line',
		(raw) => {
			expect(() => parseArticleDate('a.txt', 3, raw)).toThrowError(/^a\.txt:3: expected a real date as YYYY-MM-DD/);
		}
	);
});

describe('parseUrl', () => {
	test.each([
		['https://example.com/a?b=1', 'https://example.com/a?b=1'],
		['http://example.com', 'http://example.com/']
	])('keeps %j', (raw, url) => expect(parseUrl('a.md', 4, raw)).toBe(url));
	test.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://x.org', 'not a url'])('rejects %j', (raw) => {
		expect(() => parseUrl('a.md', 4, raw)).toThrowError(SeedError);
	});
});

describe('parseSeed: text seeds', () => {
	test('header, standfirst and paragraphs', () => {
		const seed = parseSeed('x/a.txt', ' date 2026-01-28 US talks\nThe standfirst\nPara one.\n\nPara  two.\n');
		expect(seed).toEqual({
			file: 'x/a.txt',
			date: '2026-01-28',
			title: 'US talks',
			standfirst: 'The standfirst',
			paragraphs: ['Para one.', 'Para two.'],
			source: null,
			url: null,
			author: null
		});
	});
	test('BOM and CRLF are accepted', () => {
		const seed = parseSeed('a.txt', '\uFEFFdate 2026-01-28 T\r\nStand\r\nBody\r\n');
		expect([seed.date, seed.title, seed.standfirst, seed.paragraphs]).toEqual(['2026-01-28', 'T', 'Stand', ['Body']]);
	});
	test.each([
		['2026-01-28 Title\nstand', 1, /expected a first line like "date YYYY-MM-DD Title"/],
		['date 2026-01-28\nstand', 1, /expected a first line like/],
		['date 2026-02-30 Title\nstand', 1, /expected a real date/],
		['date 2026-01-28 Title', 2, /expected a standfirst/],
		['date 2026-01-28 Title\n\n  \n', 2, /expected a standfirst/],
		['', 1, /expected a first line/]
	])('%j fails at line %i', (content, line, message) => {
		try {
			parseSeed('bad.txt', content);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(SeedError);
			expect((e as SeedError).file).toBe('bad.txt');
			expect((e as SeedError).line).toBe(line);
			expect((e as SeedError).message).toMatch(message);
		}
	});
});

describe('parseSeed: Markdown seeds', () => {
	test('front matter and paragraphs', () => {
		const seed = parseSeed(
			'notes/b.md',
			'---\ntitle: "Talks: day two"\ndate: 2026-02-01\nsource: Kyiv Post\nurl: https://kyivpost.com/x\nauthor: \'O\'\'Brien\'\ntags: ignored\n---\n\nFirst line\nwraps here.\n\nSecond.\n'
		);
		expect(seed).toEqual({
			file: 'notes/b.md',
			date: '2026-02-01',
			title: 'Talks: day two',
			standfirst: '',
			paragraphs: ['First line wraps here.', 'Second.'],
			source: 'Kyiv Post',
			url: 'https://kyivpost.com/x',
			author: "O'Brien"
		});
	});
	test('a YAML timestamp keeps its day', () => {
		expect(parseSeed('c.md', '---\ntitle: T\ndate: 2026-01-28T09:30:00Z\n---\nx').date).toBe('2026-01-28');
	});
	test.each([
		['title: T\ndate: 2026-01-01\n', 1, /expected front matter starting with a "---" line/],
		['---\ntitle: T\ndate: 2026-01-01\n', 1, /expected a closing "---"/],
		['---\ntitle: T\n---\nx', 1, /expected a "date: YYYY-MM-DD" field/],
		['---\ndate: 2026-01-01\n---\nx', 1, /expected a non-empty "title"/],
		['---\ntitle: T\ndate: 2026-01-01\njust words\n---\n', 4, /expected "key: value"/],
		['---\ntitle: T\ndate: 2026-04-31\n---\n', 3, /expected a real date/],
		['---\ntitle: "T\ndate: 2026-01-01\n---\n', 2, /closing double quote/],
		['---\ntitle: T\ndate: 2026-01-01\nurl: javascript:alert(1)\n---\n', 4, /expected an http\(s\) URL/],
		['---\ntitle: T\ntitle: U\ndate: 2026-01-01\n---\n', 3, /expected "title" once/]
	])('%j fails at line %i', (content, line, message) => {
		try {
			parseSeed('bad.md', content);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(SeedError);
			expect((e as SeedError).line).toBe(line);
			expect((e as SeedError).message).toMatch(message);
		}
	});
});
