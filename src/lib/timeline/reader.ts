/** The reader's view of an article: its blocks with every dated expression marked. */
import type { Article } from '../ingest/types';
import { splitHighlights, type Segment } from './highlight';
import type { BodyTimex } from './shards';

export interface ReaderBlock {
	/** 0 is the standfirst, 1.. the paragraphs (as `Sentence.block`). */
	block: number;
	segments: Segment<BodyTimex>[];
}

/** Blocks of `article` (standfirst first) cut at its timexes; offsets are within each block. */
export function buildReaderBlocks(article: Pick<Article, 'standfirst' | 'paragraphs' | 'sentences'> & { timexes: readonly BodyTimex[] }): ReaderBlock[] {
	const texts = [article.standfirst, ...article.paragraphs];
	const byBlock = texts.map((): BodyTimex[] => []);
	for (const t of article.timexes) {
		const block = article.sentences[t.sentence]?.block;
		if (block !== undefined) byBlock[block]?.push(t);
	}
	return texts.map((text, block) => ({ block, segments: splitHighlights(text, byBlock[block]!) }));
}
