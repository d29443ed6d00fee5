import { SeedError } from './errors.ts';
import { htmlFragmentParagraphs } from './htmlText.ts';
import type { ParsedCollection } from './parseFeed.ts';
import { dayAsWritten, normaliseText, parseArticleDate, parseUrl, tidyText, type ParsedSeed } from './seedFields.ts';

/**
 * JSON Lines (`.jsonl`), as scrapers and news APIs write it: one article per line,
 * `{"title", "date", "text" | "html", "url", "source", "author", "standfirst"}`. `text` is plain,
 * one paragraph per line; `html` is read as a page body is. Blank lines are skipped; a line that
 * is not such an object is an error naming its line, and the other lines still count.
 */
export function parseJsonLines(file: string, content: string, latest?: string): ParsedCollection {
	const result: ParsedCollection = { articles: [], errors: [] };
	const lines = normaliseText(content).split('\n');
	lines.forEach((raw, i) => {
		if (raw.trim() === '') return;
		try {
			result.articles.push(readLine(file, i + 1, raw, latest));
		} catch (e) {
			if (!(e instanceof SeedError)) throw e;
			result.errors.push(e);
		}
	});
	if (!result.articles.length && !result.errors.length) throw new SeedError(file, 1, 'expected one JSON object per line, found no lines');
	return result;
}

function readLine(file: string, line: number, raw: string, latest?: string): ParsedSeed {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch (e) {
		throw new SeedError(file, line, `expected a JSON object, found invalid JSON (${(e as Error).message})`);
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) throw new SeedError(file, line, 'expected a JSON object with "title" and "date"');
	const obj = value as Record<string, unknown>;
	const field = (key: string): string | null => {
		const v = obj[key];
		if (v === undefined || v === null) return null;
		if (typeof v !== 'string') throw new SeedError(file, line, `expected "${key}" to be a string, found ${Array.isArray(v) ? 'an array' : typeof v}`);
		return v;
	};
	const title = tidyText(field('title') ?? '');
	if (!title) throw new SeedError(file, line, 'expected a non-empty "title"');
	const rawDate = field('date');
	if (!rawDate) throw new SeedError(file, line, 'expected a "date" such as "2026-01-28" or "2026-01-28T09:30:00+02:00"');
	const day = dayAsWritten(rawDate);
	if (!day) throw new SeedError(file, line, `expected a "date" such as "2026-01-28" or "2026-01-28T09:30:00+02:00", found "${rawDate.slice(0, 40)}"`);
	const date = parseArticleDate(file, line, day, latest);
	const text = field('text');
	const html = field('html');
	if (text === null && html === null) throw new SeedError(file, line, 'expected the article body in "text" or "html"');
	const paragraphs = text !== null ? normaliseText(text).split('\n').map(tidyText).filter(Boolean) : htmlFragmentParagraphs(html!);
	const url = field('url');
	const optional = (key: string) => tidyText(field(key) ?? '') || null;
	return {
		file: `${file}#${line}`,
		date,
		title,
		standfirst: optional('standfirst') ?? '',
		paragraphs,
		source: optional('source'),
		url: url && url.trim() ? parseUrl(file, line, url) : null,
		author: optional('author'),
		idKey: `${file}#${url?.trim() || line}`
	};
}
