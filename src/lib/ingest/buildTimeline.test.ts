import { describe, expect, test } from 'vitest';
import { buildTimeline, type SeedSource } from './buildTimeline.ts';
import { SeedErrors } from './errors.ts';
import type { Timex } from './types.ts';

/** A stand-in extractor that knows two fixed expressions, to test the pipeline on its own. */
function fakeExtract(text: string): Timex[] {
	const out: Timex[] = [];
	for (const m of text.matchAll(/on Sunday|in February 2022|for two days/g)) {
		const t = m[0].replace(/^(on|in|for) /, '');
		const start = m.index + m[0].length - t.length;
		const base = { start, end: start + t.length, text: t };
		if (t === 'Sunday')
			out.push({ ...base, type: 'DATE', value: '2026-02-01', when: { value: '2026-02-01', start: '2026-02-01', end: '2026-02-01', precision: 'day' }, mood: 'future' });
		else if (t === 'February 2022')
			out.push({ ...base, type: 'DATE', value: '2022-02', when: { value: '2022-02', start: '2022-02-01', end: '2022-02-28', precision: 'month' }, mood: 'past' });
		else out.push({ ...base, type: 'DURATION', value: 'P2D', when: null, mood: null });
	}
	return out;
}
const noTalks = () => ({ events: [], claimed: new Set<string>() });
const build = (sources: SeedSource[], skipInvalid = false) =>
	buildTimeline(sources, { extract: fakeExtract, talks: noTalks, skipInvalid });

const seed: SeedSource = {
	file: 'a.txt',
	content:
		'date 2026-01-28 Peace talks\nStandfirst here.\nThe war began in February 2022. It went on for two days. Talks will resume on Sunday.\nA second paragraph.'
};

describe('buildTimeline', () => {
	test('every mention points at its sentence and its date expression', () => {
		const { data } = build([seed]);
		expect(data.articles).toHaveLength(1);
		expect(data.events.map((e) => [e.label, e.when.value, e.status])).toEqual([
			['War begins', '2022-02', 'happened'],
			['Talks to resume', '2026-02-01', 'scheduled']
		]);
		const article = data.articles[0]!;
		for (const event of data.events) {
			const m = event.mentions[0]!;
			expect(m.sentenceText.slice(m.start, m.end)).toBe(m.text);
			const s = article.sentences[m.sentence]!;
			const block = s.block === 0 ? article.standfirst : article.paragraphs[s.block - 1]!;
			expect(block.slice(s.start, s.end)).toBe(m.sentenceText);
		}
	});

	test('the reader knows every expression, durations too, and which event each dates', () => {
		const { data } = build([seed]);
		const timexes = data.articles[0]!.timexes;
		expect(timexes.map((t) => [t.text, t.type, t.event !== null])).toEqual([
			['February 2022', 'DATE', true],
			['two days', 'DURATION', false],
			['Sunday', 'DATE', true]
		]);
		const para = data.articles[0]!.paragraphs[0]!;
		for (const t of timexes) expect(para.slice(t.start, t.end)).toBe(t.text);
	});

	test('ids stay when an unrelated article is added', () => {
		const before = build([seed]).data;
		const after = build([seed, { file: 'b/z.md', content: '---\ntitle: Other\ndate: 2020-01-01\n---\nIt began on Sunday.' }]).data;
		expect(after.articles).toHaveLength(2);
		const ids = new Set(after.events.map((e) => e.id));
		for (const e of before.events) expect(ids.has(e.id)).toBe(true);
		expect(after.articles.find((a) => a.file === 'a.txt')!.id).toBe(before.articles[0]!.id);
	});

	test('a rebuild is identical', () => {
		expect(JSON.stringify(build([seed]).data)).toBe(JSON.stringify(build([seed]).data));
	});

	test('the same clause and date in one article is one event with two mentions', () => {
		const { data } = build([{ file: 'c.txt', content: 'date 2026-01-28 T\nTalks will resume on Sunday.\nTalks will resume on Sunday.' }]);
		expect(data.events).toHaveLength(1);
		expect(data.events[0]!.mentions).toHaveLength(2);
	});

	test('all problems are listed at once, with file and line', () => {
		try {
			build([seed, { file: 'bad1.txt', content: 'no header' }, { file: 'bad2.md', content: '---\ntitle: T\ndate: 2026-02-30\n---\n' }]);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(SeedErrors);
			expect((e as SeedErrors).errors.map((x) => [x.file, x.line])).toEqual([
				['bad1.txt', 1],
				['bad2.md', 3]
			]);
			expect((e as Error).message).toMatch(/^2 problems in the seeds/);
		}
	});

	test('skipInvalid publishes the valid articles and names the skipped ones', () => {
		const report = build([seed, { file: 'bad1.txt', content: 'no header' }], true);
		expect(report.data.articles.map((a) => a.file)).toEqual(['a.txt']);
		expect(report.skipped.map((e) => e.file)).toEqual(['bad1.txt']);
		expect(report.read).toBe(2);
	});

	test('files that are not seeds are ignored and named', () => {
		const report = build([seed, { file: 'notes.docx', content: 'x' }, { file: 'img.png', content: '' }]);
		expect(report.ignored).toEqual(['img.png', 'notes.docx']);
		expect(report.read).toBe(1);
	});
});
