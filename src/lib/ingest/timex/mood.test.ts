import { describe, expect, it } from 'vitest';
import { detectMood } from './mood.ts';

/** `[text, expression, mood]`: the mood of the clause that governs the expression. */
const rows: [string, string, 'past' | 'future' | 'present' | null][] = [
	['Talks will resume on Sunday.', 'Sunday', 'future'],
	["They'll meet on Sunday.", 'Sunday', 'future'],
	['The summit is set to open on Friday.', 'Friday', 'future'],
	['The vote is scheduled for Friday.', 'Friday', 'future'],
	['A hearing has been scheduled for Friday.', 'Friday', 'future'],
	['The vote is to be held on Friday.', 'Friday', 'future'],
	['The company plans to open the plant on Friday.', 'Friday', 'future'],
	['Officials said on Friday that talks would resume.', 'Friday', 'past'],
	['Officials said talks would resume on Friday.', 'Friday', 'future'],
	['The plant closed on Friday.', 'Friday', 'past'],
	['The two had sat together on Friday.', 'Friday', 'past'],
	['Prices have risen since Friday.', 'Friday', 'past'],
	['The plant is open on Friday.', 'Friday', 'present'],
	['On Friday, the markets fell.', 'Friday', 'past'],
	['Mr. Smith arrived at 9 a.m. on Friday.', 'Friday', 'past'],
	['They met in May and again on Friday.', 'Friday', 'past'],
	['Friday.', 'Friday', null]
];

describe('detectMood', () => {
	it.each(rows)('%s → %s is %s', (text, expr, mood) => {
		const start = text.indexOf(expr);
		expect(detectMood(text, start, start + expr.length)).toBe(mood);
	});

	it('only looks inside the sentence', () => {
		const text = 'Talks will resume. The plant closed on Friday.';
		const s = text.indexOf('Friday');
		expect(detectMood(text, s, s + 6)).toBe('past');
		const t2 = 'The plant closed.\nFriday';
		expect(detectMood(t2, t2.indexOf('Friday'), t2.length)).toBeNull();
	});
});
