/**
 * `npm run bench:extract [-- DIR] [--words N]`
 *
 * Extraction throughput on one core: reads the seed-format articles under
 * ../shared/corpora/wikinews (first line ` date YYYY-MM-DD Title`, then one paragraph a line),
 * repeats them until at least 1,000,000 words have been processed, and prints words, seconds
 * and words per second, three times: for the date finder alone, for everything the build does per
 * article (`prepareSource`: parse, sentences, dates, talks, and event candidates with their tagged
 * clauses), and for tagging alone the sentences that carry a date, which bounds the second. Exits
 * cleanly when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSource } from '../src/lib/ingest/buildTimeline.ts';
import { extractTimexes } from '../src/lib/ingest/timex/index.ts';
import { tagSentence } from '../src/lib/ingest/events/tag.ts';
import { splitSentences } from '../src/lib/ingest/splitSentences.ts';

interface Doc {
	dct: string;
	text: string;
	words: number;
	file: string;
	raw: string;
}

function listTxt(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...listTxt(p));
		else if (name.endsWith('.txt')) out.push(p);
	}
	return out;
}

/** A seed file: the date from its first line, the rest as the text (title included). */
function parseSeed(raw: string): { dct: string; text: string } | null {
	const nl = raw.indexOf('\n');
	const first = nl < 0 ? raw : raw.slice(0, nl);
	const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(first);
	if (!m) return null;
	return { dct: m[1] ?? '', text: (m[2] ?? '') + '\n' + (nl < 0 ? '' : raw.slice(nl + 1)) };
}

function main(argv: string[]): number {
	let dir = '../shared/corpora/wikinews';
	let target = 1_000_000;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] ?? '';
		if (a === '--words') target = Number(argv[++i] ?? target);
		else dir = a;
	}
	if (!existsSync(dir)) {
		console.log(`bench:extract: corpus ${dir} not found; nothing to measure.`);
		return 0;
	}
	const docs: Doc[] = [];
	for (const f of listTxt(dir)) {
		const seed = parseSeed(readFileSync(f, 'utf8'));
		if (seed) docs.push({ ...seed, words: seed.text.split(/\s+/).filter(Boolean).length, file: f, raw: readFileSync(f, 'utf8') });
	}
	const perPass = docs.reduce((n, d) => n + d.words, 0);
	if (!perPass) {
		console.log(`bench:extract: no seed-format .txt files under ${dir}.`);
		return 0;
	}
	measure('dates (extractTimexes)', docs, target, (d) => extractTimexes(d.text, d.dct).length);
	measure('whole article (prepareSource)', docs, target, (d) => {
		const out = prepareSource({ file: d.file.split('/').pop()!, content: d.raw }, '2100-01-01');
		return out.reduce((n, p) => n + (p.kind === 'article' ? p.events.length : 0), 0);
	});
	// What bounds the line above: the tagger, over the sentences that carry a date (the ones the
	// pipeline tags, besides a headline or a sentence before), counted in words of the whole article.
	const dated = new Map(docs.map((d) => [d, datedSentences(d)]));
	const taggedWords = [...dated.values()].flat().reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
	console.log(`sentences with a date hold ${taggedWords} of ${perPass} words (${Math.round((100 * taggedWords) / perPass)}%)`);
	measure('tagging those sentences alone (tagSentence)', docs, target, (d) => dated.get(d)!.reduce((n, s) => n + tagSentence(s).length, 0));
	return 0;
}

/** The sentences of an article that hold a date or a time with a calendar stretch. */
function datedSentences(d: Doc): string[] {
	const out: string[] = [];
	for (const line of d.text.split('\n')) {
		const timexes = extractTimexes(line, d.dct).filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when);
		for (const s of splitSentences(line)) if (timexes.some((t) => t.start >= s.start && t.start < s.end)) out.push(line.slice(s.start, s.end));
	}
	return out;
}

function measure(name: string, docs: Doc[], target: number, run: (d: Doc) => number): void {
	const perPass = docs.reduce((n, d) => n + d.words, 0);
	// Warm up the JIT on one pass so the figure is steady-state throughput.
	for (const d of docs) run(d);
	let words = 0;
	let found = 0;
	const t0 = process.hrtime.bigint();
	const cpu0 = process.cpuUsage();
	while (words < target) {
		for (const d of docs) {
			found += run(d);
			words += d.words;
		}
	}
	const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
	const cpu = process.cpuUsage(cpu0);
	// CPU time of this process too: on a shared, busy machine wall time overstates the cost.
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	console.log(`== ${name}`);
	console.log(`documents ${docs.length} (${perPass} words a pass), found ${found}`);
	console.log(`words ${words}`);
	console.log(`seconds ${seconds.toFixed(3)}`);
	console.log(`words/s ${Math.round(words / seconds)}`);
	console.log(`cpu seconds ${cpuSeconds.toFixed(3)} (words/s by cpu time ${Math.round(words / cpuSeconds)})`);
}

process.exitCode = main(process.argv.slice(2));
