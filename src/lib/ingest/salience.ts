import type { Article, TimelineEvent } from './types.ts';

/** An event as its builder makes it, before it is weighed against the whole timeline. */
export type EventDraft = Omit<TimelineEvent, 'sources' | 'salience'>;

/** The sentences of an article a reader sees first: the standfirst and the lead (first paragraph's first sentence). */
export function isProminent(article: Pick<Article, 'sentences'>, sentence: number): boolean {
	const s = article.sentences[sentence];
	if (!s) return false;
	if (s.block === 0) return true;
	if (s.block !== 1) return false;
	return sentence === 0 || article.sentences[sentence - 1]!.block === 0;
}

/** Indexes of the sentences `isProminent` accepts. */
export function prominentSentences(article: Pick<Article, 'sentences'>): Set<number> {
	const out = new Set<number>();
	for (let i = 0; i < article.sentences.length && article.sentences[i]!.block <= 1; i++) if (isProminent(article, i)) out.add(i);
	return out;
}

/**
 * Sources and salience of each event: one point per article that reports it, one more for each
 * article that reports it in its standfirst or lead, where news puts what it is about, and one
 * more for each article whose main news it is (`mainNews`: the articles whose headline it took).
 */
export function weigh(drafts: EventDraft[], articles: ReadonlyMap<string, Pick<Article, 'sentences'>>, mainNews: ReadonlyMap<EventDraft, ReadonlySet<string>> = new Map()): TimelineEvent[] {
	return drafts.map((d) => {
		const reporting = new Set<string>();
		const prominent = new Set<string>();
		for (const m of d.mentions) {
			reporting.add(m.article);
			const a = articles.get(m.article);
			if (a && isProminent(a, m.sentence)) prominent.add(m.article);
		}
		return { ...d, sources: reporting.size, salience: reporting.size + prominent.size + (mainNews.get(d)?.size ?? 0) };
	});
}
