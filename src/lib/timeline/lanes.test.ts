import { describe, expect, test } from 'vitest';
import { storyLanes } from './lanes';

describe('storyLanes', () => {
	test.each([
		['every lane has marks', { events: 10, talks: 3, articles: 5 }, ['talks', 'events', 'articles']],
		['no talks: the talks lane folds away', { events: 10, talks: 0, articles: 5 }, ['events', 'articles']],
		['only talks among the events', { events: 3, talks: 3, articles: 5 }, ['talks', 'articles']],
		['no articles', { events: 4, talks: 1, articles: 0 }, ['talks', 'events']],
		['nothing at all: one lane stays', { events: 0, talks: 0, articles: 0 }, ['events']]
	] as const)('%s', (_name, counts, lanes) => {
		expect(storyLanes(counts)).toEqual(lanes);
	});
});
