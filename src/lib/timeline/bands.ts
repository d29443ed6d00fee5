/** Vertical layout: the axis on top, then one band per lane, each as tall as its rows. */
import type { Lane } from './lanes';

export const AXIS_HEIGHT = 30;
export const BAND_TITLE = 20;
export const ROW_HEIGHT = 24;
export const BAND_PAD = 10;

export interface Band {
	lane: Lane;
	/** Top of the band, px. */
	y: number;
	height: number;
}

/** Bands stacked under the axis; a lane with no marks keeps one empty row so it does not vanish. */
export function layoutBands(rows: { lane: Lane; rows: number }[]): { bands: Band[]; height: number } {
	let y = AXIS_HEIGHT;
	const bands = rows.map(({ lane, rows: n }) => {
		const height = BAND_TITLE + Math.max(1, n) * ROW_HEIGHT + BAND_PAD;
		const band = { lane, y, height };
		y += height;
		return band;
	});
	return { bands, height: y };
}

/** Vertical centre of row `row` in `band`. */
export function rowCenter(band: Band, row: number): number {
	return band.y + BAND_TITLE + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}
