import { describe, expect, it } from 'vitest';
import { dateDisagreement, groupReports, LOOK_BACK, mentionsBySentence, type GroupRule } from './merge.ts';
import type { Mention, When } from './types.ts';

/** A report for the tests: its index terms, a day, and the reports it says it is the same as. */
interface R {
	id: string;
	terms: string[];
	day: number;
	same?: string[];
	score?: Record<string, number>;
}

/** Groups keep their days; a join is refused when the days are more than `gap` apart. */
function rule(mode: 'best' | 'all', gap = 10): GroupRule<R, { ids: string[]; lo: number; hi: number }> {
	return {
		mode,
		terms: (r) => r.terms,
		open: (r) => ({ ids: [r.id], lo: r.day, hi: r.day }),
		fit: (g, earlier, r) => {
			if (mode === 'best') {
				const s = g.ids.map((id) => r.score?.[id]).find((x) => x !== undefined);
				return s ?? null;
			}
			return r.same?.includes(earlier.id) ? 1 : null;
		},
		join: (into, from) => {
			const lo = Math.min(into.lo, from.lo);
			const hi = Math.max(into.hi, from.hi);
			if (hi - lo > gap) return false;
			into.ids.push(...from.ids);
			[into.lo, into.hi] = [lo, hi];
			return true;
		}
	};
}

const ids = (groups: { members: R[] }[]) => groups.map((g) => g.members.map((m) => m.id).join('+'));

describe('groupReports', () => {
	it("'all': a report joins every group it fits, and so makes two groups one", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['y'], day: 2 },
			{ id: 'c', terms: ['x', 'y'], day: 3, same: ['a', 'b'] },
			{ id: 'd', terms: ['z'], day: 3 }
		];
		expect(ids(groupReports(reports, rule('all')))).toEqual(['a+b+c', 'd']);
	});

	it("'all': only reports that share a term are compared", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['y'], day: 2, same: ['a'] }
		];
		expect(ids(groupReports(reports, rule('all')))).toEqual(['a', 'b']);
	});

	it("'all': a join the rule refuses (dates too far apart) leaves the groups apart", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['x'], day: 30, same: ['a'] }
		];
		expect(ids(groupReports(reports, rule('all')))).toEqual(['a', 'b']);
	});

	it("'best': a report joins the one group that scores highest; groups never join", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['x'], day: 1 },
			{ id: 'c', terms: ['x'], day: 2, score: { a: 1, b: 3 } }
		];
		expect(ids(groupReports(reports, rule('best')))).toEqual(['a', 'b+c']);
	});

	it("'best': a tie goes to the group opened first", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['x'], day: 1 },
			{ id: 'c', terms: ['x'], day: 2, score: { a: 2, b: 2 } }
		];
		expect(ids(groupReports(reports, rule('best')))).toEqual(['a+c', 'b']);
	});

	it("'best': a group is found through any of its members' terms", () => {
		const reports: R[] = [
			{ id: 'a', terms: ['x'], day: 1 },
			{ id: 'b', terms: ['y'], day: 1, score: { a: 1 } },
			{ id: 'c', terms: ['y'], day: 2, score: { a: 1 } }
		];
		// b shares no term with a, so it stays apart; c finds b's group only
		expect(ids(groupReports(reports, rule('best')))).toEqual(['a', 'b', 'c']);
		reports[1]!.terms = ['x', 'y'];
		expect(ids(groupReports(reports, rule('best')))).toEqual(['a+b+c']);
	});

	it(`looks back at most ${LOOK_BACK} reports of a term, so a run-on text stays linear`, () => {
		const filler = (n: number): R[] => Array.from({ length: n }, (_, k) => ({ id: `f${k}`, terms: ['x'], day: 1 }));
		const near: R[] = [{ id: 'a', terms: ['x'], day: 1 }, ...filler(LOOK_BACK - 1), { id: 'z', terms: ['x'], day: 1, same: ['a'] }];
		expect(groupReports(near, rule('all')).find((g) => g.members.some((m) => m.id === 'z'))!.members.map((m) => m.id)).toEqual(['a', 'z']);
		const far: R[] = [{ id: 'a', terms: ['x'], day: 1 }, ...filler(LOOK_BACK), { id: 'z', terms: ['x'], day: 1, same: ['a'] }];
		expect(groupReports(far, rule('all')).find((g) => g.members.some((m) => m.id === 'z'))!.members.map((m) => m.id)).toEqual(['z']);
	});
});

describe('mentionsBySentence', () => {
	const m = (article: string, sentence: number, text: string): Mention => ({ article, sentence, sentenceText: 'S', text, start: 0, end: text.length });
	it('keeps one mention a sentence, the one that quotes a date expression', () => {
		const out = mentionsBySentence([m('a', 1, ''), m('a', 1, 'on Friday'), m('a', 2, 'today'), m('a', 2, 'Monday'), m('b', 1, '')]);
		expect(out.map((x) => `${x.article}#${x.sentence}:${x.text}`)).toEqual(['a#1:on Friday', 'a#2:today', 'b#1:']);
	});
});

describe('dateDisagreement', () => {
	it('names each date in words with its number of articles, the chosen one first', () => {
		const day = (d: string): When => ({ value: d, start: d, end: d, precision: 'day' });
		const month: When = { value: '2026-08', start: '2026-08-01', end: '2026-08-31', precision: 'month' };
		expect(dateDisagreement([{ when: day('2026-08-07'), articles: 12 }, { when: day('2026-08-08'), articles: 1 }, { when: month, articles: 2 }])).toBe(
			'Articles differ on the date: 7 August 2026 (12), 8 August 2026 (1), August 2026 (2)'
		);
	});
});
