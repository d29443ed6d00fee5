import { describe, expect, it } from 'vitest';
import type { Timex } from '../types.ts';
import { detectTalks } from './detect.ts';
import { isNegated, resolveStatus } from './status.ts';

describe('resolveStatus', () => {
	const rows: [string, Timex['mood'], string][] = [
		['Talks will resume on Sunday.', 'future', 'scheduled'],
		['Talks will resume soon.', null, 'scheduled'],
		['The talks are set to take place in Geneva.', null, 'scheduled'],
		['A meeting is scheduled for March 3.', null, 'scheduled'],
		['The talks were postponed until next month.', null, 'postponed'],
		['The summit was delayed by a week.', null, 'postponed'],
		['The summit between Trump and Putin in Anchorage was called off.', null, 'cancelled'],
		['Nissan and Honda called off merger talks.', null, 'cancelled'],
		['The talks were cancelled after the attack.', 'past', 'cancelled'],
		['China called for talks with Japan.', null, 'proposed'],
		['Putin offered to hold talks in Moscow.', null, 'proposed'],
		['Zelensky proposed a meeting with Putin.', null, 'proposed'],
		['The talks were held behind closed doors.', null, 'held'],
		['Rubio met his counterpart in Kuala Lumpur.', null, 'held'],
		['Pfizer is in talks to acquire Metsera.', null, 'held'],
		['North Korea and South Korea agreed to hold high-level talks at Panmunjom.', null, 'scheduled'],
		['The two companies said they had ended talks.', null, 'cancelled'],
		['European officials fear pressure on Kyiv after trilateral talks in Abu Dhabi', null, 'held'],
		// a status word far from the talks word governs something else
		['She suggested the sources briefing the newspaper were attempting to undermine the peace process following “historic” trilateral talks in Abu Dhabi.', null, 'held'],
		// the date's mood wins over tense cues
		['The talks, which officials said will matter, took place on Tuesday.', 'past', 'held']
	];
	it.each(rows)('%s', (text, mood, status) => {
		const cue = detectTalks(text);
		expect(resolveStatus(text, mood, cue?.trigger).status).toBe(status);
	});
});

describe('isNegated', () => {
	const rows: [string, boolean][] = [
		['Germany’s chancellor said he would not meet Putin.', true],
		['Iran rejected direct talks with Washington.', true],
		['No talks were held on Monday.', true],
		['The company ruled out merger talks.', true],
		// the talks happened; something about them is denied
		['The talks did not produce a breakthrough.', false],
		['Iran and the US held talks in Muscat.', false],
		['Talks will resume on Sunday, without preconditions.', false]
	];
	it.each(rows)('%s', (text, negated) => expect(isNegated(text, detectTalks(text)!.trigger)).toBe(negated));
});
