import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/lib/ingest/timex/index.ts';
import { parseTimeml, writeTimeml } from './timeml.ts';
import { computeScores, emptyCounts, scoreDocument } from './timeml-score.ts';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x.tml</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t0" type="DATE" value="2026-01-28">2026-01-28</TIMEX3></DCT>
<TEXT>
Talks &amp; more

The sides met <TIMEX3 tid="t1" type="DATE" value="2026-01-26">on Monday</TIMEX3> and will meet again on Sunday.
</TEXT>
</TimeML>
`;

describe('parseTimeml', () => {
	it('reads the DCT, the tag-free text and gold spans in text offsets', () => {
		const d = parseTimeml(DOC);
		expect(d.dct).toBe('2026-01-28');
		expect(d.text).toContain('The sides met on Monday and will');
		expect(d.timexes).toHaveLength(1);
		const t = d.timexes[0]!;
		expect(d.text.slice(t.start, t.end)).toBe('on Monday');
		expect([t.type, t.value]).toEqual(['DATE', '2026-01-26']);
	});
});

describe('writeTimeml', () => {
	it('drops input TIMEX3s, keeps the DCT and text, and inserts system tags', () => {
		const d = parseTimeml(DOC);
		const out = writeTimeml(DOC, extractTimexes(d.text, d.dct ?? ''));
		expect(out).toContain('<DCT><TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t0" type="DATE" value="2026-01-28">2026-01-28</TIMEX3></DCT>');
		expect(out).toContain('met on <TIMEX3 tid="t1" type="DATE" value="2026-01-26">Monday</TIMEX3> and');
		expect(out).toContain('<TIMEX3 tid="t2" type="DATE" value="2026-02-01">Sunday</TIMEX3>');
		expect(out).not.toContain('value="2026-01-26">on Monday');
		// Text unchanged once tags are removed.
		expect(out.replace(/<\/?TIMEX3[^>]*>/g, '')).toBe(DOC.replace(/<\/?TIMEX3[^>]*>/g, ''));
		expect(parseTimeml(out).text).toBe(d.text);
	});
});

const GOLD = join(process.cwd(), '..', 'shared', 'eval', 'meantime');

describe.skipIf(!existsSync(GOLD))('MEANTIME development set (../shared)', () => {
	it('meets the targets: relaxed F1 >= 90, value F1 >= 80', () => {
		const acc = emptyCounts();
		for (const f of readdirSync(GOLD).filter((n) => n.endsWith('.tml'))) {
			const d = parseTimeml(readFileSync(join(GOLD, f), 'utf8'));
			scoreDocument(f, d.text, d.timexes, extractTimexes(d.text, d.dct ?? ''), acc);
		}
		const s = computeScores(acc);
		expect(s.relaxed.f1).toBeGreaterThanOrEqual(0.9);
		expect(s.valueF1).toBeGreaterThanOrEqual(0.8);
	});
});
