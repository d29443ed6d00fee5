/**
 * Property-based tests: whatever the text, the parser and the date extractor return or raise the
 * project's own error, never anything else, and never hang. `npm test` runs a few hundred cases per
 * property; `npm run fuzz` runs FUZZ_RUNS (100,000) of each.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTimeline } from './buildTimeline.ts';
import { SeedError, SeedErrors } from './errors.ts';
import { readDatedClause } from './events/clause.ts';
import { MAX_LABEL, writeHeadline } from './events/headline.ts';
import { tagSentence } from './events/tag.ts';
import { parseSeed } from './parseSeed.ts';
import { capSentences, MAX_SENTENCE, splitSentences } from './splitSentences.ts';
import { extractTimexes } from './timex/index.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(20_000, RUNS * 5);

// Words that steer the extractor and parser into their rarer paths
const TOKENS = [
	'date', '2026-01-28', '2026-02-30', '---', 'title:', 'date:', '"', "'", '\n', '\r\n', ' ', '.', ',', '-', '/',
	'on', 'Sunday', 'last', 'next', 'week', 'May', 'may', 'March', 'march', 'since', 'February', '2022', '1990s',
	'the', 'end', 'of', 'year', 'two', 'days', 'ago', 'from', 'to', 'between', 'and', 'every', 'mid-', 'late', 'early',
	'Q1', 'summer', 'will', 'resume', 'talks', 'held', 'in', 'Abu Dhabi', 'US', 'Russia', 'Kyiv', 'met', 'now',
	'3', '31', '12:30', 'p.m.', 'a.m.', '\u202e', '\uFEFF', '<script>', '</script>', 'Mr.', 'U.S.', '1,000', '%'
];
const newsish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), newsish);
const dct = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
	test('parseSeed returns a seed or throws a SeedError', () => {
		fc.assert(
			fc.property(fc.constantFrom('a.txt', 'b.md'), fc.oneof(anyText, newsish.map((t) => `date 2026-01-28 ${t}`), newsish.map((t) => `---\ntitle: x\ndate: 2026-01-28\n${t}`)), (file, content) => {
				try {
					const seed = parseSeed(file, content, '2026-12-31');
					expect(seed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					expect(seed.title.length).toBeGreaterThan(0);
				} catch (e) {
					if (!(e instanceof SeedError)) throw e;
					expect(e.line).toBeGreaterThanOrEqual(1);
				}
			}),
			{ numRuns: RUNS }
		);
	}, TIMEOUT);

	test('extractTimexes never throws; its offsets are sorted, disjoint and quote the text', () => {
		fc.assert(
			fc.property(anyText, dct, (text, day) => {
				const found = extractTimexes(text, day);
				let last = 0;
				for (const t of found) {
					expect(t.start).toBeGreaterThanOrEqual(last);
					expect(t.end).toBeGreaterThan(t.start);
					expect(text.slice(t.start, t.end)).toBe(t.text);
					if (t.when) expect(t.when.start <= t.when.end).toBe(true);
					last = t.end;
				}
			}),
			{ numRuns: RUNS }
		);
	}, TIMEOUT);

	test('splitSentences covers the text in order, and a headline stays within its length', () => {
		fc.assert(
			fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
				let last = 0;
				for (const s of splitSentences(text)) {
					expect(s.start).toBeGreaterThanOrEqual(last);
					expect(s.end).toBeGreaterThan(s.start);
					last = s.end;
				}
				const tokens = tagSentence(text);
				if (!tokens.length) return;
				const first = a % tokens.length;
				const end = Math.min(tokens.length - 1, first + (b % 4));
				const headline = writeHeadline(readDatedClause(tokens, first, end).parts);
				expect(headline.length).toBeLessThanOrEqual(MAX_LABEL);
				expect(headline).not.toMatch(/\u2026$/);
			}),
			{ numRuns: RUNS }
		);
	}, TIMEOUT);

	test('buildTimeline returns data or throws SeedErrors', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('a.txt', 'b.md', 'c/d.txt', 'e.bin'), fc.oneof(anyText, newsish.map((t) => `date 2026-01-28 T\n${t}\n${t}`))), { maxLength: 4 }), (files) => {
				const sources = [...new Map(files).entries()].map(([file, content]) => ({ file, content }));
				try {
					const { data } = buildTimeline(sources, { latest: '2026-12-31' });
					for (const event of data.events)
						for (const m of event.mentions) expect(m.sentenceText.slice(m.start, m.end)).toBe(m.text);
				} catch (e) {
					if (!(e instanceof SeedErrors)) throw e;
				}
			}),
			{ numRuns: Math.ceil(RUNS / 10) }
		);
	}, TIMEOUT);
});

// Inputs built to make a backtracking regular expression take exponential or quadratic time: each
// must finish within the test's timeout, with a result that still keeps every promise.
describe('adversarial inputs finish', () => {
	const N = 20_000;
	test.each([
		['digits and spaces', '1 '.repeat(N)],
		['month names', 'January '.repeat(N / 4)],
		['dashes', '-'.repeat(N)],
		['dots', '.'.repeat(N)],
		['from-to chains', 'from 3 to '.repeat(N / 5)],
		['between-and chains', 'between 1 and '.repeat(N / 8)],
		['nested quotes', '"\''.repeat(N)],
		['long word', 'a'.repeat(N * 5)],
		['weekday soup', 'on Sunday last Monday next Friday '.repeat(N / 20)],
		['no spaces', '2026-01-28'.repeat(N / 5)],
		['talk soup', 'talks met summit round in Abu Dhabi between the US and Russia, '.repeat(N / 30)]
	])('%s', (_, text) => {
		for (const t of extractTimexes(text, '2026-01-28')) expect(text.slice(t.start, t.end)).toBe(t.text);
		// the sentences hold every character but spaces, once each, in order
		let last = 0;
		let held = '';
		for (const s of splitSentences(text)) {
			expect(s.start).toBeGreaterThanOrEqual(last);
			expect(s.end).toBeGreaterThan(s.start);
			held += text.slice(s.start, s.end);
			last = s.end;
		}
		expect(held.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
		const seed = parseSeed('a.txt', `date 2026-01-28 T\n${text}\n${text}`);
		expect([seed.title, seed.standfirst, seed.paragraphs]).toEqual(['T', text.trim(), [text.trim()]]);
		const { data } = buildTimeline([{ file: 'a.txt', content: `date 2026-01-28 T\nS.\n${text}` }]);
		expect(data.articles.map((a) => a.file)).toEqual(['a.txt']);
		for (const e of data.events) for (const m of e.mentions) expect(m.sentenceText.slice(m.start, m.end)).toBe(m.text);
	}, 60_000);
});

describe('capSentences', () => {
	test('pieces cover each long sentence in order, none over the limit, none cutting a date expression', () => {
		fc.assert(
			fc.property(newsish, fc.integer({ min: 20, max: 200 }), (text, max) => {
				const spans = splitSentences(text);
				const keep = extractTimexes(text, '2026-01-28');
				const { spans: pieces } = capSentences(spans, text, keep, max);
				let last = 0;
				for (const p of pieces) {
					expect(p.start).toBeGreaterThanOrEqual(last);
					expect(p.end - p.start).toBeLessThanOrEqual(Math.max(max, ...keep.map((k) => k.end - k.start)) + max);
					last = p.end;
				}
				for (const k of keep) {
					const inSpan = spans.some((s) => s.start <= k.start && k.end <= s.end);
					if (inSpan) expect(pieces.some((p) => p.start <= k.start && k.end <= p.end)).toBe(true);
				}
			}),
			{ numRuns: RUNS }
		);
	}, TIMEOUT);
});

// One paragraph without a full stop, full of dates, as a scraper's run-on line can be: every event
// in it used to carry the whole line. `npm run fuzz` adds the 1 MB size (about 15,000 dates).
describe('a run-on line of date phrases grows the output linearly', () => {
	const PHRASES = ['on Monday', 'in March 2024', 'last week', 'on 3 February', 'next year', 'in 2019', 'on Friday', 'two days later'];
	const line = (bytes: number) => {
		let s = '';
		for (let i = 0; s.length < bytes; i++) s += `talks ${PHRASES[i % PHRASES.length]} went on and `;
		return s;
	};
	const sizes = RUNS >= 10_000 ? [100_000, 1_000_000] : [25_000, 100_000];
	test(`${sizes.map((n) => `${n / 1000} KB`).join(' and ')}`, () => {
		const out = sizes.map((n) => {
			const { data } = buildTimeline([{ file: 'a.txt', content: `date 2026-01-28 T\nS.\n${line(n)}` }], { latest: '2026-12-31' });
			const mentions = data.events.reduce((sum, e) => sum + e.mentions.length, 0);
			for (const e of data.events) for (const m of e.mentions) expect(m.sentenceText.length).toBeLessThanOrEqual(MAX_SENTENCE);
			return { bytes: JSON.stringify(data).length, mentions, timexes: data.articles[0]!.timexes.length };
		});
		const ratio = sizes[1]! / sizes[0]!;
		expect(out[1]!.timexes / out[0]!.timexes).toBeCloseTo(ratio, 0);
		// linear: the output grows as the input does (within 15 %), not as its square
		expect(out[1]!.bytes / out[0]!.bytes).toBeGreaterThan(ratio * 0.85);
		expect(out[1]!.bytes / out[0]!.bytes).toBeLessThan(ratio * 1.15);
	}, 120_000);
});
