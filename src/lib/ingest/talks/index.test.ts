import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../types.ts';
import { timexKey } from '../buildEvents.ts';
import { buildTalksEvents } from '../../../../tests/unit-support/talksEvents.ts';
import { seedSentences } from '../../../../tests/unit-support/seedSentences.ts';

const SEED = fileURLToPath(new URL('../../../../seeds/000_0578cf5c3b1c3863.txt', import.meta.url));

// Date expressions as the timex module resolves them against the article date (Wednesday 28 January 2026)
const sentences = seedSentences('seed-0578', readFileSync(SEED, 'utf8'), {
	'on Sunday': { type: 'DATE', value: '2026-02-01', when: { value: '2026-02-01', start: '2026-02-01', end: '2026-02-01', precision: 'day' }, mood: 'future' },
	'February 2022': { type: 'DATE', value: '2022-02', when: { value: '2022-02', start: '2022-02-01', end: '2022-02-28', precision: 'month' }, mood: 'past' },
	'on Tuesday': { type: 'DATE', value: '2026-01-27', when: { value: '2026-01-27', start: '2026-01-27', end: '2026-01-27', precision: 'day' }, mood: 'past' }
});

function sentenceIndex(start: string): number {
	const found = sentences.find((s) => s.text.startsWith(start));
	if (!found) throw new Error(`no sentence starts with "${start}"`);
	return found.sentence;
}

describe('buildTalksEvents on the Abu Dhabi seed', () => {
	const { events, claimed } = buildTalksEvents(sentences);
	const held = events.find((e) => e.status === 'held') as TimelineEvent;
	const resumed = events.find((e) => e.status === 'scheduled') as TimelineEvent;

	it('finds one held round and its scheduled resumption, nothing else', () => {
		expect(events).toHaveLength(2);
		expect(held).toBeDefined();
		expect(resumed).toBeDefined();
	});

	it('reads the held round: Abu Dhabi, three parties, trilateral, on or before the article date', () => {
		expect(held.kind).toBe('talks');
		expect(held.place).toBe('Abu Dhabi');
		expect([...held.parties].sort()).toEqual(['Russia', 'Ukraine', 'United States']);
		expect(held.talks?.format).toBe('trilateral');
		expect(held.when).toEqual({ value: 'BEFORE 2026-01-28', start: '2026-01-28', end: '2026-01-28', precision: 'before' });
		expect(held.label).toMatch(/^Trilateral (peace )?talks held in Abu Dhabi$/);
		expect(held.talks?.leaders).toEqual([{ name: 'Igor Kostyukov', party: 'Russia' }]);
		expect(held.talks?.disagreements).toEqual([]);
	});

	it('folds back-references into the held round instead of making empty events', () => {
		const sources = held.mentions.map((m) => m.sentence);
		for (const start of ['European officials fear', 'She suggested', 'The talks were held behind closed doors', 'Officials involved in the talks', 'It is now being led by'])
			expect(sources).toContain(sentenceIndex(start));
		for (const m of held.mentions) expect(m).toMatchObject({ article: 'seed-0578', text: '', start: 0, end: 0 });
		expect(events.every((e) => e.parties.length > 0)).toBe(true);
	});

	it('reads the resumption: Sunday 1 February 2026, scheduled, same series', () => {
		expect(resumed.when).toEqual({ value: '2026-02-01', start: '2026-02-01', end: '2026-02-01', precision: 'day' });
		expect(resumed.label).toMatch(/resume/);
		expect(resumed.mentions).toHaveLength(1);
		const m = resumed.mentions[0]!;
		expect(m.sentenceText.slice(m.start, m.end)).toBe('on Sunday');
		expect(resumed.talks?.series).toMatch(/^s-[0-9a-z]+$/);
		expect(resumed.talks?.series).toBe(held.talks?.series);
		expect(resumed.id).not.toBe(held.id);
	});

	it('claims Sunday for the talks, but not February 2022 nor the interview’s Tuesday', () => {
		const sunday = sentences.find((s) => s.text.startsWith('Talks will resume'))!;
		expect([...claimed]).toEqual([timexKey(sunday.article, sunday.sentence, sunday.timexes[0]!)]);
	});

	it('gives the same ids on every run', () => {
		expect(buildTalksEvents([...sentences].reverse()).events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
	});
});

describe('buildTalksEvents on the seed, with the real sentence splitter and timex extractor', async () => {
	const { splitSentences } = await import('../splitSentences.ts');
	const { extractTimexes } = await import('../timex/index.ts');
	const lines = readFileSync(SEED, 'utf8').split('\n').filter((l) => l.trim());
	const articleDate = /date (\d{4}-\d{2}-\d{2})/.exec(lines[0]!)![1]!;
	const inputs = lines.slice(1).flatMap((block) => splitSentences(block).map((span) => block.slice(span.start, span.end)));
	const { events } = buildTalksEvents(
		inputs.map((text, sentence) => ({ article: 'seed', articleDate, sentence, text, timexes: extractTimexes(text, articleDate) }))
	);

	it('finds the held round and its resumption on Sunday 1 February, in one series', () => {
		expect(events.map((e) => [e.status, e.when.value, e.place, [...e.parties].sort().join('+')])).toEqual([
			['held', 'BEFORE 2026-01-28', 'Abu Dhabi', 'Russia+Ukraine+United States'],
			['scheduled', '2026-02-01', null, 'Russia+Ukraine+United States']
		]);
		expect(events[0]!.talks?.series).toBe(events[1]!.talks?.series);
		expect(events[0]!.talks?.leaders.map((l) => l.name)).toEqual(['Igor Kostyukov']);
	});
});

describe('buildTalksEvents on odd input', () => {
	const rows: string[] = [
		'',
		'...',
		'led by',
		'headed The delegation - will met \u0000 chief of General ’s and meet next The General call with Bank Russia',
		'talks talks talks',
		'The '.repeat(2000) + 'talks in Geneva',
		'’s’s’s talks with ,,,, and and',
		'𝔘𝔖 and 𝔈𝔘 held talks in 𝔊𝔢𝔫𝔢𝔳𝔞.'
	];
	it.each(rows)('does not throw on %j', (text) => {
		const { events } = buildTalksEvents([{ article: 'x', articleDate: '2026-01-01', sentence: 0, text, timexes: [] }]);
		for (const e of events) {
			expect(e.label.length).toBeLessThanOrEqual(80);
			expect(e.when.precision).toBe('before');
		}
	});
});
