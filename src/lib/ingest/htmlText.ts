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
	/(^|[\s_-])(caption|credit|pull-?quote|pullout|share|sharing|social|newsletter|subscribe|signup|comments?|cookie|consent|related|read-?more|promo|advert|advertisement|ad|ads|sponsor|byline|dateline|breadcrumbs?|tags)([\s_-]|$)/i;

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
	// a class like "share" marks furniture on a box, not on the article's own container, which may
	// carry "story-body ad-free" or "has-share-bar": only what holds a small part of the text goes
	const total = (root.textContent ?? '').length;
	// a stack, not recursion: absurdly nested markup (thousands of <b>) must not overflow the call stack
	const stack: (Node | 'end')[] = [root];
	while (stack.length) {
		const node = stack.pop()!;
		if (node === 'end') {
			flush();
			continue;
		}
		if (node.nodeType === 3) {
			current += node.textContent ?? '';
			continue;
		}
		if (node.nodeType !== 1) continue;
		const el = node as unknown as Element;
		const tag = el.localName;
		if (SKIP.has(tag) || isHidden(el) || (isFurniture(el) && (el.textContent ?? '').length < total / 3)) continue;
		const block = BLOCK.has(tag);
		if (block) {
			flush();
			stack.push('end');
		}
		const children = Array.from(node.childNodes) as Node[];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
	flush();
	return out;
}

/** Hidden, or a landmark that is never the article (navigation, banner, footer, aside). */
function isHidden(el: Element): boolean {
	return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /^(complementary|navigation|banner|contentinfo)$/.test(el.getAttribute('role') ?? '');
}

/** Named as furniture by a class or an id (see `FURNITURE`). */
function isFurniture(el: Element): boolean {
	return FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The paragraphs of an HTML fragment (a feed item's body, a JSON Lines `html` field). */
export function htmlFragmentParagraphs(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
	return htmlParagraphs(document.body as unknown as Node);
}
