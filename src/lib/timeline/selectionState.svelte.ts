/**
 * What is selected (an event or an article), the reader that may be open over it, and what their
 * card needs from the shard store, which it asks for as the selection changes. Focus and
 * announcements stay with the component: this is the state alone.
 */
import type { Article, TimelineEvent } from '../ingest/types';
import { eventsInArticle, groupSources, type Source } from './cards';
import { articleMark, eventMark, type Mark } from './marks';
import type { ArticleMeta, ReaderArticle } from './shards';
import type { ShardStore } from './shardStore.svelte';

export interface Selected {
	target: 'event' | 'article';
	id: string;
}

export class SelectionState {
	selected = $state<Selected | null>(null);
	/** A deep link to something the timeline does not have. */
	notFound = $state<string | null>(null);
	/** The article open in the reader. */
	readerId = $state<string | null>(null);
	readonly event: TimelineEvent | null;
	readonly article: ArticleMeta | null;
	/** The selected mark, for zooming around it and revealing it. */
	readonly mark: Mark | null;
	/** The articles that report the selected event, each with its sentences. */
	readonly sources: Source[];
	/** The events the selected article dates, in time order. */
	readonly mentioned: TimelineEvent[];
	/** Whether the card still waits for some of what it shows. */
	readonly loading: boolean;
	readonly readerArticle: ReaderArticle | null;

	constructor(private readonly store: ShardStore) {
		// derived in the constructor, where the store is known
		this.event = $derived(this.selected?.target === 'event' ? (store.events.get(this.selected.id) ?? null) : null);
		this.article = $derived(this.selected?.target === 'article' ? (store.articles.get(this.selected.id) ?? null) : null);
		this.mark = $derived(this.event ? eventMark(this.event) : this.article ? articleMark(this.article) : null);
		this.sources = $derived(this.event ? groupSources(this.event, store.articles) : []);
		this.mentioned = $derived(this.article ? eventsInArticle(this.article.id, this.article.events.map((id) => store.events.get(id)).filter((e) => !!e)) : []);
		this.loading = $derived(
			this.event ? this.event.mentions.some((m) => !store.articles.has(m.article)) : this.article ? this.article.events.some((id) => !store.events.has(id)) : false
		);
		this.readerArticle = $derived.by((): ReaderArticle | null => {
			const meta = this.readerId ? store.articles.get(this.readerId) : null;
			const body = this.readerId ? store.bodies.get(this.readerId) : null;
			return meta && body ? { ...meta, ...body } : null;
		});
	}

	select(target: Selected['target'], id: string): void {
		this.selected = { target, id };
		this.notFound = null;
	}

	/** Nothing selected, nothing open. */
	clear(): void {
		this.selected = null;
		this.notFound = null;
		this.readerId = null;
	}

	/** Asks the store for what the card and the reader need; call it from an effect. */
	load(): void {
		if (this.event) this.store.ensure(this.event.mentions.map((m) => m.article));
		else if (this.article) this.store.ensure(this.article.events);
		const reader = this.readerId;
		if (reader && this.article?.id !== reader) this.store.ensure([reader]).then(() => this.store.ensureBody(reader));
		else if (reader) this.store.ensureBody(reader);
	}
}
