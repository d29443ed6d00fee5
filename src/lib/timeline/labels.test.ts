import { describe, expect, test } from 'vitest';
import { fitWords, layoutLabels, placeLabels, type LabelRequest, type Obstacle, type PlacedLabel } from './labels';

/** 10 px a character: widths are easy to count. */
const m = (s: string) => s.length * 10;

function point(id: string, x: number, text: string, salience = 1, row = 'r0'): LabelRequest {
	return { id, text, salience, row, x0: x - 7, x1: x + 7, span: false };
}
const obstaclesOf = (rs: LabelRequest[]): Obstacle[] => rs.map((r) => ({ id: r.id, row: r.row, x0: r.x0, x1: r.x1 }));
const byId = (ls: PlacedLabel[]) => Object.fromEntries(ls.map((l) => [l.id, l]));

function overlaps(ls: PlacedLabel[], obstacles: Obstacle[]): string[] {
	const bad: string[] = [];
	for (const a of ls) {
		for (const b of ls) if (a !== b && a.row === b.row && a.x < b.x + b.w && b.x < a.x + a.w) bad.push(`${a.id}/${b.id}`);
		for (const o of obstacles) if (o.id !== a.id && o.row === a.row && a.x < o.x1 && o.x0 < a.x + a.w) bad.push(`${a.id} on ${o.id}`);
	}
	return bad;
}

describe('fitWords', () => {
	test.each([
		['fits whole', 'Trilateral meeting', 180, 'Trilateral meeting'],
		['cut after a whole word', 'Trilateral meeting in Washington', 200, 'Trilateral meeting…'],
		['never mid-word', 'Trilateral meeting', 100, ''],
		['one word that fits with its ellipsis', 'Trilateral meeting', 110, 'Trilateral…'],
		['a trailing comma goes with the cut', 'Talks, in Geneva', 70, 'Talks…'],
		['a short first word alone says nothing', 'The company said it will', 60, ''],
		['two short words do', 'It was agreed', 80, 'It was…'],
		['no room', 'Talks', 0, '']
	])('%s', (_name, text, room, expected) => {
		expect(fitWords(text, room, m)).toBe(expected);
	});
});

describe('placeLabels', () => {
	test('a lone mark with room gets its whole label to the right of its glyph', () => {
		const r = [point('a', 100, 'GM files for bankruptcy')];
		const [l] = placeLabels(r, obstaclesOf(r), 1000, m);
		expect(l).toMatchObject({ id: 'a', text: 'GM files for bankruptcy', full: true, x: 112 });
	});

	test.each([
		['the more salient is on the left', 9, 1],
		['the more salient is on the right', 1, 9]
	])('two marks wanting the same room: %s, it gets the room', (_name, leftSalience, rightSalience) => {
		// the room between the glyphs (62 to 288 px) holds one of the two labels (200 px each)
		const r = [point('left', 50, 'Left label, 20 chars', leftSalience), point('right', 300, 'Right label 20 chars', rightSalience)];
		const ls = byId(placeLabels(r, obstaclesOf(r), 330, m));
		const winner = leftSalience > rightSalience ? 'left' : 'right';
		const loser = winner === 'left' ? 'right' : 'left';
		expect(ls[winner]).toMatchObject({ full: true, x: winner === 'left' ? 62 : 88 });
		expect(ls[loser]?.full ?? false).toBe(false);
		expect(overlaps(Object.values(ls), obstaclesOf(r))).toEqual([]);
	});

	test('with no room whole on either side, the label is cut after a word, never mid-word', () => {
		const r = [point('a', 20, 'Trilateral meeting in Washington', 5), point('b', 260, 'Other', 1)];
		const ls = byId(placeLabels(r, obstaclesOf(r), 600, m));
		expect(ls.a).toMatchObject({ text: 'Trilateral meeting…', full: false });
		expect(overlaps(Object.values(ls), obstaclesOf(r))).toEqual([]);
	});

	test('a label never runs past the right edge: a mark near it is labelled on its left', () => {
		const r = [point('a', 590, 'Andrii Deshchytsia')];
		const [l] = placeLabels(r, obstaclesOf(r), 600, m);
		expect(l!.full).toBe(true);
		expect(l!.x).toBeGreaterThanOrEqual(1);
		expect(l!.x + l!.w).toBeLessThanOrEqual(583);
	});

	test('a mark whose glyph is out of view has no label (nothing is cut at the left edge)', () => {
		const r = [point('gone', -30, 'Meeting in Washington')];
		expect(placeLabels(r, obstaclesOf(r), 600, m)).toEqual([]);
	});

	test('a span longer than the view carries its label from the left edge of the part in view', () => {
		const r: LabelRequest[] = [{ id: 's', text: 'Recession', salience: 1, row: 'r0', x0: -5000, x1: 9000, span: true }];
		const [l] = placeLabels(r, obstaclesOf(r), 600, m);
		expect(l).toMatchObject({ x: 5, full: true, text: 'Recession' });
	});

	test('labels on different rows do not compete', () => {
		const r = [point('a', 100, 'First event label', 1, 'r0'), point('b', 100, 'Second event label', 2, 'r1')];
		const ls = placeLabels(r, obstaclesOf(r), 600, m);
		expect(ls.map((l) => l.full)).toEqual([true, true]);
	});

	test("a cluster's count stays whole when its top event's label is cut", () => {
		const r: LabelRequest[] = [{ ...point('k', 100, 'GM files for bankruptcy protection'), suffix: ' +6' }, point('x', 420, 'X')];
		const [l] = placeLabels(r, obstaclesOf(r), 600, m).filter((l) => l.id === 'k');
		expect(l!.text).toBe('GM files for bankruptcy… +6');
	});

	test('many crowded marks: none overlaps another label or a glyph, none leaves the plot, none is cut mid-word', () => {
		const r = Array.from({ length: 60 }, (_, i) => point(`m${i}`, 10 + i * 40, `Event number ${i} of the story`, i % 7, `r${i % 3}`));
		const ls = placeLabels(r, obstaclesOf(r), 2400, m);
		expect(overlaps(ls, obstaclesOf(r))).toEqual([]);
		for (const l of ls) {
			expect(l.x).toBeGreaterThanOrEqual(1);
			expect(l.x + l.w).toBeLessThanOrEqual(2399);
			expect(l.text.endsWith('…') || l.full).toBe(true);
		}
		// with glyphs 120 px apart on a row, only cut labels fit: some are placed
		expect(ls.length).toBeGreaterThan(10);
	});
});

