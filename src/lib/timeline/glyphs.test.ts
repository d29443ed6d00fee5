import { describe, expect, it } from 'vitest';
import { glyphFor, LEGEND_STATUSES } from './glyphs';

describe('glyphFor', () => {
	it.each([
		['happened', 'solid', null],
		['held', 'solid', null],
		['scheduled', 'hollow', null],
		['postponed', 'hollow', 'arrow'],
		['cancelled', 'hollow', 'cross'],
		['proposed', 'dashed', null],
		['ongoing', 'half', null]
	] as const)('%s', (s, fill, overlay) => expect(glyphFor(s)).toEqual({ fill, overlay }));
	it('tells scheduled from held in the legend', () => {
		const fills = new Set(LEGEND_STATUSES.map((r) => JSON.stringify(glyphFor(r.status))));
		expect(fills.size).toBe(LEGEND_STATUSES.length);
	});
});
