import { describe, expect, test } from 'vitest';
import { labelClause } from './labelClause.ts';

function label(sentence: string, date: string): string {
	const start = sentence.indexOf(date);
	if (start < 0) throw new Error(`"${date}" not in "${sentence}"`);
	return labelClause(sentence, start, start + date.length);
}

describe('labelClause', () => {
	test.each([
		['Talks will resume on Sunday.', 'Sunday', 'Talks will resume'],
		[
			'The talks marked the first time officials from the US, Russia and Ukraine had sat in the same room since the invasion began in February 2022.',
			'February 2022',
			'The invasion began'
		],
		[
			'Andrii Sybiha, Ukraine’s foreign minister, said in an interview published on Tuesday that there had been a change.',
			'Tuesday',
			'Andrii Sybiha said in an interview published'
		],
		['On 3 March, the company cut 500 jobs.', '3 March', 'The company cut 500 jobs'],
		['Apple announced today another special event to be held on October 12.', 'October 12', 'Apple announced today another special event to be held'],
		['Shares fell 3% on Monday, the biggest drop in a year.', 'Monday', 'Shares fell 3%'],
		['Yesterday.', 'Yesterday', 'Yesterday'],
		['Claims rose 15,000 last week to 444,000, the highest in years.', 'last week', 'Claims rose 15,000 to 444,000']
	])('%j at %j', (sentence, date, expected) => {
		expect(label(sentence, date)).toBe(expected);
	});

	test('long clauses are cut at a word, under the limit', () => {
		const sentence = `The ${'very '.repeat(30)}long negotiation ended on Friday.`;
		const out = label(sentence, 'Friday');
		expect(out.length).toBeLessThanOrEqual(80);
		expect(out.endsWith('\u2026')).toBe(true);
		expect(out).not.toMatch(/ver\u2026$/);
	});

	test('the date itself never stays in the label', () => {
		expect(label('Prices rose sharply in February 2022 across Europe.', 'February 2022')).not.toContain('2022');
	});
});
