import { describe, expect, it } from 'vitest';
import { findAdjacentMark, type TimedMark } from './adjacentMark';

const m = (id: string, start: number, end = start + 1): TimedMark => ({ id, start, end });
// deliberately out of order, as marks arrive lane by lane
const marks = [m('c', 30), m('a', 10), m('b2', 20, 25), m('b1', 20, 22), m('d', 30)];

describe('findAdjacentMark', () => {
	it.each([
		['a', 1, 'b1'],
		['b1', 1, 'b2'],
		['b2', 1, 'c'],
		['c', 1, 'd'],
		['d', 1, null],
		['d', -1, 'c'],
		['b1', -1, 'a'],
		['a', -1, null],
		['missing', 1, null]
	] as const)('from %s by %i is %s', (id, step, expected) => {
		expect(findAdjacentMark(marks, id, step)).toBe(expected);
	});

	it('finds nothing among no marks', () => {
		expect(findAdjacentMark([], 'a', 1)).toBeNull();
	});
});
