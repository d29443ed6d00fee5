import { describe, expect, it } from 'vitest';
import { matchesFilter } from './filters';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { decodeHash, encodeHash, type LinkState } from './hashState';
import { splitHighlights } from './highlight';
import { eventMark } from './marks';
import { buildReaderBlocks } from './reader';
import { dayToMs } from './time';

describe('splitHighlights', () => {
	const r = (start: number, end: number) => ({ start, end });
	it.each([
		['Talks will resume on Sunday.', [r(21, 27)], ['Talks will resume on ', '[Sunday]', '.']],
		['abc', [], ['abc']],
		['', [], ['']],
		['abcdef', [r(0, 2), r(1, 3), r(4, 99)], ['[ab]', 'cd', '[ef]']],
		['abc', [r(1, 1), r(-5, 1)], ['[a]', 'bc']]
	])('%s', (text, ranges, out) => {
		const segs = splitHighlights(text, ranges);
		expect(segs.map((s) => (s.hit ? `[${s.text}]` : s.text))).toEqual(out);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});
});

describe('buildReaderBlocks', () => {
	it('highlights every dated expression in its block', () => {
		const blocks = buildReaderBlocks(SEED_FIXTURE.articles[0]!);
		expect(blocks).toHaveLength(6);
		const hits = blocks.flatMap((b) => b.segments.filter((s) => s.hit).map((s) => [b.block, s.text, s.hit!.event]));
		expect(hits).toEqual([
			[3, 'February 2022', 'e-invasion'],
			[4, 'Sunday', 'e-resume'],
			[5, 'Tuesday', 'e-interview']
		]);
	});
});

describe('hash state', () => {
	const EMPTY_LINK: LinkState = { event: null, article: null, from: null, to: null };
	it.each([
		['#event=e-resume&from=2026-01-01&to=2026-02-10', { event: 'e-resume', article: null, from: dayToMs('2026-01-01'), to: dayToMs('2026-02-10') }],
		['article=a1', { ...EMPTY_LINK, article: 'a1' }],
		['#event=x&article=y', { ...EMPTY_LINK, event: 'x' }],
		['#from=2026-02-10&to=2026-01-01', EMPTY_LINK],
		['#from=2026-02-30&to=2026-03-10', EMPTY_LINK],
		['#from=2026-01-01', EMPTY_LINK],
		['', EMPTY_LINK],
		['#event=a%20b%26c', { ...EMPTY_LINK, event: 'a b&c' }]
	])('decodes %s', (hash, state) => expect(decodeHash(hash)).toEqual(state));
	it.each([
		[{ ...EMPTY_LINK, event: 'e1', from: dayToMs('2026-01-01'), to: dayToMs('2026-02-10') }, '#event=e1&from=2026-01-01&to=2026-02-10'],
		[{ ...EMPTY_LINK, article: 'a1' }, '#article=a1'],
		[{ ...EMPTY_LINK, from: dayToMs('2026-01-01') + 3_600_000, to: dayToMs('2026-01-03') }, '#from=2026-01-01T01:00&to=2026-01-03'],
		[EMPTY_LINK, '']
	])('encodes %o', (state, hash) => expect(encodeHash(state)).toBe(hash));
	it('round-trips', () => {
		const s = { event: 'e/1 2', article: null, from: dayToMs('2020-05-05') + 60_000 * 7, to: dayToMs('2026-01-01') };
		expect(decodeHash(encodeHash(s))).toEqual(s);
	});
});

describe('filters', () => {
	const marks = SEED_FIXTURE.events.map(eventMark);
	const lanes = { talks: marks.filter((m) => m.lane === 'talks'), events: marks.filter((m) => m.lane === 'events') };
	it.each([
		[{ party: null, place: null }, 2],
		[{ party: 'Russia', place: null }, 2],
		[{ party: 'China', place: null }, 0],
		[{ party: null, place: 'Geneva' }, 0],
		[{ party: 'Ukraine', place: 'Abu Dhabi' }, 2]
	])('%o keeps %d talks', (f, n) => {
		expect(lanes.talks.filter((m) => matchesFilter(m, f))).toHaveLength(n);
		expect(lanes.events.filter((m) => matchesFilter(m, f))).toHaveLength(2);
	});
});
