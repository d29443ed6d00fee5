import { describe, expect, it } from 'vitest';
import { escapeInline, escapeStringBody, inlineAssets } from './inline';

describe('inlineAssets', () => {
	const page =
		'<head><script type="module" crossorigin src="./assets/index-a.js"></script>\n<link rel="modulepreload" href="./assets/x.js">\n<link rel="stylesheet" crossorigin href="./assets/index-b.css"></head>';
	const files: Record<string, string> = { './assets/index-a.js': 'let s = "</script>";', './assets/index-b.css': 'a{color:red}' };
	it('puts the script and the stylesheet inline and drops preloads', () => {
		expect(inlineAssets(page, (href) => files[href]!)).toBe('<head><script type="module">let s = "<\\/script>";</script>\n<style>a{color:red}</style></head>');
	});
	it('passes a missing file on as an error', () => {
		expect(() =>
			inlineAssets(page, () => {
				throw new Error('missing');
			})
		).toThrow('missing');
	});
	it.each([
		['a</script>b', 'script', 'a<\\/script>b'],
		['a</SCRIPT>b', 'script', 'a<\\/SCRIPT>b'],
		['x</style>', 'style', 'x<\\/style>'],
		['$& $1 plain', 'script', '$& $1 plain']
	] as const)('escapes %s', (code, tag, want) => expect(escapeInline(code, tag)).toBe(want));
});

describe('escapeStringBody', () => {
	const hostile = '{"a":"x\\"y`z${w}</script><!--\u2028 \\n"}';
	it.each(['`', '"'])('gives back the text when read as a %s string inside a script', (quote) => {
		const body = escapeStringBody(hostile, quote);
		expect(body).not.toMatch(/<\/script/i);
		expect(new Function(`return ${quote}${body}${quote}`)()).toBe(hostile);
	});
	it('leaves plain JSON as the minifier printed it', () => expect(escapeStringBody('{"b/0.json":[1,"a b"]}', '`')).toBe('{"b/0.json":[1,"a b"]}'));
	it('refuses another quote', () => expect(() => escapeStringBody('x', "'")).toThrow(/unexpected quote/));
});
