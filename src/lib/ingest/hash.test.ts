import { describe, expect, test } from 'vitest';
import { articleIdFor, bucketOf, fnv1a, hashString } from './hash.ts';

describe('hashString', () => {
	test.each([
		['', ' '],
		['a', 'b'],
		['a1#3#2026-02-01', 'a1#3#2026-02-02'],
		['ab', 'ba']
	])('tells %j from %j', (a, b) => {
		expect(hashString(a)).not.toBe(hashString(b));
	});
	// pinned: ids in deep links must survive a rebuild, on any machine
	test.each([
		['seeds/a.txt', '1prktmosv99'],
		['x', '049fp6jq86t']
	])('%j -> %s', (input, id) => expect(hashString(input)).toBe(id));
	test('no clash among 200,000 ids like ours', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 200_000; i++) seen.add(hashString(`a-${i}#${i % 97}#2026-01-${(i % 28) + 1}`));
		expect(seen.size).toBe(200_000);
	});
	test('article ids come from the path', () => {
		expect(articleIdFor('a/b.txt')).toBe(`a-${hashString('a/b.txt')}`);
		expect(articleIdFor('a/b.txt')).not.toBe(articleIdFor('a/c.txt'));
	});
});

describe('fnv1a', () => {
	// the reference vectors of the FNV authors (32-bit FNV-1a; ASCII, so code units are bytes)
	test.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('%j -> %i', (input, hash) => expect(fnv1a(input)).toBe(hash));
});

describe('bucketOf', () => {
	test.each([
		['a', 7, 0xe40c292c % 7],
		['foobar', 5, 0xbf9cf968 % 5],
		['foobar', 1, 0],
		['foobar', 0, 0]
	])('%j in %i buckets -> %i', (id, buckets, bucket) => expect(bucketOf(id, buckets)).toBe(bucket));
	test('spreads ids like ours evenly', () => {
		const counts = new Array<number>(16).fill(0);
		for (let i = 0; i < 16_000; i++) counts[bucketOf(`e-${i.toString(36)}`, 16)]!++;
		for (const n of counts) expect(n).toBeGreaterThan(800);
	});
});
