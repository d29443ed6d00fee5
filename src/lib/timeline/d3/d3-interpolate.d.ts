// Types for the parts of d3-interpolate the stand-in is tested against (shims.test.ts).
declare module 'd3-interpolate' {
	export function interpolateNumber(a: number, b: number): (t: number) => number;
	export function interpolateRound(a: number, b: number): (t: number) => number;
	export function interpolate(a: unknown, b: unknown): (t: number) => unknown;
	export function piecewise<T>(interpolate: (a: T, b: T) => (t: number) => unknown, values: T[]): (t: number) => unknown;
}
