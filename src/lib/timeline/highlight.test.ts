import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

describe('splitHighlights', () => {
	const r = (start: number, end: number) => ({ start, end });
	it.each([
		['Talks will resume on Sunday.', [r(21, 27)], ['Talks will resume on ', '[Sunday]', '.']],
		['abc', [], ['abc']],
		['', [], ['']],
		['abcdef', [r(0, 2), r(1, 3), r(4, 99)], ['[ab]', 'cd', '[ef]']],
		['abc', [r(1, 1), r(-5, 1)], ['[a]', 'bc']]
	])('%s', (text, ranges, out) => {
		const segs = splitHighlights(text, ranges);
		expect(segs.map((s) => (s.hit ? `[${s.text}]` : s.text))).toEqual(out);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});
});
