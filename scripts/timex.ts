/**
 * `npm run --silent timex -- FILE.tml... --out DIR`
 *
 * Annotates TimeML documents with the extractor, TempEval-3 system style: the document date
 * comes from the DCT's CREATION_TIME TIMEX3, every other TIMEX3 of the input is removed, and the
 * project's own TIMEX3 tags (tid, type, value) are written into the otherwise unchanged text.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractTimexes } from '../src/lib/ingest/timex/index.ts';
import { parseTimeml, writeTimeml } from './lib/timeml.ts';

function main(argv: string[]): number {
	const files: string[] = [];
	let out: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a === '--out') out = argv[++i] ?? null;
		else files.push(a);
	}
	if (!out || !files.length) {
		console.error('usage: npm run --silent timex -- FILE.tml... --out DIR');
		return 2;
	}
	mkdirSync(out, { recursive: true });
	let failed = 0;
	for (const f of files) {
		if (!existsSync(f)) {
			console.error(`timex: ${f}: not found`);
			failed++;
			continue;
		}
		const xml = readFileSync(f, 'utf8');
		const doc = parseTimeml(xml);
		if (!doc.dct) console.error(`timex: ${f}: no CREATION_TIME in the DCT; relative dates left unresolved`);
		const spans = doc.dct ? extractTimexes(doc.text, doc.dct) : [];
		writeFileSync(join(out, basename(f)), writeTimeml(xml, spans));
	}
	return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
