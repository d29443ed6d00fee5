/**
 * Extraction results as the workers send them to the build's main thread, without the copies of
 * sentence texts: a prepared article repeats each sentence in its inputs, twice in every talks
 * candidate and once in every event candidate, and structured cloning copies strings once per occurrence. At 10,000 articles that was
 * about 35 % of what the main thread had to read back while the workers were still extracting.
 *
 * `packPrepared` drops a text only when it equals the sentence it names (cut from the article's own
 * paragraphs, as `prepareSource` cut it); `unpackPrepared` puts it back. Anything else travels as is.
 */
import type { PreparedSource } from './buildTimeline.ts';
import type { Article } from './types.ts';

/** What a dropped text travels as. */
const DROPPED = null as unknown as string;

/** The text of sentence `i` of `article`, cut from its block as the sentence splitter found it. */
function sentenceText(article: Article, i: number): string | undefined {
	const s = article.sentences[i];
	if (!s) return undefined;
	const block = s.block === 0 ? article.standfirst : article.paragraphs[s.block - 1];
	return block?.slice(s.start, s.end);
}

/**
 * `p` with the sentence texts that `unpackPrepared` can cut again set to `null` (a copy: `p` is left
 * as it was). `null`, not a missing key: the objects keep their key order, and so does the JSON the
 * build writes from them.
 */
export function packPrepared(p: PreparedSource): PreparedSource {
	if (p.kind !== 'article') return p;
	const id = p.article.id;
	const texts = p.article.sentences.map((_, i) => sentenceText(p.article, i));
	const inputs = p.inputs.map((input) => (input.article === id && texts[input.sentence] === input.text ? { ...input, text: DROPPED } : input));
	const talks = p.talks.map((c) => {
		if (c.article !== id) return c;
		const known = texts[c.sentence];
		const mention =
			c.mention.article === id && c.mention.sentence === c.sentence && c.mention.sentenceText === known ? { ...c.mention, sentenceText: DROPPED } : c.mention;
		return { ...c, text: c.text === known ? DROPPED : c.text, mention };
	});
	const events = p.events.map((c) =>
		c.mention.article === id && texts[c.mention.sentence] === c.mention.sentenceText ? { ...c, mention: { ...c.mention, sentenceText: DROPPED } } : c
	);
	return { ...p, inputs, talks, events };
}

/** Puts back what `packPrepared` dropped, in place; returns `p`. */
export function unpackPrepared(p: PreparedSource): PreparedSource {
	if (p.kind !== 'article') return p;
	const cut = (i: number) => sentenceText(p.article, i) ?? '';
	for (const input of p.inputs) if (input.text === DROPPED) input.text = cut(input.sentence);
	for (const c of p.talks) {
		if (c.text === DROPPED) c.text = cut(c.sentence);
		if (c.mention.sentenceText === DROPPED) c.mention.sentenceText = cut(c.sentence);
	}
	for (const c of p.events) if (c.mention.sentenceText === DROPPED) c.mention.sentenceText = cut(c.mention.sentence);
	return p;
}
