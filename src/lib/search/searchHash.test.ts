import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from './querySearch';
import { decodeSearchHash, eventLink, hasSearchKeys, mergeSearchHash } from './searchHash';

describe('search hash', () => {
	it.each([
		['', EMPTY_QUERY],
		['#q=abu+dhabi&kind=talks', { ...EMPTY_QUERY, text: 'abu dhabi', kind: 'talks' }],
		['#event=t-1&from=2026-01-01&to=2026-02-01&status=held&party=Russia&place=Abu%20Dhabi', { ...EMPTY_QUERY, status: 'held', party: 'Russia', place: 'Abu Dhabi' }],
		['#kind=', EMPTY_QUERY]
	])('decodes %s', (hash, want) => expect(decodeSearchHash(hash)).toEqual(want));

	it.each([
		['', { ...EMPTY_QUERY, text: 'abu' }, '#q=abu'],
		['#event=t-1&from=2026-01-01T10:00', { ...EMPTY_QUERY, kind: 'talks' }, '#event=t-1&from=2026-01-01T10:00&kind=talks'],
		['#event=t-1&q=old', EMPTY_QUERY, '#event=t-1'],
		['#q=old', { ...EMPTY_QUERY, text: '   ' }, ''],
		['#q=x', { ...EMPTY_QUERY, text: 'a&b=c' }, '#q=a%26b%3Dc']
	])('merges into %s', (hash, q, want) => expect(mergeSearchHash(hash, q)).toBe(want));

	it('round-trips', () => {
		const q = { text: 'talks in Abu', kind: 'talks', status: 'held', party: 'United States', place: 'Abu Dhabi' };
		expect(decodeSearchHash(mergeSearchHash('#event=x', q))).toEqual(q);
	});

	it('links an event with the search kept', () => {
		expect(eventLink('t-1', { ...EMPTY_QUERY, text: 'abu' })).toBe('#event=t-1&q=abu');
		expect(eventLink('t-1', EMPTY_QUERY)).toBe('#event=t-1');
	});

	it.each([
		['#q=', true],
		['#event=x', false],
		['', false],
		['#place=Geneva', true]
	])('hasSearchKeys(%s) = %s', (h, want) => expect(hasSearchKeys(h)).toBe(want));
});
