import { describe, expect, it } from 'vitest';
import { escapeInline, inlineAssets } from './inline';

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
