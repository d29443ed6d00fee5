import { describe, expect, test } from 'vitest';
import { createProgress, formatProgress } from './progress.ts';

describe('formatProgress', () => {
	test.each([
		[0, 10_000, 0, 'extracting: 0 of 10,000 (0%)'],
		[2_500, 10_000, 5, 'extracting: 2,500 of 10,000 (25%), 500 a second, about 15 s left'],
		[10_000, 10_000, 20, 'extracting: 10,000 of 10,000 (100%), 500 a second'],
		[9_999, 10_000, 20, 'extracting: 9,999 of 10,000 (99%), 500 a second, about 1 s left']
	])('%i of %i after %i s', (done, total, seconds, line) => {
		expect(formatProgress('extracting', done, total, seconds)).toBe(line);
	});
});

describe('createProgress', () => {
	const run = (isTTY: boolean, total: number) => {
		const written: string[] = [];
		let t = 0;
		const progress = createProgress('extracting', total, { out: { write: (s: string) => written.push(s), isTTY }, now: () => (t += 100) });
		for (let done = 100; done <= total; done += 100) progress.update(done);
		progress.end();
		return written;
	};

	test('in a log: a plain line at each tenth, ten in all', () => {
		const lines = run(false, 1000);
		expect(lines).toHaveLength(10);
		expect(lines.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
		expect(lines[9]).toMatch(/^extracting: 1,000 of 1,000 \(100%\)/);
	});

	test('in a terminal: one line rewritten in place, ended once', () => {
		const lines = run(true, 1000);
		expect(lines).toHaveLength(11);
		expect(lines.slice(0, 10).every((l) => l.startsWith('\r'))).toBe(true);
		expect(lines[10]).toBe('\n');
	});

	test('a short step says nothing', () => {
		expect(run(false, 100)).toEqual([]);
	});
});
