import { describe, expect, it } from 'vitest';
import type { Timex } from '../types.ts';
import { beforeDate, pickTalksTimex } from './date.ts';
import { detectTalks } from './detect.ts';

function timex(text: string, expr: string, value: string, mood: Timex['mood'] = 'past'): Timex {
	const start = text.indexOf(expr);
	if (start < 0) throw new Error(`"${expr}" not in "${text}"`);
	return { start, end: start + expr.length, text: expr, type: 'DATE', value, when: { value, start: value, end: value, precision: 'day' }, mood };
}

describe('pickTalksTimex', () => {
	const rows: [string, string[], string | null][] = [
		['Talks will resume on Sunday.', ['Sunday'], 'Sunday'],
		['On Tuesday, negotiators met in Geneva.', ['Tuesday'], 'Tuesday'],
		['The talks, first held on Monday, resumed.', ['Monday'], 'Monday'],
		['The talks, which began on Monday, are expected to last three days.', ['Monday'], 'Monday'],
		// must fail: the date belongs to another clause or bounds something else
		['The talks marked the first time the sides sat in the same room since the invasion began in February.', ['February'], null],
		['Sybiha said in an interview published on Tuesday that there had been a change in the peace talks.', ['Tuesday'], null],
		['The talks, the first since March, were tense.', ['March'], null],
		['The talks were held behind closed doors and marked the first time that officials from all three countries had sat together, on Monday.', ['Monday'], null]
	];
	it.each(rows)('%s', (text, exprs, picked) => {
		const cue = detectTalks(text)!;
		const found = pickTalksTimex(
			text,
			exprs.map((e) => timex(text, e, '2026-01-26')),
			cue.trigger
		);
		expect(found?.text ?? null).toBe(picked);
	});

	it('skips expressions that resolve to no day', () => {
		const text = 'Talks will resume soon.';
		const t: Timex = { start: 18, end: 22, text: 'soon', type: 'DATE', value: 'FUTURE_REF', when: null, mood: 'future' };
		expect(pickTalksTimex(text, [t], detectTalks(text)!.trigger)).toBeNull();
	});
});

describe('beforeDate', () => {
	it('dates talks on or before the article, never as that day', () => {
		expect(beforeDate('2026-01-28')).toEqual({ value: 'BEFORE 2026-01-28', start: '2026-01-28', end: '2026-01-28', precision: 'before' });
		expect(beforeDate('2026-01-28').precision).not.toBe('day');
	});
});
