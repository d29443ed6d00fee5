import { describe, expect, it } from 'vitest';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { matchesFilter } from './filters';
import { eventMark } from './marks';

describe('matchesFilter', () => {
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
