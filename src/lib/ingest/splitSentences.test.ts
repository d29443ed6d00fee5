import { describe, expect, test } from 'vitest';
import { splitSentences } from './splitSentences.ts';

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
