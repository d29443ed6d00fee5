import { describe, expect, test } from 'vitest';
import { capSentences, splitSentences } from './splitSentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	test.each([
		['One. Two.', ['One.', 'Two.']],
		['Talks will resume on Sunday.', ['Talks will resume on Sunday.']],
		['historic talks in Abu Dhabi.The Independent has contacted', ['historic talks in Abu Dhabi.', 'The Independent has contacted']],
		['Mr. Smith met Gen. Kostyukov. They talked.', ['Mr. Smith met Gen. Kostyukov.', 'They talked.']],
		['U.S. officials met. Then left.', ['U.S. officials met.', 'Then left.']],
		['It was “a lie.” She said so.', ['It was “a lie.”', 'She said so.']],
		['Version 10.4 shipped. Sales rose 3.5 percent.', ['Version 10.4 shipped.', 'Sales rose 3.5 percent.']],
		['Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
		['J. R. Smith spoke.', ['J. R. Smith spoke.']],
		['it fell. and then', ['it fell. and then']],
		['  padded.  ', ['padded.']],
		['', []]
	])('%j', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});
});

describe('capSentences', () => {
	const cut = (text: string, max: number, keep: [number, number][] = []) =>
		capSentences(splitSentences(text), text, keep.map(([start, end]) => ({ start, end })), max).spans.map((s) => text.slice(s.start, s.end));
	test.each([
		['a short sentence stays whole', 'Talks resumed on Sunday.', 100, [], ['Talks resumed on Sunday.']],
		['at the last comma before the limit', 'Talks resumed, officials said, and went on for hours', 35, [], ['Talks resumed, officials said,', 'and went on for hours']],
		['at the last space when there is no clause break', 'Talks resumed and went on for many long hours', 20, [], ['Talks resumed and', 'went on for many', 'long hours']],
		['never inside a date expression', 'They met on 3 February 2026 again', 20, [[11, 27]], ['They met on', '3 February 2026', 'again']],
		['a long word is cut at the limit', 'abcdefghijklmnopqrstuvwxyz', 10, [], ['abcdefghij', 'klmnopqrst', 'uvwxyz']]
	] as [string, string, number, [number, number][], string[]][])('%s', (_, text, max, keep, expected) => {
		expect(cut(text, max, keep)).toEqual(expected);
	});

	test('counts the sentences it cut', () => {
		const text = 'A short one. ' + 'word '.repeat(50) + 'end.';
		expect(capSentences(splitSentences(text), text, [], 60).split).toBe(1);
	});
});
