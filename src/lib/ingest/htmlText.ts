import { parseHTML } from 'linkedom';

/** A parsed HTML document, as linkedom builds it (a DOM without a browser). */
export type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type Node = HtmlDocument['body']['childNodes'][number];

/** Parses a whole page. Nothing in it runs: linkedom builds a tree and never executes scripts. */
export function parseHtmlDocument(html: string): HtmlDocument {
	return parseHTML(html).document;
}

/** Elements whose text is never article text: code, embeds, forms, and page furniture. */
const SKIP = new Set([
	'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
	'video', 'audio', 'picture', 'img', 'figure', 'figcaption', 'aside', 'nav', 'form', 'button',
	'select', 'textarea', 'input', 'label', 'head', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'
]);

/**
 * Classes and ids that mark what readers skip: captions, pull quotes, share buttons, newsletter
 * sign-ups, comments, cookie notices, related links, advertising.
 */
const FURNITURE =
	/(^|[\s_-])(caption|credit|pull-?quote|pullout|share|sharing|social|newsletter|subscribe|signup|comments?|cookie|consent|related|read-?more|promo|advert|ad|ads|sponsor|byline|dateline|breadcrumbs?|tags)([\s_-]|$)/i;

/** Elements that end a paragraph. */
const BLOCK = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'pre', 'li', 'ul', 'ol',
	'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'hr', 'br', 'address', 'details', 'summary'
]);

/**
 * The paragraphs of an HTML fragment or element as plain text: each block element (and each `<br>`)
 * ends one, whitespace is collapsed, and scripts, embeds, captions, headings and page furniture are
 * left out. Markup never survives: the result is text for the sentence splitter, shown as text.
 */
export function htmlParagraphs(root: Node): string[] {
	const out: string[] = [];
	let current = '';
	const flush = () => {
		// a left-out image or embed leaves its surrounding spaces: "on Wednesday <img>, after"
		const text = current.replace(/[\s\u00a0]+/g, ' ').replace(/ ([,;:)]|\.(?=\s|$))/g, '$1').trim();
		if (text) out.push(text);
		current = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			current += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1) return;
		const el = node as unknown as Element;
		const tag = el.localName;
		if (SKIP.has(tag) || isFurniture(el)) return;
		const block = BLOCK.has(tag);
		if (block) flush();
		for (const child of Array.from(node.childNodes)) walk(child as Node);
		if (block) flush();
	};
	walk(root);
	flush();
	return out;
}

function isFurniture(el: Element): boolean {
	const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
	if (/\b(complementary|navigation|banner|contentinfo)\b/.test(marks)) return true;
	return FURNITURE.test(marks) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** The paragraphs of an HTML fragment (a feed item's body, a JSON Lines `html` field). */
export function htmlFragmentParagraphs(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
	return htmlParagraphs(document.body as unknown as Node);
}
