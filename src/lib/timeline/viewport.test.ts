import { describe, expect, it } from 'vitest';
import { DAY_MS } from './time';
import { dragView, fitView, MAX_SPAN, MIN_SPAN, panView, pinchView, wheelZoomFactor, zoomView, type View } from './viewport';

const v: View = { from: 0, to: 100 * DAY_MS };

describe('zoomView', () => {
	it.each([
		[2, 0.5, { from: 25 * DAY_MS, to: 75 * DAY_MS }],
		[2, 0, { from: 0, to: 50 * DAY_MS }],
		[2, 1, { from: 50 * DAY_MS, to: 100 * DAY_MS }],
		[0.5, 0.5, { from: -50 * DAY_MS, to: 150 * DAY_MS }]
	])('factor %d at %d', (factor, anchor, out) => {
		expect(zoomView(v, factor, anchor)).toEqual(out);
	});
	it('clamps to the closest and widest zoom', () => {
		const inn = zoomView(v, 1e6);
		expect(inn.to - inn.from).toBe(MIN_SPAN);
		const out = zoomView(v, 1e-9);
		expect(out.to - out.from).toBe(MAX_SPAN);
	});
	it('zoom in then out returns to the start', () => {
		const back = zoomView(zoomView(v, 1.5, 0.3), 1 / 1.5, 0.3);
		expect(back.from).toBeCloseTo(v.from, -2);
		expect(back.to).toBeCloseTo(v.to, -2);
	});
});

describe('pan, drag, pinch, wheel', () => {
	it.each([
		[0.1, 10 * DAY_MS],
		[-0.25, -25 * DAY_MS]
	])('pan %d', (f, shift) => {
		expect(panView(v, f)).toEqual({ from: shift, to: 100 * DAY_MS + shift });
	});
	it('dragging right shows earlier time', () => {
		expect(dragView(v, 100, 1000).from).toBe(-10 * DAY_MS);
		expect(dragView(v, 100, 0)).toBe(v);
	});
	it('pinching apart zooms in around the midpoint', () => {
		const p = pinchView(v, [400, 600], [300, 700], 1000);
		expect(p.to - p.from).toBe(50 * DAY_MS);
		expect((p.from + p.to) / 2).toBe(50 * DAY_MS);
		expect(pinchView(v, [500, 500], [300, 700], 1000)).toBe(v);
	});
	it.each([
		[-100, 0, true],
		[100, 0, false],
		[-3, 1, true]
	])('wheel %d mode %d zooms in: %s', (dy, mode, zoomsIn) => {
		const f = wheelZoomFactor(dy, mode);
		expect(f > 1).toBe(zoomsIn);
		expect(f).toBeGreaterThan(0);
	});
});

describe('fitView', () => {
	it('pads a range by the margin', () => {
		expect(fitView(0, 100 * DAY_MS, 0.05)).toEqual({ from: -5 * DAY_MS, to: 105 * DAY_MS });
	});
	it('gives a single day a minimum span', () => {
		const f = fitView(10 * DAY_MS, 10 * DAY_MS);
		expect(f.to - f.from).toBe(14 * DAY_MS);
		expect(f.from).toBe(3 * DAY_MS);
	});
});

describe('revealView', async () => {
	const { revealView } = await import('./viewport');
	it.each([
		['inside: unchanged', 10, 20, v],
		['outside: centred, same span', 200 * DAY_MS, 202 * DAY_MS, { from: 151 * DAY_MS, to: 251 * DAY_MS }]
	])('%s', (_, s, e, out) => expect(revealView(v, s as number, e as number)).toEqual(out));
	it('widens for something longer than the view', () => {
		const r = revealView(v, -1000 * DAY_MS, 1000 * DAY_MS);
		expect(r.from).toBeLessThanOrEqual(-1000 * DAY_MS);
		expect(r.to).toBeGreaterThanOrEqual(1000 * DAY_MS);
	});
});

describe('zoomAnchor', async () => {
	const { zoomAnchor } = await import('./viewport');
	it.each([
		[null, 0.5],
		[25 * DAY_MS, 0.25],
		[-1, 0.5],
		[101 * DAY_MS, 0.5],
		[100 * DAY_MS, 1]
	])('%s -> %d', (focus, a) => expect(zoomAnchor(v, focus)).toBe(a));
});
