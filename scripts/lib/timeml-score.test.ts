import { describe, expect, it } from 'vitest';
import { computeScores, emptyCounts, scoreDocument } from './timeml-score.ts';
import type { TimexSpan } from './timeml.ts';

const span = (start: number, end: number, value: string, type = 'DATE'): TimexSpan => ({ start, end, text: '', type, value });

describe('scoreDocument / computeScores (TempEval-3 Task A)', () => {
	const text = 'On Monday, June 1, 2009 the firm said that last week sales rose.';

	it.each([
		{
			name: 'perfect system',
			gold: [span(3, 9, '2009-06-01'), span(11, 23, '2009-06-01')],
			sys: [span(3, 9, '2009-06-01'), span(11, 23, '2009-06-01')],
			strict: [1, 1], relaxed: [1, 1], valueAcc: 1
		},
		{
			name: 'partial overlap counts as relaxed only',
			gold: [span(11, 23, '2009-06-01')],
			sys: [span(11, 17, '2009-06')],
			strict: [0, 0], relaxed: [1, 1], valueAcc: 0
		},
		{
			name: 'one spurious, one missed',
			gold: [span(3, 9, '2009-06-01'), span(43, 52, '2009-W22')],
			sys: [span(3, 9, '2009-06-01'), span(58, 62, 'P1D', 'DURATION')],
			strict: [0.5, 0.5], relaxed: [0.5, 0.5], valueAcc: 1
		},
		{
			name: 'no system output',
			gold: [span(3, 9, '2009-06-01')],
			sys: [],
			strict: [0, 0], relaxed: [0, 0], valueAcc: 0
		}
	])('$name', ({ gold, sys, strict, relaxed, valueAcc }) => {
		const acc = emptyCounts();
		scoreDocument('doc', text, gold, sys, acc);
		const s = computeScores(acc);
		expect([s.strict.p, s.strict.r]).toEqual(strict);
		expect([s.relaxed.p, s.relaxed.r]).toEqual(relaxed);
		expect(s.valueAccuracy).toBe(valueAcc);
		expect(s.valueF1).toBeCloseTo(valueAcc * s.relaxed.f1);
	});

	it('micro-averages over documents', () => {
		const acc = emptyCounts();
		scoreDocument('a', text, [span(3, 9, 'x')], [span(3, 9, 'x')], acc);
		scoreDocument('b', text, [span(3, 9, 'x'), span(11, 23, 'y'), span(43, 52, 'z')], [], acc);
		const s = computeScores(acc);
		expect(s.relaxed.p).toBe(1);
		expect(s.relaxed.r).toBe(0.25);
		expect(s.relaxed.f1).toBeCloseTo(0.4);
	});

	it('reports errors with the kind, values and bracketed context', () => {
		const acc = emptyCounts();
		const errors = scoreDocument('doc', text, [span(3, 9, '2009-06-01'), span(43, 52, '2009-W22')], [span(3, 9, '2009-06-02'), span(58, 62, 'P1D')], acc);
		expect(errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious', 'value']);
		expect(errors.find((e) => e.kind === 'value')?.context).toContain('[Monday]');
	});
});
