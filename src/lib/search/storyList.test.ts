import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../ingest/types';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { buildStoryList } from './storyList';

/** An event of the seed fixture, moved to `start` with the given weights. */
function event(id: string, start: string, salience: number, sources = 1, precision: TimelineEvent['when']['precision'] = 'day'): TimelineEvent {
	const base = SEED_FIXTURE.events.find((e) => e.kind === 'event')!;
	return { ...base, id, salience, sources, when: { value: start, start, end: start, precision } };
}

const ids = (list: ReturnType<typeof buildStoryList>) => list.months.map((m) => [m.month, m.items.map((i) => i.id)]);

describe('buildStoryList', () => {
	const events = [
		event('e-a', '2026-01-05', 1),
		event('e-b', '2026-01-20', 5, 3),
		event('e-c', '2026-01-12', 3, 2),
		event('e-d', '2025-12-31', 2),
		event('e-e', '2026-02-01', 4, 2)
	];

	it('groups by month in date order, most salient first within a month', () => {
		expect(ids(buildStoryList(events))).toEqual([
			['2025-12', ['e-d']],
			['2026-01', ['e-b', 'e-c', 'e-a']],
			['2026-02', ['e-e']]
		]);
	});

	it('keeps only the most salient when the story is bigger than the limit', () => {
		const list = buildStoryList(events, undefined, 3);
		expect(ids(list)).toEqual([
			['2026-01', ['e-b', 'e-c']],
			['2026-02', ['e-e']]
		]);
		expect([list.shown, list.total]).toEqual([3, 5]);
	});

	it.each([
		['more sources', [event('e-x', '2026-03-02', 2, 1), event('e-y', '2026-03-09', 2, 4)], ['e-y', 'e-x']],
		['then the earlier', [event('e-x', '2026-03-09', 2), event('e-y', '2026-03-02', 2)], ['e-y', 'e-x']],
		['then by id', [event('e-y', '2026-03-02', 2), event('e-x', '2026-03-02', 2)], ['e-x', 'e-y']]
	])('breaks a tie of salience by %s', (_, tied, want) => {
		expect(buildStoryList(tied).months[0]!.items.map((i) => i.id)).toEqual(want);
	});

	it('gives each entry its date in words, status, sources and list page', () => {
		const [item] = buildStoryList([event('e-b', '2026-02-01', 5, 3)]).months[0]!.items;
		expect(item).toMatchObject({ id: 'e-b', when: 'Sunday 1 February 2026', day: '2026-02-01', status: 'happened', sources: 3, page: '2026' });
	});

	it('files an "on or before" event under its last day', () => {
		const before = { ...event('e-z', '2026-01-28', 1), when: { value: 'BEFORE 2026-01-28', start: '2026-01-28', end: '2026-01-28', precision: 'before' as const } };
		const list = buildStoryList([before]);
		expect(list.months[0]!.heading).toBe('January 2026');
		expect(list.months[0]!.items[0]!.when).toBe('on or before 28 January 2026');
	});

	it('is empty for a story without events', () => {
		expect(buildStoryList([])).toEqual({ months: [], shown: 0, total: 0 });
	});
});
