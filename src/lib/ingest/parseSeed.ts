import { SeedError } from './errors.ts';

/** A seed file as written, before sentences and dates are found. */
export interface ParsedSeed {
	file: string;
	date: string;
	title: string;
	standfirst: string;
	paragraphs: string[];
	source: string | null;
	url: string | null;
	author: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day an article was published, checked to exist (2026-02-30 does not), to fall in year 1 or
 * later, and not to be after `latest` (a publication date in the future is a typo).
 */
export function parseArticleDate(file: string, line: number, raw: string, latest?: string): string {
	const day = DAY.exec(raw.trim())?.[0];
	// Date.parse rolls 2026-02-30 over to March 2: only a round trip proves the day exists
	const ms = day ? Date.parse(`${day}T00:00:00Z`) : NaN;
	if (!day || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day)
		throw new SeedError(file, line, `expected a real date as YYYY-MM-DD, found "${raw.trim().slice(0, 40)}"`);
	if (day < '0001-01-01') throw new SeedError(file, line, `expected a date in year 1 or later, found "${day}"`);
	if (latest && day > latest)
		throw new SeedError(file, line, `expected a publication date no later than ${latest}, found "${day}" (in the future)`);
	return day;
}

/** Keeps a link only when it is http(s): a `javascript:` URL must never become an href. */
export function parseUrl(file: string, line: number, raw: string): string {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new SeedError(file, line, `expected an http(s) URL, found "${raw.trim()}"`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new SeedError(file, line, `expected an http(s) URL, found "${raw.trim()}"`);
	return url.href;
}

/**
 * Drops a UTF-8 byte order mark, turns CRLF or CR line ends into LF, and removes control
 * characters and Unicode direction overrides, which could make text display as something else.
 */
export function normaliseText(content: string): string {
	return stripControls(content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}

function stripControls(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Collapses runs of spaces and tabs; seed text keeps its words, not its layout. */
function tidy(line: string): string {
	// front-matter escapes ("\u202E") can bring control characters back after normaliseText
	return stripControls(line.replace(/[ \t\u00a0\n]+/g, ' ')).trim();
}

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
function parseScalar(file: string, line: number, raw: string): string {
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
export function parseMarkdownSeed(file: string, content: string, latest?: string): ParsedSeed {
	const lines = normaliseText(content).split('\n');
	if ((lines[0] ?? '').trim() !== '---')
		throw new SeedError(file, 1, 'expected front matter starting with a "---" line');
	const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (close === -1) throw new SeedError(file, 1, 'expected a closing "---" line after the front matter');

	const fields: Partial<Record<FrontMatterKey, { value: string; line: number }>> = {};
	for (let i = 1; i < close; i++) {
		const text = lines[i]!;
		if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
		const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(text);
		if (!m) throw new SeedError(file, i + 1, `expected "key: value" in the front matter, found "${text.slice(0, 60)}"`);
		const key = m[1]!.toLowerCase();
		if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
			if (fields[key as FrontMatterKey])
				throw new SeedError(file, i + 1, `expected "${key}" once in the front matter, found it again`);
			fields[key as FrontMatterKey] = { value: parseScalar(file, i + 1, m[2]!), line: i + 1 };
		}
	}
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

/** The file types read as seeds; anything else in the folder is listed as ignored. */
export function isSeedFile(file: string): boolean {
	return /\.(txt|md|markdown)$/i.test(file);
}

/**
 * Parses a seed by its extension: `.md`/`.markdown` with front matter, anything else as text.
 * `latest` is the last acceptable publication date (normally tomorrow, for time zones).
 */
export function parseSeed(file: string, content: string, latest?: string): ParsedSeed {
	if (content.includes('\u0000')) {
		const at = content.indexOf('\u0000');
		const line = content.slice(0, at).split('\n').length;
		throw new SeedError(file, line, 'expected a text file, found binary data (a NUL byte)');
	}
	return /\.(md|markdown)$/i.test(file) ? parseMarkdownSeed(file, content, latest) : parseTextSeed(file, content, latest);
}
