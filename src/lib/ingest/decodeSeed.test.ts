import { describe, expect, test } from 'vitest';
import { decodeSeed, firstInvalidUtf8 } from './decodeSeed.ts';
import { SeedError } from './errors.ts';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeSeed', () => {
	test.each([
		// 0x92 is ’ in Windows-1252; 0xE9 is é in both Windows-1252 and ISO-8859-1
		['meta charset', 'p.html', '<html><head><meta charset="windows-1252"></head><body>Kyiv\x92s caf\xe9</body></html>', 'Kyiv’s café'],
		['http-equiv', 'p.htm', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>', 'café'],
		['XML declaration', 'f.xml', '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>caf\xe9</title></rss>', 'café'],
		['a feed whose item quotes a page with another charset', 'f.rss', '<?xml version="1.0" encoding="windows-1252"?><rss><d>&lt;meta charset="utf-8"&gt;</d><t>caf\xe9</t></rss>', 'café'],
		['a charset named only inside a description is not a declaration', 'p.html', '<meta name="description" content="about charset=utf-16 bugs"><meta charset="windows-1252"><p>caf\xe9</p>', 'café'],
		['a commented-out meta declares nothing', 'p.html', '<!-- <meta charset="shift_jis"> --><meta charset="windows-1252"><p>caf\xe9</p>', 'café']
	])('%s: decoded from the declared character set', (_, file, text, expected) => {
		expect(decodeSeed(file, latin1(text))).toContain(expected);
	});

	test('a byte order mark wins over a declaration', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="windows-1252"><p>café</p>')]);
		expect(decodeSeed('p.html', bytes)).toContain('café');
	});

	test('UTF-16 with its byte order mark', () => {
		const text = '<p>Kyiv’s café</p>';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i) & 0xff, (bytes[3 + i * 2] = text.charCodeAt(i) >> 8);
		expect(decodeSeed('p.html', bytes)).toContain('Kyiv’s café');
	});

	test.each([
		['undeclared Latin-1 in a page', 'p.html', 'line one\n<p>caf\xe9</p>', /^p\.html:2: expected UTF-8 text, found an invalid byte 0xe9/],
		['declared UTF-8 that is not', 'p.html', '<meta charset="utf-8">\n<p>caf\xe9</p>', /^p\.html:2: expected UTF-8 text, as declared at line 1, found an invalid byte 0xe9/],
		['an unknown character set', 'p.html', '\n<meta charset="klingon-8">', /^p\.html:2: expected a character set that browsers know, found "klingon-8"/],
		['Latin-1 in a text seed (declarations are not read there)', 'a.txt', '<meta charset="latin1">caf\xe9', /^a\.txt:1: expected UTF-8 text/],
		['a feed without a declaration is UTF-8, whatever an item quotes', 'f.xml', '<rss><d><![CDATA[<meta charset="iso-8859-1">]]></d>\n<t>caf\xe9</t></rss>', /^f\.xml:2: expected UTF-8 text, found an invalid byte 0xe9/],
		['a meta that says UTF-16 is read as UTF-8', 'p.html', '<meta charset="utf-16">\n<p>caf\xe9</p>', /^p\.html:2: expected UTF-8 text, as declared at line 1/]
	])('%s: an error with the line', (_, file, text, message) => {
		expect(() => decodeSeed(file, latin1(text))).toThrow(SeedError);
		expect(() => decodeSeed(file, latin1(text))).toThrow(message);
	});
});

describe('firstInvalidUtf8', () => {
	test.each([
		[[0x61, 0x62], -1],
		[[0xe2, 0x80, 0x99], -1],
		[[0x61, 0xff], 1],
		[[0xc0, 0xaf], 0], // overlong "/"
		[[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
		[[0x61, 0xe2, 0x80], 1], // cut short
		[[0xf4, 0x90, 0x80, 0x80], 0] // past U+10FFFF
	])('%j -> %i', (bytes, at) => {
		expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at);
	});
});
