import type { Timex } from '../../src/lib/ingest/types.ts';
import type { SentenceInput } from '../../src/lib/ingest/talks/index.ts';

/**
 * Test helper: turns a seed file's text into sentence inputs with hand-made date expressions, until
 * the timex module can be used here. Sentences are split on ". " and on a full stop glued to a capital
 * ("Abu Dhabi.The Independent"), which is enough for the seeds the tests use.
 */
export function seedSentences(article: string, raw: string, timexes: Record<string, Omit<Timex, 'start' | 'end' | 'text'>>): SentenceInput[] {
	const lines = raw.split('\n').filter((l) => l.trim().length > 0);
	const header = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(lines[0] ?? '');
	if (!header) throw new Error(`${article}: expected a first line " date YYYY-MM-DD Title", found "${lines[0]}"`);
	const articleDate = header[1]!;
	const out: SentenceInput[] = [];
	for (const block of lines.slice(1)) {
		const parts = block.replace(/\.(?=\p{Lu})/gu, '.\n').replace(/([.”"]) (?=\p{Lu}|")/gu, '$1\n').split('\n');
		for (const text of parts) {
			if (!text.trim()) continue;
			const found: Timex[] = [];
			for (const [expr, t] of Object.entries(timexes)) {
				const start = text.indexOf(expr);
				if (start >= 0) found.push({ ...t, text: expr, start, end: start + expr.length });
			}
			out.push({ article, articleDate, sentence: out.length, text, timexes: found });
		}
	}
	return out;
}
