import iconv from 'iconv-lite';
import { SeedError } from './errors.ts';

/** Files whose bytes may declare their own character set: saved web pages and feeds. */
const MARKUP = /\.(html?|xml|rss|atom|rdf)$/i;

/** How far into a file a `<meta charset>` or an XML declaration is looked for. */
const PRESCAN_BYTES = 4096;

/**
 * The text of a seed file. Text, Markdown and JSON Lines seeds must be UTF-8. Saved pages and feeds
 * are decoded from the character set they declare: a byte order mark first, then `<meta charset>`
 * (or its `http-equiv` form) for pages, then the XML declaration's `encoding`; UTF-8 when none is
 * declared. Windows-1252 and ISO-8859-1 pages are common among older news sites.
 */
export function decodeSeed(file: string, bytes: Uint8Array): string {
	const bom = bomEncoding(bytes);
	const declared = bom ?? (MARKUP.test(file) ? declaredEncoding(bytes, /\.html?$/i.test(file)) : null);
	const label = declared?.label ?? 'utf-8';
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label, { fatal: true });
	} catch {
		throw new SeedError(file, lineAt(bytes, declared?.at ?? 0), `expected a character set that browsers know, found "${label}"`);
	}
	// TextDecoder names the encoding as browsers do ("latin1" and "iso-8859-1" are windows-1252); Node
	// 20's own decoder maps windows-1252's 0x80-0x9F (’ “ ” – €) to control codes (nodejs/node#56542),
	// so iconv-lite decodes the bytes
	if (decoder.encoding !== 'utf-8') {
		if (!iconv.encodingExists(decoder.encoding)) throw new SeedError(file, lineAt(bytes, declared?.at ?? 0), `expected a character set this build can read, found "${label}"`);
		return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), decoder.encoding, { stripBOM: false });
	}
	try {
		return decoder.decode(bytes);
	} catch {
		const bad = firstInvalidUtf8(bytes);
		const how = declared ? `, as declared at line ${lineAt(bytes, declared.at)}` : '';
		throw new SeedError(
			file,
			lineAt(bytes, bad),
			`expected UTF-8 text${how}, found an invalid byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}`
		);
	}
}

function bomEncoding(bytes: Uint8Array): { label: string; at: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', at: 0 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', at: 0 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', at: 0 };
	return null;
}

/**
 * The encoding a page or feed names in its first bytes (read as Latin-1, which maps every byte to
 * one character, so offsets stay byte offsets). A feed has only its XML declaration; a page's
 * `<meta charset>` or `<meta http-equiv="Content-Type" content>` comes before its XML declaration (XHTML).
 */
export function declaredEncoding(bytes: Uint8Array, html: boolean): { label: string; at: number } | null {
	// comments blanked out, offsets kept: a commented-out <meta> declares nothing
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?(-->|$)/g, (c) => ' '.repeat(c.length));
	const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
	// a feed is XML: its declaration, else UTF-8 (a <meta> inside an item is some quoted page's)
	if (!html) return xml ? { label: xml[1]!.toLowerCase(), at: xml.index } : null;
	for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
		const attrs = new Map<string, string>();
		for (const a of meta[0].matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
		const content = /^content-type$/i.test(attrs.get('http-equiv') ?? '') ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(attrs.get('content') ?? '')?.[1] : undefined;
		const label = (attrs.get('charset') ?? content)?.trim().toLowerCase();
		// a page that says UTF-16 in a <meta> is read as UTF-8, as browsers do (its bytes would have a BOM)
		if (label) return { label: /^utf-16/.test(label) ? 'utf-8' : label, at: meta.index! };
	}
	return xml ? { label: xml[1]!.toLowerCase(), at: xml.index } : null;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}
