import { describe, expect, test } from 'vitest';
import { parseJsonLines } from './parseJsonLines.ts';

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const OK = { title: 'Talks resume', date: '2026-01-28T23:30:00-05:00', text: 'Delegations met on Sunday.\nTalks will resume next month.', url: 'https://example.org/a', source: 'Wire', author: 'A. Writer' };

describe('parseJsonLines', () => {
	test('one article a line: the day as written in its zone, text paragraphs by line, html as a page body', () => {
		const content = [line(OK), '', line({ title: 'Vote delayed', date: '2026-01-29', html: '<p>The vote was <em>delayed</em>.</p><script>alert(1)</script><p>Again.</p>' })].join('\n');
		const { articles, errors } = parseJsonLines('items.jsonl', content, '2026-11-27');
		expect(errors).toEqual([]);
		expect(articles).toEqual([
			{ file: 'items.jsonl#1', date: '2026-01-28', title: 'Talks resume', standfirst: '', paragraphs: ['Delegations met on Sunday.', 'Talks will resume next month.'], source: 'Wire', url: 'https://example.org/a', author: 'A. Writer', idKey: 'items.jsonl#https://example.org/a' },
			{ file: 'items.jsonl#3', date: '2026-01-29', title: 'Vote delayed', standfirst: '', paragraphs: ['The vote was delayed.', 'Again.'], source: null, url: null, author: null, idKey: 'items.jsonl#3' }
		]);
	});

	test.each([
		['not JSON', '{title: x}', /^x\.jsonl:2: expected a JSON object, found invalid JSON/],
		['not an object', '[1, 2]', /^x\.jsonl:2: expected a JSON object with "title" and "date"/],
		['no title', line({ ...OK, title: ' ' }), /^x\.jsonl:2: expected a non-empty "title"/],
		['no date', line({ ...OK, date: undefined }), /^x\.jsonl:2: expected a "date"/],
		['a date in words', line({ ...OK, date: 'yesterday' }), /^x\.jsonl:2: expected a "date" .* found "yesterday"/],
		['an impossible date', line({ ...OK, date: '2026-02-30' }), /^x\.jsonl:2: expected a real date as YYYY-MM-DD, found "2026-02-30"/],
		['a field of the wrong type', line({ ...OK, author: ['a', 'b'] }), /^x\.jsonl:2: expected "author" to be a string, found an array/],
		['no body', line({ ...OK, text: undefined }), /^x\.jsonl:2: expected the article body in "text" or "html"/],
		['a javascript: URL', line({ ...OK, url: 'javascript:alert(1)' }), /^x\.jsonl:2: expected an http\(s\) URL/]
	])('%s: an error naming the line; the other lines still count', (_, bad, message) => {
		const { articles, errors } = parseJsonLines('x.jsonl', [line(OK), bad].join('\n'), '2026-11-27');
		expect(articles).toHaveLength(1);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(message);
	});
});
