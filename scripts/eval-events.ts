/**
 * `npm run eval:events -- SEEDS_DIR GOLD.tsv [--list N]`
 *
 * Builds the timeline of SEEDS_DIR as the site would and scores its events against hand-labelled
 * real events (scripts/lib/eventScore.ts): recall, marks per real event, multi-source events merged
 * into one mark, wrong dates, status accuracy and the share of labels a simple check flags.
 * With `--list N`, prints N marks with flagged labels and N missed or split gold events.
 * Defaults: ../shared/corpora/wikinews and docs/eval/wikinews-events.tsv; skips cleanly without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadTimeline } from '../src/lib/server/seeds.ts';
import { labelFlags } from '../src/lib/ingest/events/labelCheck.ts';
import { formatEventScores, parseGold, scoreEvents } from './lib/eventScore.ts';

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const list = listAt >= 0 ? Number(args[listAt + 1] ?? 20) : 0;
const positional = args.filter((a, i) => !a.startsWith('--') && !(listAt >= 0 && i === listAt + 1));
const seeds = positional[0] ?? '../shared/corpora/wikinews';
const goldPath = positional[1] ?? 'docs/eval/wikinews-events.tsv';
if (!existsSync(seeds)) {
	console.log(`eval:events: seeds folder ${seeds} not found; nothing to score.`);
	process.exit(0);
}
if (!existsSync(goldPath)) {
	console.error(`eval:events: gold file ${goldPath} not found.`);
	process.exit(1);
}
process.env.EXTRACT_CACHE ??= '0';
const gold = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
const report = await loadTimeline(seeds);
const scores = scoreEvents(report.data, gold);
console.log(`eval:events ${seeds} against ${goldPath}: ${report.data.articles.length} articles, ${report.data.events.length} marks`);
console.log(formatEventScores(scores));
if (list) {
	console.log('\n== flagged labels ==');
	for (const e of report.data.events.filter((x) => labelFlags(x.label).length).slice(0, list)) console.log(`${e.when.value}  ${e.label}  [${labelFlags(e.label).join(', ')}]  <- ${e.mentions[0]?.sentenceText.slice(0, 120)}`);
	const show = (title: string, rows: typeof scores.split) => {
		console.log(`\n== ${title} (${rows.length}) ==`);
		for (const { gold: g, marks } of rows.slice(0, list)) {
			console.log(`${g.id} ${g.date} ${g.status}: ${g.headline}`);
			for (const r of g.rows) console.log(`    gold  ${r.file.split('/').pop()!.slice(0, 40)}: "${r.cue}"`);
			for (const e of marks) console.log(`    mark  ${e.when.value} ${e.status} "${e.label}" (${e.mentions.length} mentions)`);
		}
	};
	show('multi-source events split', scores.split);
	show('gold events missed', scores.missed);
	console.log(`\n== sentences with a wrong date (${scores.wrong.length}) ==`);
	for (const w of scores.wrong.slice(0, list)) {
		console.log(`${w.gold.id} gold ${w.gold.date}: ${w.sentence.slice(0, 160)}`);
		for (const e of w.marks) console.log(`    mark  ${e.when.value} ${e.status} "${e.label}" [${e.mentions.find((m) => w.sentence.includes(m.sentenceText.slice(0, 40)))?.text ?? ''}]`);
	}
}
