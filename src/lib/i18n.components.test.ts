/**
 * Every user-visible string lives in the strings module (`src/lib/i18n.ts`): this test reads each
 * Svelte component and fails on English (or any) words written into it, so that a translation only
 * ever touches one file. It flags:
 *
 * - text in the markup that contains a letter (`<h2>Legend</h2>`); symbols such as `+`, `−`, `×`,
 *   `·`, `–`, `←` and numbers are fine;
 * - a literal with a letter in an attribute a person reads or hears: `aria-label="…"`, `title="…"`,
 *   `placeholder="…"`, `alt="…"`, `<meta content="…">`, ...;
 * - in the markup's `{expressions}`, a string literal that starts with a capital and a lower-case
 *   letter (`{kind === 'talks' ? 'Talks' : 'Event'}`) or reads like a phrase (two words);
 * - in the `<script>`, a string or template literal that reads like a phrase (two words separated by
 *   a space: `` `${n} more marks from ${a} to ${b}` ``); single words there are mostly ids and keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/**
 * Components being rewritten elsewhere: not checked until they take their text from `t`.
 * Remove a file from this set as soon as it does (the keys they need are already in i18n.ts).
 */
const PENDING = new Set<string>([]);

/**
 * Literals that look like words but are not shown to anyone. Keep it short, and say why.
 * (Empty for now: keyboard key names such as 'Enter' and 'ArrowLeft' are one word in a script,
 * which the phrase rule does not flag; `KEY_NAMES` covers them inside markup expressions.)
 */
const ALLOWED = new Set<string>([]);

/** `KeyboardEvent.key` values compared against in markup handlers: not text. */
const KEY_NAMES = /^(Enter|Escape|Tab|Home|End|PageUp|PageDown|Backspace|Delete|Arrow(Left|Right|Up|Down))$/;

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label',
	'content'
]);

const LETTER = /\p{L}/u;
const PHRASE = /\p{L}{2,}[,;:]?\s+\p{L}{2,}/u;
const CAPITALISED = /^\s*\p{Lu}\p{Ll}/u;

interface Finding {
	line: number;
	text: string;
	where: 'text' | 'attribute' | 'expression' | 'script';
}

type Node = { type?: string; start?: number; [key: string]: unknown };
const SKIP_KEYS = new Set(['start', 'end', 'loc', 'metadata', 'name_loc', 'leadingComments', 'trailingComments']);
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;

/** Hard-coded text in one component's source. */
function findHardCodedText(source: string): Finding[] {
	const ast = parse(source, { modern: true }) as unknown as Node & { fragment: Node; instance?: Node | null; module?: Node | null };
	const findings: Finding[] = [];
	const lineOf = (offset: number | undefined) => (offset === undefined ? 0 : source.slice(0, offset).split('\n').length);
	const report = (node: Node, text: string, where: Finding['where']) => {
		if (!ALLOWED.has(text.trim())) findings.push({ line: lineOf(node.start), text: text.trim(), where });
	};

	/** String and template literals in JavaScript (a script or an expression in the markup). */
	function walkCode(node: unknown, markup: boolean): void {
		if (Array.isArray(node)) return node.forEach((n) => walkCode(n, markup));
		if (!isNode(node)) return;
		const text = node.type === 'Literal' && typeof node.value === 'string' ? node.value : node.type === 'TemplateElement' ? ((node.value as { cooked?: string })?.cooked ?? '') : null;
		if (text !== null) {
			if (PHRASE.test(text) || (markup && CAPITALISED.test(text) && !KEY_NAMES.test(text))) report(node, text, markup ? 'expression' : 'script');
			return;
		}
		// `import … from '…'` names a module, not text
		if (node.type === 'ImportDeclaration') return;
		for (const [key, value] of Object.entries(node)) if (!SKIP_KEYS.has(key)) walkCode(value, markup);
	}

	function walkFragment(fragment: Node): void {
		for (const child of (fragment.nodes as Node[]) ?? []) {
			if (child.type === 'Text') {
				if (LETTER.test(String(child.data))) report(child, String(child.data), 'text');
			} else walkMarkup(child);
		}
	}

	function walkMarkup(node: Node): void {
		if (node.type === 'Comment') return;
		// a <style> element in the markup (as in <noscript>) holds CSS, not text
		if (node.type === 'RegularElement' && node.name === 'style') return;
		for (const [key, value] of Object.entries(node)) {
			if (SKIP_KEYS.has(key)) continue;
			if (key === 'attributes' && Array.isArray(value)) {
				for (const attr of value as Node[]) walkAttribute(attr);
			} else if (isNode(value) && value.type === 'Fragment') walkFragment(value);
			else if (Array.isArray(value) || isNode(value)) walkCode(value, true);
		}
	}

	function walkAttribute(attr: Node): void {
		const parts = Array.isArray(attr.value) ? (attr.value as Node[]) : isNode(attr.value) ? [attr.value] : [];
		if (attr.type === 'Attribute') {
			for (const part of parts) {
				if (part.type === 'Text') {
					if (TEXT_ATTRIBUTES.has(String(attr.name)) && LETTER.test(String(part.data))) report(part, `${String(attr.name)}="${String(part.data)}"`, 'attribute');
				} else walkCode(part, true);
			}
			return;
		}
		// directives, spreads, {@attach}: only their expressions can hold text
		for (const [key, value] of Object.entries(attr)) if (!SKIP_KEYS.has(key) && key !== 'value') walkCode(value, true);
		for (const part of parts) if (part.type !== 'Text') walkCode(part, true);
	}

	walkFragment(ast.fragment);
	if (ast.instance) walkCode(ast.instance.content, false);
	if (ast.module) walkCode(ast.module.content, false);
	return findings;
}

