import { describe, expect, test } from 'vitest';
import { DAY_MS } from './time';
import { GESTURE_SETTLE_MS, READOUT_MS, ViewportState } from './viewportState.svelte';

const YEAR = { from: 0, to: 365 * DAY_MS };

function viewport() {
	let clock = 1000;
	const state = new ViewportState(() => YEAR, () => clock);
	return { state, advance: (ms: number) => (clock += ms) };
}

describe('ViewportState', () => {
	test('starts on the whole span', () => {
		const { state } = viewport();
		expect(state.view).toEqual(YEAR);
		expect(state.shown).toEqual(YEAR);
	});

	test('opens on its home view when it has one; fitAll shows the whole span, fitHome the home view', () => {
		const NEWS = { from: 100 * DAY_MS, to: 130 * DAY_MS };
		const state = new ViewportState(() => YEAR, () => 0, () => NEWS);
		expect(state.view).toEqual(NEWS);
		state.fitAll();
		expect(state.view).toEqual(YEAR);
		state.fitHome();
		expect(state.view).toEqual(NEWS);
	});

	test('a gesture moves the view at once and the readouts at most every READOUT_MS, then catches up', () => {
		const { state, advance } = viewport();
		const a = { from: 10 * DAY_MS, to: 20 * DAY_MS };
		const b = { from: 11 * DAY_MS, to: 21 * DAY_MS };
		state.set(a, true);
		expect(state.view).toEqual(a);
		expect(state.shown).toEqual(a); // the first step of a gesture is shown
		advance(READOUT_MS / 2);
		state.set(b, true);
		expect(state.view).toEqual(b);
		expect(state.shown).toEqual(a);
		expect(state.moving).toBe(true);
		advance(GESTURE_SETTLE_MS + 1);
		expect(state.moving).toBe(false);
		state.settle();
		expect(state.shown).toEqual(b);
	});

	test('a step that must follow (a brush under the pointer) shows at once', () => {
		const { state, advance } = viewport();
		state.set({ from: 0, to: 10 * DAY_MS }, true);
		advance(1);
		const next = { from: DAY_MS, to: 11 * DAY_MS };
		state.set(next, true, true);
		expect(state.shown).toEqual(next);
	});

	test('moves made by the visitor call onMove; a jump does not', () => {
		const { state } = viewport();
		let moves = 0;
		state.onMove = () => moves++;
		state.pan(0.1);
		state.zoom(2);
		state.jump({ from: 0, to: DAY_MS * 10 });
		expect(moves).toBe(2);
		expect(state.view).toEqual({ from: 0, to: DAY_MS * 10 });
	});

	test('zoom keeps a centre that is in view still; fit all and zoom to', () => {
		const { state } = viewport();
		const center = 100 * DAY_MS;
		state.zoom(2, center);
		const fraction = (center - state.view.from) / (state.view.to - state.view.from);
		expect(fraction).toBeCloseTo(100 / 365, 5);
		expect(state.view.to - state.view.from).toBeCloseTo(365 * DAY_MS / 2, -3);
		state.zoomTo(10 * DAY_MS, 10 * DAY_MS);
		expect(state.view.to - state.view.from).toBeGreaterThanOrEqual(2 * DAY_MS);
		state.fitAll();
		expect(state.view).toEqual(YEAR);
	});
});
