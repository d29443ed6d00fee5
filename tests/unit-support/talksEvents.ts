import { mergeTalksCandidates, readArticleTalks, type SentenceInput, type TalksCandidate, type TalksResult } from '../../src/lib/ingest/talks/index.ts';

/**
 * The talks events of sentences from any number of articles, as the build makes them: each article's
 * sentences read in order (`readArticleTalks`), then the candidates of all of them merged
 * (`mergeTalksCandidates`).
 */
export function buildTalksEvents(sentences: readonly SentenceInput[]): TalksResult {
	const byArticle = new Map<string, SentenceInput[]>();
	for (const s of sentences) {
		const list = byArticle.get(s.article);
		if (list) list.push(s);
		else byArticle.set(s.article, [s]);
	}
	const candidates: TalksCandidate[] = [];
	for (const list of byArticle.values()) {
		list.sort((a, b) => a.sentence - b.sentence);
		for (const c of readArticleTalks(list)) candidates.push(c);
	}
	return mergeTalksCandidates(candidates);
}
