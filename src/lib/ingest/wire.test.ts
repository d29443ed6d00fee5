import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareSource, type PreparedSource } from './buildTimeline';
import { packPrepared, unpackPrepared } from './wire';

const LATEST = '2030-01-01';
const read = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const seed = read('seeds').flatMap((file) => prepareSource({ file, content: readFileSync(file, 'utf8') }, LATEST));
const CORPUS = '../shared/corpora/wikinews';
const corpus = existsSync(CORPUS) ? read(CORPUS).flatMap((file) => prepareSource({ file, content: readFileSync(file, 'utf8') }, LATEST)) : [];

/** What crosses from a worker to the main thread and is read back there. */
const roundTrip = (p: PreparedSource) => unpackPrepared(structuredClone(packPrepared(p)));

describe('extraction results on the wire', () => {
	it('come back exactly as they left, key order included, for the seed', () => {
		expect(seed.some((p) => p.kind === 'article' && p.talks.length > 0)).toBe(true);
		for (const p of seed) expect(JSON.stringify(roundTrip(p))).toBe(JSON.stringify(p));
	});
	it.skipIf(corpus.length === 0)('come back exactly as they left for the Wikinews corpus (../shared)', () => {
		for (const p of corpus) expect(JSON.stringify(roundTrip(p))).toBe(JSON.stringify(p));
	});
	it('carry each sentence once, in the paragraphs, instead of in every input and talks candidate', () => {
		const p = seed.find((x) => x.kind === 'article' && x.talks.length > 0)!;
		if (p.kind !== 'article') throw new Error('unreachable');
		const sentence = p.talks[0]!.text;
		const count = (s: string) => s.split(sentence).length - 1;
		expect(count(JSON.stringify(p))).toBeGreaterThan(2);
		expect(count(JSON.stringify(packPrepared(p)))).toBe(1);
		expect(JSON.stringify(packPrepared(p)).length).toBeLessThan(JSON.stringify(p).length * 0.8);
	});
	it('leave the prepared article they pack untouched', () => {
		const before = JSON.stringify(seed);
		seed.forEach(packPrepared);
		expect(JSON.stringify(seed)).toBe(before);
	});
	it('keep a text that is not the sentence it names', () => {
		const p = structuredClone(seed.find((x) => x.kind === 'article' && x.talks.length > 0)!);
		if (p.kind !== 'article') throw new Error('unreachable');
		p.talks[0]!.text = 'something else';
		p.inputs[0]!.text = 'another thing';
		const packed = packPrepared(p);
		if (packed.kind !== 'article') throw new Error('unreachable');
		expect(packed.talks[0]!.text).toBe('something else');
		expect(packed.inputs[0]!.text).toBe('another thing');
		expect(JSON.stringify(roundTrip(p))).toBe(JSON.stringify(p));
	});
});
