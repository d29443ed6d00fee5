import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, BAND_PAD, BAND_TITLE, layoutBands, ROW_HEIGHT, rowCenter } from './bands';

describe('layoutBands', () => {
	it.each([
		[[0, 0, 0], [1, 1, 1]],
		[[3, 1, 2], [3, 1, 2]]
	])('rows %o draw as %o', (rows, drawn) => {
		const { bands, height } = layoutBands([
			{ lane: 'talks', rows: rows[0]! },
			{ lane: 'events', rows: rows[1]! },
			{ lane: 'articles', rows: rows[2]! }
		]);
		const heights = drawn.map((n) => BAND_TITLE + n * ROW_HEIGHT + BAND_PAD);
		expect(bands.map((b) => b.height)).toEqual(heights);
		expect(bands[1]!.y).toBe(AXIS_HEIGHT + heights[0]!);
		expect(height).toBe(AXIS_HEIGHT + heights.reduce((a, b) => a + b, 0));
	});
	it('centres rows inside the band', () => {
		const band = { lane: 'talks' as const, y: 100, height: 200 };
		expect([rowCenter(band, 0), rowCenter(band, 2)]).toEqual([100 + BAND_TITLE + ROW_HEIGHT / 2, 100 + BAND_TITLE + 2.5 * ROW_HEIGHT]);
	});
});
