/** What a card shows, picked out of the data set. */
import type { Article, Mention, TimelineEvent } from '../ingest/types';

/** What a card shows of an article: everything but its body. */
export type ArticleInfo = Omit<Article, 'paragraphs' | 'sentences' | 'timexes'>;

export interface Source {
	article: ArticleInfo | null;
	/** The id, kept even when the article is missing from the data. */
	articleId: string;
	mentions: Mention[];
}

/** An event's mentions grouped by article, newest article first; missing articles are kept with `article: null`. */
export function groupSources(event: TimelineEvent, articles: ReadonlyMap<string, ArticleInfo>): Source[] {
	const byArticle = new Map<string, Mention[]>();
	for (const m of event.mentions) (byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!).push(m);
	return [...byArticle]
		.map(([articleId, mentions]) => ({ articleId, article: articles.get(articleId) ?? null, mentions }))
		.sort((a, b) => (b.article?.date ?? '').localeCompare(a.article?.date ?? '') || a.articleId.localeCompare(b.articleId));
}

/** Events an article mentions, in timeline order. */
export function eventsInArticle(articleId: string, events: readonly TimelineEvent[]): TimelineEvent[] {
	return events
		.filter((e) => e.mentions.some((m) => m.article === articleId))
		.sort((a, b) => a.when.start.localeCompare(b.when.start) || a.id.localeCompare(b.id));
}
