import { describe, expect, test } from 'vitest';
import { clusterMatches, matchBetween, matchesOf } from './matches';
import { dayToMs } from './time';

const doc = (id: string, kind: 'talks' | 'event', start: string) => ({ id, kind, when: { start } });

describe('matchesOf', () => {
	const m = matchesOf([doc('b', 'event', '2024-03-02'), doc('t', 'talks', '2024-01-10'), doc('a', 'event', '2023-12-31')]);

	test('keeps the ids and, per lane, the start days in order', () => {
		expect([...m.ids].sort()).toEqual(['a', 'b', 't']);
		expect(m.starts.events).toEqual([dayToMs('2023-12-31'), dayToMs('2024-03-02')]);
		expect(m.starts.talks).toEqual([dayToMs('2024-01-10')]);
		expect(m.starts.articles).toBeUndefined();
	});

	test.each([
		['a stretch holding a start', 'events', '2024-03-01', '2024-04-01', true],
		['from is inclusive', 'events', '2024-03-02', '2024-03-03', true],
		['to is exclusive', 'events', '2024-02-01', '2024-03-02', false],
		['between two starts', 'events', '2024-01-01', '2024-03-01', false],
		['another lane', 'articles', '2023-01-01', '2025-01-01', false]
	] as const)('matchBetween: %s', (_, lane, from, to, want) => {
		expect(matchBetween(m, lane, dayToMs(from), dayToMs(to))).toBe(want);
	});

	test('a cluster with known marks matches by id, one counted at build time by its stretch', () => {
		const jan = { start: dayToMs('2024-01-01'), end: dayToMs('2024-02-01') };
		expect(clusterMatches(m, 'talks', { marks: [{ id: 'x' }], ...jan })).toBe(false);
		expect(clusterMatches(m, 'talks', { marks: [{ id: 'x' }, { id: 't' }], ...jan })).toBe(true);
		expect(clusterMatches(m, 'talks', { marks: [], ...jan })).toBe(true);
		expect(clusterMatches(m, 'events', { marks: [], ...jan })).toBe(false);
	});
});
