import { SeedError } from './errors.ts';
import { parseFeed, type ParsedCollection } from './parseFeed.ts';
import { parseJsonLines } from './parseJsonLines.ts';
import { parsePage } from './parsePage.ts';
import { normaliseText, parseArticleDate, parseUrl, tidyText as tidy, type ParsedSeed } from './seedFields.ts';

export type { ParsedSeed };


/**
 * A plain-text seed: line 1 `date YYYY-MM-DD Title` (leading spaces allowed), line 2 the
 * standfirst, each further non-empty line a paragraph.
 */
export function parseTextSeed(file: string, content: string, latest?: string): ParsedSeed {
	const lines = normaliseText(content).split('\n');
	const header = /^\s*date\s+(\S+)\s+(.*\S)\s*$/.exec(lines[0] ?? '');
	if (!header)
		throw new SeedError(
			file,
			1,
			`expected a first line like "date YYYY-MM-DD Title", found "${(lines[0] ?? '').slice(0, 60)}"`
		);
	const date = parseArticleDate(file, 1, header[1]!, latest);
	const title = tidy(header[2]!);
	const rest = lines.slice(1).map(tidy);
	const firstText = rest.findIndex((l) => l !== '');
	if (firstText === -1)
		throw new SeedError(file, 2, 'expected a standfirst on line 2 and paragraphs after it, found nothing');
	return {
		file,
		date,
		title,
		standfirst: rest[firstText]!,
		paragraphs: rest.slice(firstText + 1).filter((l) => l !== ''),
		source: null,
		url: null,
		author: null
	};
}

const FRONT_MATTER_KEYS = ['title', 'date', 'source', 'url', 'author', 'standfirst'] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** Reads a YAML scalar as written in simple front matter: bare, "double" or 'single' quoted. */
export function parseScalar(file: string, line: number, raw: string): string {
	const value = raw.trim();
	if (value.startsWith('"')) {
		if (value.length < 2 || !value.endsWith('"'))
			throw new SeedError(file, line, `expected a closing double quote in ${value}`);
		try {
			return JSON.parse(value) as string;
		} catch {
			throw new SeedError(file, line, `expected a valid double-quoted string, found ${value}`);
		}
	}
	if (value.startsWith("'")) {
		if (value.length < 2 || !value.endsWith("'"))
			throw new SeedError(file, line, `expected a closing single quote in ${value}`);
		return value.slice(1, -1).replace(/''/g, "'");
	}
	return value;
}

/**
 * A Markdown seed: YAML front matter between `---` lines with `title` and `date` (and optional
 * `source`, `url`, `author`, `standfirst`), then paragraphs separated by blank lines.
 * Only flat `key: value` front matter is read; Markdown markup is kept as text.
 */
/**
 * The flat `key: value` front matter between the first two `---` lines of `lines`: each key of
 * `keys` once, with its 1-based line. Other keys are skipped, or an error with `unknown: 'error'`
 * (naming `name`).
 * Shared by Markdown seeds and the story file.
 */
export function readFrontMatter<K extends string>(
	file: string,
	lines: string[],
	keys: readonly K[],
	unknown: 'ignore' | 'error',
	name = 'the front matter'
): { fields: Partial<Record<K, { value: string; line: number }>>; close: number } {
	if ((lines[0] ?? '').trim() !== '---') throw new SeedError(file, 1, `expected front matter starting with a "---" line, found "${(lines[0] ?? '').slice(0, 60)}"`);
	const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (close === -1) throw new SeedError(file, 1, 'expected a closing "---" line after the front matter');
	const fields: Partial<Record<K, { value: string; line: number }>> = {};
	for (let i = 1; i < close; i++) {
		const text = lines[i]!;
		if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
		const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(text);
		if (!m) throw new SeedError(file, i + 1, `expected "key: value" in the front matter, found "${text.slice(0, 60)}"`);
		const key = m[1]!.toLowerCase() as K;
		if (!(keys as readonly string[]).includes(key)) {
			if (unknown === 'error') throw new SeedError(file, i + 1, `expected one of ${keys.join(', ')} in ${name}, found "${m[1]}"`);
			continue;
		}
		if (fields[key]) throw new SeedError(file, i + 1, `expected "${key}" once in the front matter, found it again`);
		fields[key] = { value: parseScalar(file, i + 1, m[2]!), line: i + 1 };
	}
	return { fields, close };
}

