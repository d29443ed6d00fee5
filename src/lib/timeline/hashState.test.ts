import { describe, expect, it } from 'vitest';
import { mergeHash } from '../urlHash';
import { decodeHash, encodeHash, timelineHashKeys, type LinkState } from './hashState';
import { dayToMs } from './time';

describe('decodeHash and encodeHash', () => {
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

describe('the timeline and the search share the hash', () => {
	it('the timeline rewriting its keys keeps the search, and the reverse', () => {
		const withSearch = mergeHash('#event=t-1&q=abu&kind=talks', timelineHashKeys({ event: 't-2', article: null, from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 1, 1) }));
		expect(withSearch).toBe('#event=t-2&from=2026-01-01&to=2026-02-01&q=abu&kind=talks');
		expect(mergeHash('#q=abu', timelineHashKeys({ event: null, article: null, from: null, to: null }))).toBe('#q=abu');
		expect(mergeHash('#event=t-1&q=abu', { q: null })).toBe('#event=t-1');
	});
});