describe('layoutLabels', () => {
	const mark = (id: string, label: string, salience: number, shape = 'point') => ({ id, label, salience, shape });
	const badge = () => 20;

	test('a cluster names its most salient mark and counts the others', () => {
		const lanes = {
			events: {
				rows: 5,
				placed: [],
				clusters: [{ row: 4, x0: 100, x1: 140, cx: 120, count: 7, marks: [mark('a', 'Minor', 1), mark('b', 'GM files for bankruptcy', 9), mark('c', 'Other', 3)] }]
			}
		};
		const [l] = layoutLabels(lanes, 1000, null, badge, m);
		expect(l!.text).toBe('GM files for bankruptcy +6');
		// beside its badge (which covers 110 to 130 and its bar to 140), not over it
		expect(l!.x).toBeGreaterThanOrEqual(140);
	});

	test('a cluster counted at build time (no marks known) asks for no label', () => {
		const lanes = { events: { rows: 1, placed: [], clusters: [{ row: 0, x0: 100, x1: 140, cx: 120, count: 7, marks: [] }] } };
		expect(layoutLabels(lanes, 1000, null, badge, m)).toEqual([]);
	});

	test('the selected mark is labelled first, whatever its salience', () => {
		const lanes = {
			events: {
				rows: 1,
				placed: [
					{ mark: mark('quiet', 'Quiet label here!!!', 0), row: 0, x0: 43, x1: 57 },
					{ mark: mark('loud', 'Loud label here!!!!', 9), row: 0, x0: 293, x1: 307 }
				],
				clusters: []
			}
		};
		const ls = byId(layoutLabels(lanes, 330, 'quiet', badge, m));
		expect(ls.quiet).toMatchObject({ full: true, x: 62 });
		expect(ls.loud?.full ?? false).toBe(false);
	});
});

describe('a span too short to carry its label', () => {
	const lanes = (x0: number, x1: number) => ({
		events: { rows: 1, placed: [{ mark: { id: 's', label: 'Strike', salience: 1, shape: 'span' }, row: 0, x0, x1 }], clusters: [] }
	});

	test('is labelled beside its bar, not over it', () => {
		const [l] = layoutLabels(lanes(100, 120), 1000, null, () => 20, m);
		expect(l!.x).toBe(125);
	});

	test('a long one carries it along the bar', () => {
		const [l] = layoutLabels(lanes(100, 400), 1000, null, () => 20, m);
		expect(l!.x).toBe(105);
		// what counts is the part in view
		const [cut] = layoutLabels(lanes(-1000, 30), 1000, null, () => 20, m);
		expect(cut!.x).toBe(35);
	});
});

