import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../ingest/types';
import { SelectionState } from './selectionState.svelte';
import type { ArticleMeta, ShardIndex } from './shards';
import { ShardStore } from './shardStore.svelte';

const INDEX = { version: 1, idBuckets: 1 } as unknown as ShardIndex;
const when = { value: '2026-02-01', start: '2026-02-01', end: '2026-02-01', precision: 'day' as const };
const event = (id: string, articles: string[]): TimelineEvent => ({
	id,
	kind: 'event',
	label: `Event ${id}`,
	when,
	status: 'happened',
	place: null,
	parties: [],
	talks: null,
	disagreements: [],
	mentions: articles.map((article) => ({ article, sentence: 0, sentenceText: 'They met on Sunday.', text: 'Sunday', start: 12, end: 18 })),
	sources: articles.length,
	salience: articles.length
});
const meta = (id: string, events: string[]) =>
	({ id, file: `${id}.txt`, date: '2026-01-28', title: `Article ${id}`, standfirst: '', source: null, url: null, author: null, events, body: 'b0' }) as unknown as ArticleMeta;

function setup() {
	const store = new ShardStore(INDEX, () => Promise.reject(new Error('no network in this test')));
	store.events.set('e1', event('e1', ['a1', 'a2']));
	store.events.set('e2', event('e2', ['a1']));
	store.articles.set('a1', meta('a1', ['e2', 'e1']));
	return { store, selection: new SelectionState(store) };
}

describe('SelectionState', () => {
	test('an event: its mark, its sources, and whether the card still waits for an article', () => {
		const { store, selection } = setup();
		selection.select('event', 'e1');
		expect(selection.event?.id).toBe('e1');
		expect(selection.article).toBeNull();
		expect(selection.mark?.id).toBe('e1');
		expect(selection.loading).toBe(true); // a2 is not loaded
		store.articles.set('a2', meta('a2', ['e1']));
		expect(selection.loading).toBe(false);
		expect(selection.sources.map((s) => s.articleId).sort()).toEqual(['a1', 'a2']);
	});

	test('an article: the events it dates, in time order then id', () => {
		const { selection } = setup();
		selection.select('article', 'a1');
		expect(selection.mentioned.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(selection.loading).toBe(false);
	});

	test('an id the store does not hold selects nothing drawable; clear closes everything', () => {
		const { selection } = setup();
		selection.select('event', 'missing');
		expect(selection.event).toBeNull();
		expect(selection.mark).toBeNull();
		selection.readerId = 'a1';
		selection.notFound = 'not here';
		selection.clear();
		expect([selection.selected, selection.readerId, selection.notFound]).toEqual([null, null, null]);
	});

	test('the reader shows an article once both its metadata and its body are loaded', () => {
		const { store, selection } = setup();
		selection.readerId = 'a1';
		expect(selection.readerArticle).toBeNull();
		store.bodies.set('a1', { id: 'a1', paragraphs: ['Body.'], sentences: [], timexes: [] } as never);
		expect(selection.readerArticle?.paragraphs).toEqual(['Body.']);
	});
});
