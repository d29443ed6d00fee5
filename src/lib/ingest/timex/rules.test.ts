import { describe, expect, test } from 'vitest';
import { extractTimexes } from './index.ts';
import book from './resources/rules.json';
import { RULES } from './rules.ts';

const examples = book.rules.flatMap((r) => r.examples.map((e) => ({ rule: r.name, ...e })));
const notDates = book.rules.flatMap((r) => (r.notDates ?? []).map((text) => ({ rule: r.name, text })));

describe('resources/rules.json', () => {
	test('names the rules of rules.ts, in their order, each with an example', () => {
		expect(book.rules.map((r) => r.name)).toEqual(RULES.map((r) => r.name));
		for (const r of book.rules) expect(r.examples.length, r.name).toBeGreaterThan(0);
	});

	test.each(examples)('$rule: "$text" gives $expression = $value', ({ text, dct, expression, value }) => {
		const found = extractTimexes(text, dct).map((t) => ({ expression: t.text, value: t.value }));
		expect(found).toContainEqual({ expression, value });
	});

	test.each(notDates)('$rule: "$text" gives no date', ({ text }) => {
		expect(extractTimexes(text, '2026-01-28')).toEqual([]);
	});

	test('an example with a wrong value fails', () => {
		const found = extractTimexes('Talks will resume on Sunday.', '2026-01-28').map((t) => ({ expression: t.text, value: t.value }));
		expect(found).not.toContainEqual({ expression: 'Sunday', value: '2026-01-25' });
	});
});
