import { describe, expect, it } from 'vitest';
import { detectTalks } from './detect.ts';
import { extractPlace } from './place.ts';

describe('extractPlace', () => {
	const rows: [string, string | null][] = [
		['European officials fear pressure on Kyiv after trilateral talks in Abu Dhabi', 'Abu Dhabi'],
		['The peace process following “historic” trilateral talks in Abu Dhabi.The Independent has contacted the White House.', 'Abu Dhabi'],
		['Witkoff flew to Geneva for talks with Iranian officials.', 'Geneva'],
		['Talks were held in the Saudi city of Jeddah.', 'Jeddah'],
		['The summit at Mar-a-Lago ended early.', 'Mar-a-Lago'],
		['Negotiators met in Sharm el-Sheikh on Monday.', 'Sharm el-Sheikh'],
		['The two sides held talks in Lusaka on Friday.', 'Lusaka'],
		['Delegations from Armenia and Azerbaijan met at the White House.', 'White House'],
		['Talks in Saudi Arabia were constructive.', 'Saudi Arabia'],
		// a place named right after the talks word beats a known venue outside its clause
		['Baker met visiting Egyptian Foreign Minister Amr Moussa in Alexandria, a day after he held talks in Cairo.', 'Alexandria'],
		['Baker flew to Cairo on Monday, and met Egyptian officials.', 'Cairo'],
		// where the speakers are is not where the talks are
		['Peace talks in Dayton, Ohio, ended on Tuesday, officials in Washington said.', 'Dayton'],
		['Diplomats met for talks in Geneva, sources in Moscow said.', 'Geneva'],
		// must fail: topics, dates, newspapers and countries further away are no venues
		['The talks on the war in Ukraine stalled.', null],
		['The talks were held behind closed doors since the invasion began in February 2022.', null],
		['Officials involved in the talks told the Kyiv Post about it.', null],
		['Talks will resume on Sunday.', null],
		['Leaders discussed peace in Europe at the talks.', null]
	];
	it.each(rows)('%s', (text, place) => {
		const cue = detectTalks(text);
		expect(cue).not.toBeNull();
		const found = extractPlace(text, cue!.trigger);
		expect(found?.text ?? null).toBe(place);
		if (found) expect(text.slice(found.start, found.end)).toBe(place);
	});
});
