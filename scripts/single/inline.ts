/** Turning the Vite build's page into one file. */

/** `</script` inside inline code would end the element early. */
export function escapeInline(code: string, tag: 'script' | 'style'): string {
	return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** Replaces the built page's script and stylesheet links by their content. */
export function inlineAssets(html: string, read: (href: string) => string): string {
	return html
		.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_, src: string) => `<script type="module">${escapeInline(read(src), 'script')}</script>`)
		.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_, href: string) => `<style>${escapeInline(read(href), 'style')}</style>`)
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '');
}

/**
 * `text` as the inside of a JavaScript string literal opened by `quote` (a backtick, as the
 * minifier writes it, or a double quote), ready to go inside an inline `<script>`: what
 * `build-single` splices in place of the data placeholder.
 */
export function escapeStringBody(text: string, quote: string): string {
	let body: string;
	if (quote === '`') body = text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);
	else if (quote === '"') body = JSON.stringify(text).slice(1, -1);
	else throw new Error(`build-single: unexpected quote ${JSON.stringify(quote)} around the data placeholder`);
	return escapeInline(body, 'script');
}
