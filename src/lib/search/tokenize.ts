/** Words as the search index and the search box both see them. */

/** Words too common to be worth an index entry (they would make the biggest shards). */
const STOPWORDS = new Set(
	('an and are as at be but by for from had has have he her his in is it its of on or our she that the their them ' +
		'there they this to was we were which who will with would you not no been into than then also after before over ' +
		'said says about more')
		.split(' ')
);

/**
 * Lower-case words without accents (`Zaporizhzhia’s` → `zaporizhzhia`), in order, repeats kept;
 * single letters and {@link STOPWORDS} dropped. Letters and digits of any script count.
 */
export function tokenize(text: string): string[] {
	const out: string[] = [];
	const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
	for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
		const w = m[0];
		if (w.length < 2 || STOPWORDS.has(w)) continue;
		out.push(w);
	}
	return out;
}

/**
 * The query as words: every word but the last must match a whole indexed word; the last one may be
 * the start of one while the visitor is still typing (`prefix: true` unless the query ends in a space).
 */
export function tokenizeQuery(query: string): { words: string[]; prefix: boolean } {
	const folded = query.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
	const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
	const prefix = words.length > 0 && !/[^\p{L}\p{N}]$/u.test(folded);
	// stopwords and single letters are not indexed: a finished one cannot match, so drop it;
	// the word being typed stays (it may be the start of a longer word: "th" → "thursday")
	const kept = words.filter((w, i) => (prefix && i === words.length - 1 ? w.length >= 2 : w.length >= 2 && !STOPWORDS.has(w)));
	return { words: kept, prefix: prefix && kept.length > 0 && kept[kept.length - 1] === words[words.length - 1] };
}

/** The shard a word lives in: its first two characters, as a safe file name (`ab`, `_k1u_k1v`). */
export function shardKey(word: string): string {
	return Array.from(word)
		.slice(0, 2)
		.map((c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(36)}`))
		.join('');
}

