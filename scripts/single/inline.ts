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