export function parseMarkdownSeed(file: string, content: string, latest?: string): ParsedSeed {
	const lines = normaliseText(content).split('\n');
	const { fields, close } = readFrontMatter(file, lines, FRONT_MATTER_KEYS, 'ignore');
	if (!fields.date) throw new SeedError(file, 1, 'expected a "date: YYYY-MM-DD" field in the front matter');
	if (!fields.title || fields.title.value.trim() === '')
		throw new SeedError(file, fields.title?.line ?? 1, 'expected a non-empty "title" field in the front matter');
	// a YAML timestamp such as 2026-01-28T09:30:00Z still names its day
	const rawDate = fields.date.value.replace(/^(\d{4}-\d{2}-\d{2})[T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?$/, '$1');
	const date = parseArticleDate(file, fields.date.line, rawDate, latest);

	const blocks: string[] = [];
	let current: string[] = [];
	for (const line of lines.slice(close + 1)) {
		if (line.trim() === '') {
			if (current.length) blocks.push(tidy(current.join(' ')));
			current = [];
		} else current.push(line);
	}
	if (current.length) blocks.push(tidy(current.join(' ')));
	const optional = (key: FrontMatterKey) => {
		const v = fields[key]?.value.trim();
		return v ? tidy(v) : null;
	};
	return {
		file,
		date,
		title: tidy(fields.title.value),
		standfirst: optional('standfirst') ?? '',
		paragraphs: blocks,
		source: optional('source'),
		url: fields.url && fields.url.value.trim() ? parseUrl(file, fields.url.line, fields.url.value) : null,
		author: optional('author')
	};
}

/** The formats a seed file can be in, by extension. */
export type SeedFormat = 'text' | 'markdown' | 'page' | 'feed' | 'jsonl';

const FORMATS: [RegExp, SeedFormat][] = [
	[/\.txt$/i, 'text'],
	[/\.(md|markdown)$/i, 'markdown'],
	[/\.html?$/i, 'page'],
	[/\.(xml|rss|atom|rdf)$/i, 'feed'],
	[/\.jsonl$/i, 'jsonl']
];

/** The format of a seed file by its extension; `null` for files that are not seeds (listed as ignored). */
export function seedFormat(file: string): SeedFormat | null {
	return FORMATS.find(([pattern]) => pattern.test(file))?.[1] ?? null;
}

/** The file types read as seeds; anything else in the folder is listed as ignored. */
export function isSeedFile(file: string): boolean {
	return seedFormat(file) !== null;
}

/**
 * A text or Markdown seed: `.md`/`.markdown` with front matter, anything else as text.
 * `latest` is the last acceptable publication date (normally tomorrow, for time zones).
 */
export function parseSeed(file: string, content: string, latest?: string): ParsedSeed {
	rejectBinary(file, content);
	return /\.(md|markdown)$/i.test(file) ? parseMarkdownSeed(file, content, latest) : parseTextSeed(file, content, latest);
}

/**
 * Any seed file, by its format: one article for text, Markdown and saved pages; one per item for
 * feeds and JSON Lines, whose items fail one by one. A problem with the whole file is thrown.
 */
export function parseSeedFile(file: string, content: string, latest?: string): ParsedCollection {
	rejectBinary(file, content);
	switch (seedFormat(file)) {
		case 'page':
			return { articles: [parsePage(file, content, latest)], errors: [] };
		case 'feed':
			return parseFeed(file, content, latest);
		case 'jsonl':
			return parseJsonLines(file, content, latest);
		default:
			return { articles: [parseSeed(file, content, latest)], errors: [] };
	}
}

function rejectBinary(file: string, content: string): void {
	if (content.includes('\u0000')) {
		const at = content.indexOf('\u0000');
		const line = content.slice(0, at).split('\n').length;
		throw new SeedError(file, line, 'expected a text file, found binary data (a NUL byte)');
	}
}
