import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '../ingest/types';
import { eventsInArticle, groupSources } from './cards';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';

const seed = SEED_FIXTURE.articles[0]!;
const later: Article = { ...seed, id: 'a2', date: '2026-02-02', source: 'Kyiv Post' };
const articles = new Map([seed, later].map((a) => [a.id, a]));
const resume = SEED_FIXTURE.events.find((e) => e.id === 'e-resume')!;

describe('groupSources', () => {
	it('groups mentions by article, newest first', () => {
		const ev: TimelineEvent = {
			...resume,
			mentions: [...resume.mentions, { ...resume.mentions[0]!, article: 'a2' }, { ...resume.mentions[0]!, article: 'a2', sentence: 1 }]
		};
		const g = groupSources(ev, articles);
		expect(g.map((s) => [s.articleId, s.mentions.length, s.article?.source])).toEqual([
			['a2', 2, 'Kyiv Post'],
			[seed.id, 1, 'The Independent']
		]);
	});
	it('keeps a mention whose article is missing', () => {
		const g = groupSources({ ...resume, mentions: [{ ...resume.mentions[0]!, article: 'gone' }] }, articles);
		expect(g).toEqual([{ articleId: 'gone', article: null, mentions: [expect.objectContaining({ article: 'gone' })] }]);
	});
});

describe('eventsInArticle', () => {
	it.each([
		[seed.id, ['e-invasion', 'e-interview', 'e-abu-dhabi', 'e-resume']],
		['nope', []]
	])('%s', (id, ids) => expect(eventsInArticle(id, SEED_FIXTURE.events).map((e) => e.id)).toEqual(ids));
});
