/**
 * No module under src/ imports itself, directly or through others: a cycle makes the order modules
 * run in depend on which one is imported first. Type-only and dynamic imports count too, as they do
 * for dpdm and madge.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** `from '...'`, `import '...'` and `import('...')`, in TS and in a component's scripts. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

function listModules(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listModules(path);
		return /\.(ts|js|svelte)$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
	});
}

/** The file a specifier names, or null for packages, `$app/*` and SvelteKit's generated `./$types`. */
function resolveSpecifier(from: string, spec: string): string | null {
	if (spec.endsWith('/$types')) return null;
	const base = spec.startsWith('$lib/') ? join(SRC, 'lib', spec.slice(5)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
	if (!base) return null;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	throw new Error(`${relative(ROOT, from)}: cannot resolve "${spec}"`);
}

/** Each module's imports of other modules under src/ (paths relative to the repository). */
function importGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of listModules(SRC)) {
		const targets = new Set<string>();
		for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
			const target = resolveSpecifier(file, m[2]!);
			if (target && /\.(ts|js|svelte)$/.test(target)) targets.add(relative(ROOT, target));
		}
		graph.set(relative(ROOT, file), [...targets].sort());
	}
	return graph;
}

/** Every cycle that a depth-first walk meets, each as the path that closes it (`a → b → a`). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		path.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		path.pop();
		state.set(node, 'done');
	};
	for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
	return cycles;
}

describe('findCycles', () => {
	it.each([
		['no edges', { a: [] }, []],
		['a chain', { a: ['b'], b: ['c'], c: [] }, []],
		['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
		['a module importing itself', { a: ['a'] }, [['a', 'a']]],
		['three modules in a ring', { a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c', 'a']]],
		['a ring reached from outside', { x: ['b'], a: ['b'], b: ['c'], c: ['b'] }, [['b', 'c', 'b']]]
	] as const)('%s', (_, graph, cycles) => {
		expect(findCycles(new Map(Object.entries(graph)))).toEqual(cycles);
	});
});

describe('the modules under src/', () => {
	const graph = importGraph();
	it('are all read, with their imports', () => {
		expect(graph.get('src/lib/timeline/Timeline.svelte')).toContain('src/lib/timeline/viewport.ts');
		expect(graph.get('src/lib/timeline/shardStore.svelte.ts')).toContain('src/lib/timeline/shards.ts');
		expect(graph.get('src/routes/+page.svelte')?.length).toBeGreaterThan(0);
	});
	it('import no cycle', () => {
		expect(findCycles(graph).map((c) => c.join(' → '))).toEqual([]);
	});
});
