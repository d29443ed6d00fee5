// The interpolators d3-scale's continuous scales use, for numeric ranges only.
// The site build aliases `d3-interpolate` to this file (vite.config.ts): our time scale maps dates
// onto pixel numbers, so the colour, string and object interpolation that `interpolate` would
// otherwise bring (d3-color and most of d3-interpolate, about 6 KB gzipped) can never run.
// Bodies as in d3-interpolate 3.0.1 (ISC licence, Mike Bostock); unit-tested against it.

export function interpolateNumber(a: number, b: number): (t: number) => number {
	a = +a;
	b = +b;
	return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
	a = +a;
	b = +b;
	return (t) => Math.round(a * (1 - t) + b * t);
}

/** d3's generic `interpolate`, restricted to numbers: anything else is a mistake here, said loudly. */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
	if (typeof b !== 'number') throw new TypeError(`interpolate: only numeric ranges are built in, got ${typeof b}`);
	return interpolateNumber(a as number, b);
}

export function piecewise<T>(interp: (a: T, b: T) => (t: number) => number, values: T[]): (t: number) => number {
	const n = values.length - 1;
	const pieces: ((t: number) => number)[] = [];
	for (let i = 0; i < n; i++) pieces.push(interp(values[i]!, values[i + 1]!));
	return (t) => {
		const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
		return pieces[i]!(t - i);
	};
}
