/**
 * Reading and writing TimeML documents for the TempEval-3 style tools: the text between <TEXT>
 * tags with tags removed (the offsets every score compares on), the document date from the DCT,
 * and the gold TIMEX3 spans.
 */

/** A TIMEX3 span in the tag-free text of <TEXT>. */
export interface TimexSpan {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}

/** What a TimeML document holds for scoring. */
export interface TimemlDoc {
	/** Document date `YYYY-MM-DD` from the CREATION_TIME TIMEX3 (null when absent). */
	dct: string | null;
	/** Content of <TEXT> with all tags removed. */
	text: string;
	/** TIMEX3 elements inside <TEXT>, in text offsets. */
	timexes: TimexSpan[];
}

const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag as a map. */
export function parseAttributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	ATTR.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = ATTR.exec(tag)) !== null) out[m[1] ?? ''] = m[3] ?? m[4] ?? '';
	return out;
}

/** Document date: the `value` of the TIMEX3 with functionInDocument="CREATION_TIME" (date part). */
export function parseDct(xml: string): string | null {
	const tags = xml.match(/<TIMEX3\b[^>]*>/g) ?? [];
	for (const t of tags) {
		const a = parseAttributes(t);
		if (a.functionInDocument === 'CREATION_TIME' && a.value) {
			const m = /^\d{4}-\d{2}-\d{2}/.exec(a.value);
			if (m) return m[0];
		}
	}
	return null;
}

/** Bounds of the <TEXT> element's content in the raw XML (whole string when absent). */
export function textBounds(xml: string): [number, number] {
	const open = /<TEXT\b[^>]*>/.exec(xml);
	const close = xml.lastIndexOf('</TEXT>');
	if (!open || close < 0) return [0, xml.length];
	return [open.index + open[0].length, close];
}

/** Parses a TimeML document: text of <TEXT> without tags, its TIMEX3 spans and the DCT. */
export function parseTimeml(xml: string): TimemlDoc {
	const [a, b] = textBounds(xml);
	const inner = xml.slice(a, b);
	const timexes: TimexSpan[] = [];
	const open: { start: number; attrs: Record<string, string> }[] = [];
	let text = '';
	const TAG = /<\/?([A-Za-z][\w:-]*)\b[^>]*?(\/?)>/g;
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(inner)) !== null) {
		text += inner.slice(last, m.index);
		last = m.index + m[0].length;
		if (m[1] !== 'TIMEX3') continue;
		if (m[0].startsWith('</')) {
			const o = open.pop();
			if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.attrs.type ?? '', value: o.attrs.value ?? '' });
		} else if (m[2] !== '/') open.push({ start: text.length, attrs: parseAttributes(m[0]) });
	}
	text += inner.slice(last);
	timexes.sort((x, y) => x.start - y.start);
	return { dct: parseDct(xml), text, timexes };
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Rewrites a TimeML document in the TempEval-3 system format: every TIMEX3 inside <TEXT> is
 * removed (the DCT stays as it is) and the given spans, in tag-free text offsets, are inserted
 * as `<TIMEX3 tid="tN" type=".." value="..">`. Other tags and all text are kept unchanged.
 */
export function writeTimeml(xml: string, spans: { start: number; end: number; type: string; value: string }[]): string {
	const [a, b] = textBounds(xml);
	const inner = xml.slice(a, b);
	// Split the inner XML into text runs and non-TIMEX3 tags, dropping TIMEX3 tags.
	const parts: { kind: 'text' | 'tag'; s: string }[] = [];
	const TAG = /<\/?([A-Za-z][\w:-]*)\b[^>]*>/g;
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = TAG.exec(inner)) !== null) {
		if (m.index > last) parts.push({ kind: 'text', s: inner.slice(last, m.index) });
		last = m.index + m[0].length;
		if (m[1] !== 'TIMEX3') parts.push({ kind: 'tag', s: m[0] });
	}
	if (last < inner.length) parts.push({ kind: 'text', s: inner.slice(last) });
	// Insertion points: offset -> markup to put there (closings before openings at one offset).
	const opens = new Map<number, string>();
	const closes = new Map<number, string>();
	const sorted = [...spans].sort((x, y) => x.start - y.start);
	sorted.forEach((s, i) => {
		opens.set(s.start, (opens.get(s.start) ?? '') + `<TIMEX3 tid="t${i + 1}" type="${escapeAttr(s.type)}" value="${escapeAttr(s.value)}">`);
		closes.set(s.end, '</TIMEX3>' + (closes.get(s.end) ?? ''));
	});
	let out = '';
	let pos = 0;
	for (const p of parts) {
		if (p.kind === 'tag') {
			out += p.s;
			continue;
		}
		for (let i = 0; i < p.s.length; i++) {
			const c = closes.get(pos);
			if (c) out += c;
			const o = opens.get(pos);
			if (o) out += o;
			out += p.s[i];
			pos++;
		}
	}
	out += closes.get(pos) ?? '';
	// Any TIMEX3 outside <TEXT> other than the DCT's is dropped too.
	const head = stripTimexOutsideDct(xml.slice(0, a));
	const tail = stripTimexOutsideDct(xml.slice(b));
	return head + out + tail;
}

function stripTimexOutsideDct(s: string): string {
	const dct = /<DCT\b[^>]*>[\s\S]*?<\/DCT>/.exec(s);
	if (!dct) return s.replace(/<\/?TIMEX3\b[^>]*>/g, '');
	const before = s.slice(0, dct.index).replace(/<\/?TIMEX3\b[^>]*>/g, '');
	const after = s.slice(dct.index + dct[0].length).replace(/<\/?TIMEX3\b[^>]*>/g, '');
	return before + dct[0] + after;
}
