import { describe, expect, test } from 'vitest';
import { matchSpan } from './matchSpan';
import { DAY_MS, dayToMs } from '../timeline/time';

const w = (start: string, end = start) => ({ when: { start, end } });

describe('matchSpan', () => {
	test.each([
		['no matches', [], null],
		['one day', [w('2009-06-01')], [dayToMs('2009-06-01'), dayToMs('2009-06-01') + DAY_MS]],
		['earliest start to latest end, in any order', [w('2010-03-01'), w('2009-01-01', '2009-12-31'), w('2009-06-01')], [dayToMs('2009-01-01'), dayToMs('2010-03-01') + DAY_MS]],
		['a long match reaching past the others', [w('2009-06-01'), w('2009-01-01', '2011-12-31')], [dayToMs('2009-01-01'), dayToMs('2011-12-31') + DAY_MS]]
	] as const)('%s', (_name, docs, expected) => {
		expect(matchSpan(docs)).toEqual(expected);
	});
});
