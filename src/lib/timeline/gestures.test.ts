import { describe, expect, test } from 'vitest';
import { PointerGesture } from './gestures';
import { DAY_MS } from './time';

const VIEW = { from: 0, to: 100 * DAY_MS };

describe('PointerGesture', () => {
	test('a press that moves less than 4 px is a click, not a drag', () => {
		const g = new PointerGesture();
		g.down(1, 100, VIEW);
		expect(g.move(1, 102, VIEW, 1000)).toEqual({ view: null, capture: false });
		g.up(1);
		expect(g.swallowClick()).toBe(false);
	});

	test('a drag pans from where it started, captures once, and swallows the click that ends it', () => {
		const g = new PointerGesture();
		g.down(1, 100, VIEW);
		const first = g.move(1, 200, VIEW, 1000);
		expect(first.capture).toBe(true);
		// dragging right by a tenth of the width shows earlier times by a tenth of the span
		expect(first.view!.from).toBeCloseTo(-10 * DAY_MS, -3);
		const second = g.move(1, 300, first.view!, 1000);
		expect(second.capture).toBe(false);
		expect(second.view!.from).toBeCloseTo(-20 * DAY_MS, -3);
		g.up(1);
		expect(g.swallowClick()).toBe(true);
		expect(g.swallowClick()).toBe(false);
	});

	test('two pointers pinch: moving apart zooms in', () => {
		const g = new PointerGesture();
		g.down(1, 400, VIEW);
		g.down(2, 600, VIEW);
		const { view, capture } = g.move(2, 800, VIEW, 1000);
		expect(capture).toBe(true);
		expect(view!.to - view!.from).toBeLessThan(VIEW.to - VIEW.from);
	});

	test('a pointer it never saw go down moves nothing', () => {
		expect(new PointerGesture().move(7, 500, VIEW, 1000)).toEqual({ view: null, capture: false });
	});
});
