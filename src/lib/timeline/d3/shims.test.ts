import * as real from 'd3-interpolate';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import * as shim from './interpolate';
import * as format from './time-format';

describe('the d3-interpolate stand-in', () => {
	const cases: [number, number, number][] = [
		[0, 1280, 0.5],
		[-3.5, 17, 0.123],
		[1e12, 2e12, 0.999],
		[100, 0, 1.5],
		[7, 7, 0.3]
	];
	it.each(cases)('interpolateNumber(%d, %d)(%d) is what d3 gives', (a, b, t) => expect(shim.interpolateNumber(a, b)(t)).toBe(real.interpolateNumber(a, b)(t)));
	it.each(cases)('interpolateRound(%d, %d)(%d) is what d3 gives', (a, b, t) => expect(shim.interpolateRound(a, b)(t)).toBe(real.interpolateRound(a, b)(t)));
	it.each(cases)('interpolate(%d, %d)(%d) is what d3 gives for numbers', (a, b, t) => expect(shim.interpolate(a, b)(t)).toBe(real.interpolate(a, b)(t)));
	it('piecewise matches d3 over three stops', () => {
		for (const t of [0, 0.2, 0.5, 0.75, 1]) expect(shim.piecewise(shim.interpolateNumber, [0, 10, 100])(t)).toBe(real.piecewise(real.interpolateNumber, [0, 10, 100])(t));
	});
	it('refuses to interpolate colours rather than give a wrong answer', () => {
		expect(() => shim.interpolate('red', 'blue')).toThrow(/only numeric/);
	});
	it('gives a scaleUtc the same pixels as the real one', () => {
		// d3-scale calls the interpolator it is given: the shim's must place dates exactly like d3's
		const domain = [Date.UTC(2022, 1, 24), Date.UTC(2026, 1, 1)];
		const withReal = scaleUtc().domain(domain).range([0, 1280]).interpolate(real.interpolateNumber);
		const withShim = scaleUtc().domain(domain).range([0, 1280]).interpolate(shim.interpolateNumber);
		for (const d of [Date.UTC(2022, 1, 24), Date.UTC(2024, 5, 3, 12), Date.UTC(2026, 1, 1), Date.UTC(2030, 0, 1)]) {
			expect(withShim(d)).toBe(withReal(d));
			expect(withShim.invert(withShim(d)).getTime()).toBe(withReal.invert(withReal(d)).getTime());
		}
	});
});

describe('the d3-time-format stand-in', () => {
	it('fails loudly when a d3 format is used instead of Intl', () => {
		expect(() => format.utcFormat('%B')(new Date())).toThrow(/not built in/);
		expect(() => format.timeFormat('%Y')(new Date())).toThrow(/not built in/);
	});
});