const ROOT = process.cwd();
const components = ['src/lib', 'src/routes', 'scripts/single']
	.flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)))
	.filter((f) => f.endsWith('.svelte'))
	.map((f) => relative(ROOT, f).split('\\').join('/'))
	.sort();

describe('the scanner', () => {
	it.each([
		['<p>Hello</p>', 'Hello'],
		['<svelte:head><title>Newsline: a timeline</title></svelte:head>', 'Newsline: a timeline'],
		['<button aria-label="Zoom in">+</button>', 'aria-label="Zoom in"'],
		['<button title="Show on the timeline">→</button>', 'title="Show on the timeline"'],
		['<input placeholder="Words…" />', 'placeholder="Words…"'],
		['<meta name="description" content="Dated news." />', 'content="Dated news."'],
		["<p>{kind === 'talks' ? 'Talks' : 'event'}</p>", 'Talks'],
		['<p>{n} more {n === 1 ? "mention" : "mentions"} in this article</p>', 'more'],
		['<script>const name = (n) => `${n} more marks: zoom in`;</script>', 'more marks: zoom in'],
		["<script>const msg = 'Could not load the file';</script><p>{msg}</p>", 'Could not load the file'],
		['{#if ok}<p>{x}</p>{:else}<p>Not found</p>{/if}', 'Not found'],
		['{#snippet s()}<summary>More</summary>{/snippet}', 'More'],
		['<noscript><style>p { color: red; }</style><p>Turn on JavaScript</p></noscript>', 'Turn on JavaScript']
	])('flags %s', (source, text) => {
		expect(findHardCodedText(source).map((f) => f.text)).toContain(text);
	});

	it.each([
		'<button aria-label={t.zoomIn}>+</button><button aria-label={t.zoomOut}>−</button><button aria-label={t.closeCard}>×</button>',
		'<p class="kind talks" data-testid="card-when">{t.kind[event.kind]} · {when} – {until} ← ‹ › ({n})</p>',
		'<g class="mark shape-{shape}" role="button" data-status="held"><text>+{count}</text></g>',
		"<script lang=\"ts\">import { t } from '$lib/i18n'; let p: 'grid' | 'labels' = 'grid'; const sel = `g.mark[data-id=\"${id}\"]`; if (e.key === 'Enter' || e.key === 'ArrowLeft') go();</script>",
		"<button onkeydown={(e) => e.key === 'Escape' && close()}>{t.close}</button>",
		'<!-- a comment in English is fine --><p>{t.intro(3, 1)}</p>',
		'<noscript><style>.interactive { display: none; }</style><p>{t.intro(3, 1)}</p></noscript>'
	])('passes %s', (source) => {
		expect(findHardCodedText(source)).toEqual([]);
	});
});

describe('no hard-coded text in components (all UI strings come from src/lib/i18n.ts)', () => {
	it('finds the components', () => {
		expect(components).toContain('src/routes/+page.svelte');
		expect(components).toContain('src/lib/timeline/Card.svelte');
		for (const file of PENDING) expect(components, `${file} is in PENDING but does not exist`).toContain(file);
	});

	it.each(components.filter((f) => !PENDING.has(f)))('%s', (file) => {
		const findings = findHardCodedText(readFileSync(join(ROOT, file), 'utf8'));
		expect(findings.map((f) => `${file}:${f.line} (${f.where}) ${JSON.stringify(f.text)}`)).toEqual([]);
	});
});
