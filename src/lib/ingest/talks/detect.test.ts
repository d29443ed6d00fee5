import { describe, expect, it } from 'vitest';
import { detectAllTalks, detectTalks } from './detect.ts';

describe('detectTalks', () => {
	// [sentence, kind or null, trigger text]
	const rows: [string, string | null, string?][] = [
		['Trilateral talks were held in Abu Dhabi.', 'talks', 'talks'],
		['Pfizer is in talks to acquire Metsera.', 'talks', 'talks'],
		['Nissan and Honda called off merger talks.', 'talks', 'talks'],
		['Negotiations on a ceasefire will resume in Doha.', 'negotiations', 'Negotiations'],
		['The UAW is negotiating a new contract with Ford.', 'negotiations', 'negotiating'],
		['Leaders will gather for a summit in Brussels.', 'summit', 'summit'],
		['The summit of NATO leaders opened in The Hague.', 'summit', 'summit'],
		['Trump spoke by phone with Xi Jinping on Friday.', 'call', 'spoke by phone'],
		['The two leaders held a phone call on Monday.', 'call', 'phone call'],
		['Rubio met his Chinese counterpart in Kuala Lumpur.', 'meeting', 'met'],
		['Putin will meet Trump in Budapest.', 'meeting', 'meet'],
		['The meeting between the two ministers lasted three hours.', 'meeting', 'meeting'],
		['The G7 nations had met in Washington at the same time.', 'meeting', 'met'],
		['Representatives of the two firms met last week to discuss a merger.', 'meeting', 'met'],
		['Sources close to the discussions said so.', 'discussions', 'discussions'],
		['The Russian delegation arrived on Friday.', 'attach', 'delegation'],
		['The next round will take place in Rome on May 23.', 'round', 'next round'],
		['A fifth round is expected in Rome later this month.', 'round', 'fifth round'],
		// must fail: other senses of the same words
		['The company met analysts’ expectations for the quarter.', null],
		['The plan was met with outrage from unions.', null],
		['The firm failed to meet its sales target.', null],
		['Airbus said the planes would meet additional demand for domestic routes.', null],
		['The UAW refused to meet the demands.', null],
		['Musk talks up the stock on a talk show.', null],
		['He talks about his childhood.', null],
		['The board meeting was postponed.', null],
		['Shareholders approved the deal at the annual meeting.', null],
		['Apple unveiled a new phone.', null],
		['The European Central Bank meeting on Thursday is expected to cut rates.', null],
		['Climbers reached the summit of Everest.', null],
		['The startup closed a funding round led by Sequoia.', null],
		['Apple’s new phone can make video calls over Wi-Fi.', null],
		['The meeting room was renovated.', null],
		['The election goes to a second round of voting.', null]
	];
	it.each(rows)('%s', (text, kind, trigger) => {
		const cue = detectTalks(text);
		expect(cue?.kind ?? null).toBe(kind);
		if (trigger) {
			expect(cue?.trigger.text).toBe(trigger);
			expect(text.slice(cue!.trigger.start, cue!.trigger.end)).toBe(trigger);
		}
	});

	// [sentence, topic, continuation, definite, format]
	const details: [string, string | null, boolean, boolean, string | null][] = [
		['Talks will resume on Sunday.', null, true, false, null],
		['The second round of talks took place in Istanbul.', null, true, true, null],
		['Britain and the EU resumed Brexit negotiations on Monday.', 'brexit', true, false, null],
		['GM and the UAW will meet again Thursday.', null, true, false, null],
		['The historic trilateral peace talks ended.', 'peace', false, true, 'trilateral'],
		['US and Chinese officials met in Geneva for trade talks.', 'trade', false, false, null],
		['A three-way meeting is planned.', null, false, false, 'trilateral'],
		['The first round of talks took place in Istanbul.', null, false, true, null],
		['Officials involved in the talks spoke to reporters.', null, false, true, null],
		['Representatives of the two firms met last week.', null, false, false, null]
	];
	it.each([
		['A previous round of negotiations collapsed in December.', true],
		['Earlier talks in Istanbul failed.', true],
		['Iran and the US held a first round of talks in Muscat.', false],
		['Talks will resume on Sunday.', false]
	] as const)('earlier round: %s', (text, earlier) => expect(detectTalks(text)?.earlier).toBe(earlier));

	it.each(details)('details of %s', (text, topic, continuation, definite, format) => {
		const cue = detectTalks(text);
		expect(cue).not.toBeNull();
		expect({ topic: cue!.topic, continuation: cue!.continuation, definite: cue!.definite, format: cue!.format }).toEqual({
			topic,
			continuation,
			definite,
			format
		});
	});
});

describe('detectAllTalks', () => {
	const rows: [string, string[]][] = [
		['Brexit talks will intensify in Brussels after Boris Johnson and Leo Varadkar met near Liverpool on Thursday.', ['talks', 'met']],
		['Putin said he was ready to meet Zelensky, but talks in Istanbul ended without result.', ['meet', 'talks']],
		// one clause, one cue: a second talks word in it is the same talks
		['The talks, the first direct talks since 2022, were held in Geneva.', ['talks']],
		['Sources close to the discussions said talks would resume.', ['talks']],
		['The company met its target.', []]
	];
	it.each(rows)('%s', (text, triggers) => {
		expect(detectAllTalks(text).map((c) => c.trigger.text)).toEqual(triggers);
	});
});
