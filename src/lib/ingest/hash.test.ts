import { describe, expect, test } from 'vitest';
import { articleIdFor, hashString } from './hash.ts';

describe('hashString', () => {
	test.each([
		['', ' '],
		['a', 'b'],
		['a1#3#2026-02-01', 'a1#3#2026-02-02'],
		['ab', 'ba']
	])('tells %j from %j', (a, b) => {
		expect(hashString(a)).not.toBe(hashString(b));
	});
	test('is the same on every call, 11 base-36 characters', () => {
		expect(hashString('seeds/a.txt')).toBe(hashString('seeds/a.txt'));
		expect(hashString('x')).toMatch(/^[0-9a-z]{11}$/);
	});
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
