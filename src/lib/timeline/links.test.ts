import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './links';

describe('safeHttpUrl', () => {
	it.each([
		['https://www.independent.co.uk/news', 'https://www.independent.co.uk/news'],
		[' http://example.com ', 'http://example.com/'],
		['javascript:alert(1)', null],
		['JAVASCRIPT:alert(1)', null],
		['data:text/html,<b>x</b>', null],
		['/relative/path', null],
		['ftp://example.com', null],
		['', null],
		[null, null]
	])('%j -> %j', (raw, out) => expect(safeHttpUrl(raw)).toBe(out));
});