describe('the status before a label', () => {
	const mark = (id: string, label: string, status: string | null) => ({ id, label, salience: 1, shape: 'point', status: status as never });
	const lanesOf = (...ms: ReturnType<typeof mark>[]) => ({
		events: { rows: 1, placed: ms.map((mk, i) => ({ mark: mk, row: 0, x0: 43 + 400 * i, x1: 57 + 400 * i })), clusters: [] }
	});

	test('a scheduled event says so before its text; one that happened does not', () => {
		const ls = byId(layoutLabels(lanesOf(mark('s', 'Talks to resume', 'scheduled'), mark('h', 'Talks held', 'happened')), 1000, null, () => 20, m));
		expect(ls.s).toMatchObject({ text: 'Scheduled: Talks to resume', prefix: 'Scheduled: ', prefixW: 110, full: true });
		expect(ls.h).toMatchObject({ text: 'Talks held', prefix: '', prefixW: 0 });
	});

	test('without room for the status, the whole headline goes before it', () => {
		// from 62 to 239: "Talks to resume" (150) fits, "Scheduled: Talks to resume" (260) does not
		const [l] = layoutLabels(lanesOf(mark('s', 'Talks to resume', 'scheduled')), 240, null, () => 20, m);
		expect(l).toMatchObject({ text: 'Talks to resume', prefix: '', full: true });
	});

	test('a cut keeps the status whole and at least a word after it', () => {
		// 11 + 5 + 1 characters fit from 62 to 239: "Cancelled: " and "Talks…"
		const ls = byId(layoutLabels(lanesOf(mark('c', 'Talks in Geneva with Iran', 'cancelled')), 240, null, () => 20, m));
		expect(ls.c!.text).toBe('Cancelled: Talks…');
		expect(ls.c!.full).toBe(false);
		// no room for a word after it: no label rather than the status alone
		expect(layoutLabels(lanesOf(mark('c', 'Negotiations in Geneva', 'cancelled')), 200, null, () => 20, m)).toEqual([]);
	});

	test('a cluster named after a proposed event says it is proposed', () => {
		const lanes = {
			events: { rows: 1, placed: [], clusters: [{ row: 0, x0: 100, x1: 140, cx: 120, count: 3, marks: [{ label: 'Summit in Riyadh', salience: 5, status: 'proposed' as const }] }] }
		};
		expect(layoutLabels(lanes, 1000, null, () => 20, m)[0]!.text).toBe('Proposed: Summit in Riyadh +2');
	});
});

describe('labels in two lines', () => {
	const req = (id: string, x: number, text: string, below?: string): LabelRequest => ({ ...point(id, x, text), below });

	test('a label too long for its row goes on into a free row below, whole', () => {
		const r = [req('a', 20, 'Andrii Sybiha said in an interview', 'r1')];
		const [l] = placeLabels(r, obstaclesOf(r), 250, m);
		expect(l).toMatchObject({ full: true, lines: ['Andrii Sybiha said in', 'an interview'], x: 32 });
		expect(l!.w).toBe(210);
	});

	test('without a row below, it is cut after a word', () => {
		const r = [req('a', 20, 'Andrii Sybiha said in an interview')];
		const [l] = placeLabels(r, obstaclesOf(r), 250, m);
		expect(l).toMatchObject({ full: false, lines: ['Andrii Sybiha said…'] });
	});

	test('a glyph in the row below stops the second line there', () => {
		const r = [req('a', 20, 'Andrii Sybiha said in an interview with European Pravda', 'r1'), point('b', 200, 'B', 0, 'r1')];
		const [l] = placeLabels(r, obstaclesOf(r), 250, m).filter((x) => x.id === 'a');
		// both lines stop 5 px before b's glyph at 193: the box of the two is free on both rows
		expect(l!.lines).toEqual(['Andrii Sybiha', 'said in an…']);
		expect(l!.full).toBe(false);
		expect(l!.x + l!.w).toBeLessThanOrEqual(188);
		expect(l!.lines[1]!.endsWith('…')).toBe(true);
	});
});

describe('labels in two lines, left of the glyph', () => {
	test('near the right edge, a long label goes left of its glyph in two lines, whole', () => {
		const r: LabelRequest[] = [{ ...point('a', 330, 'Talks resume between United States'), below: 'r1' }];
		const [l] = placeLabels(r, obstaclesOf(r), 342, m);
		expect(l!.full).toBe(true);
		expect(l!.lines).toHaveLength(2);
		// ends before the glyph (323) with the gap; starts inside the plot
		expect(l!.x + l!.w).toBeLessThanOrEqual(318);
		expect(l!.x).toBeGreaterThanOrEqual(1);
	});

	test('a two-line label keeps the box of both lines free of other labels', () => {
		const r: LabelRequest[] = [{ ...point('a', 20, 'Andrii Sybiha said in an interview', 9), below: 'r1' }, point('b', 180, 'Short', 1, 'r1')];
		const ls = byId(placeLabels(r, obstaclesOf(r), 260, m));
		expect(ls.a!.lines).toHaveLength(2);
		// b's glyph sits under a's first line: b's label, if any, does not start inside a's box
		if (ls.b) expect(ls.b.x >= ls.a!.x + ls.a!.w || ls.b.x + ls.b.w <= ls.a!.x).toBe(true);
	});
});
