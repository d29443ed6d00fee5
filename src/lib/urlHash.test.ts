import { describe, expect, test } from 'vitest';
import { mergeHash } from './urlHash';

describe('mergeHash', () => {
	test.each([
		['adds to an empty hash', '', { event: 'e-1' }, '#event=e-1'],
		['keeps the other keys, in the one order', '#q=talks&kind=event', { event: 'e-1', from: '2026-01-01T00:00', to: '2026-02-01T00:00' }, '#event=e-1&from=2026-01-01T00:00&to=2026-02-01T00:00&q=talks&kind=event'],
		['removes a key set to null', '#event=e-1&q=talks', { event: null }, '#q=talks'],
		['the search writing after the timeline gives the same URL', '#event=e-1&from=2026-01-01T00:00&to=2026-02-01T00:00', { q: 'talks' }, '#event=e-1&from=2026-01-01T00:00&to=2026-02-01T00:00&q=talks'],
		['nothing left: empty', '#q=talks', { q: null }, ''],
		['unknown keys are kept, last', '#x=1&event=e-1', { q: 'a b' }, '#event=e-1&q=a+b&x=1']
	])('%s', (_, hash, updates, expected) => {
		expect(mergeHash(hash, updates)).toBe(expected);
	});
});
