import { describe, expect, it } from 'vitest';
import { detectTalks } from './detect.ts';
import { isBody, partyOf, resolveParties } from './parties.ts';
import data from './parties.json';
import { extractPlace } from './place.ts';

/** Parties as the pipeline reads them: the place masked, the talks word as anchor. */
function partiesOf(text: string): string[] {
	const cue = detectTalks(text);
	const place = cue ? extractPlace(text, cue.trigger) : null;
	return resolveParties(text, { exclude: place ? [place] : [], trigger: cue?.trigger });
}

describe('resolveParties', () => {
	const rows: [string, string[]][] = [
		['Officials from the US, Russia and Ukraine met in Abu Dhabi.', ['United States', 'Russia', 'Ukraine']],
		['White House officials held talks with the Kremlin.', ['United States', 'Russia']],
		['Washington is pressing Kyiv after the talks.', ['United States', 'Ukraine']],
		['Moscow’s delegation was led by a general.', ['Russia']],
		['The Russian delegation met Ukrainian officials.', ['Russia', 'Ukraine']],
		['Ukrainian and Russian negotiators met in Istanbul for about an hour.', ['Ukraine', 'Russia']],
		['US, Chinese and Japanese officials will meet.', ['United States', 'China', 'Japan']],
		['Britain and the EU resumed Brexit negotiations.', ['United Kingdom', 'European Union']],
		['Icelandic and Norwegian officials met in Oslo.', ['Iceland', 'Norway']],
		['The EU-UK trade talks were postponed.', ['European Union', 'United Kingdom']],
		['Trump spoke by phone with Xi Jinping.', ['United States', 'China']],
		['NATO and UN officials will meet.', ['NATO', 'United Nations']],
		['Paramount Skydance and Warner Bros. Discovery held merger talks.', ['Paramount Skydance', 'Warner Bros. Discovery']],
		['Pfizer is in talks to acquire Metsera.', ['Pfizer', 'Metsera']],
		['Talks between the union and General Motors broke down.', ['General Motors']],
		['Shell is in talks with BP, Exxon and Chevron about a deal.', ['Shell', 'BP', 'Exxon', 'Chevron']],
		['Union leaders and GM executives met for six hours.', ['GM']],
		['President Macron held talks with Chancellor Merz in Berlin.', ['France', 'Germany']],
		['Barnier described his meeting with Brexit Secretary Stephen Barclay as constructive.', ['European Union', 'Stephen Barclay']],
		// must fail: a place, a newspaper, an occupied region, a speaker are no parties
		['Talks were held in Moscow on Friday.', []],
		['Officials involved in the talks told the Kyiv Post.', []],
		['The talks covered the Russian-occupied Zaporizhzhia plant.', []],
		['Iran and the US will hold talks in Muscat, Oman’s foreign minister said.', ['Iran', 'United States']],
		['The talks covered European security.', []],
		['Iran and the United States held indirect talks in Muscat, mediated by Oman.', ['Iran', 'United States']],
		['Talks between Israel and Hamas resumed, with mediators from Qatar, Egypt and the United States.', ['Israel', 'Hamas']],
		['Airbus lost an order to Bank of America.', []],
		// parties of another clause are not sides of the talks
		['Russia struck Kyiv overnight as US and Ukrainian officials met in Miami.', ['United States', 'Ukraine']],
		['Washington is pressing Kyiv after trilateral talks in Abu Dhabi.', ['United States', 'Ukraine']],
		// where the war is that the talks discuss, and a party named as absent, are not sides
		['Ministers from France and Germany met in Paris to discuss the war in Ukraine.', ['France', 'Germany']],
		['Ministers from Turkey and the United States met in Aqaba to discuss the political transition in Syria.', ['Turkey', 'United States']],
		['Talks between Ukraine and Turkey were held in Istanbul without Russia.', ['Ukraine', 'Turkey']],
		['Officials from Iran and Oman met in Muscat with no US delegation present.', ['Iran', 'Oman']],
		['Armenia, Azerbaijan and Russia were invited to the talks in Brussels, but Russia did not attend.', ['Armenia', 'Azerbaijan']],
		['Armenia, Azerbaijan and Russia were invited to the talks in Brussels, which Russia boycotted.', ['Armenia', 'Azerbaijan']],
		['Leaders of India, Brazil and China met in New Delhi, but China’s Xi skipped the summit.', ['India', 'Brazil']],
		// who arranged or chaired the talks is a go-between
		['Qatar helped arrange talks between Israel and Hamas in Doha.', ['Israel', 'Hamas']],
		['Rwanda and Congo held talks in Luanda with Angola, which has been mediating.', ['Rwanda', 'Congo']],
		['The talks in Geneva were co-chaired by the UN and the African Union, with Sudan’s army and the RSF attending.', ['Sudan', 'Rapid Support Forces']]
	];
	it.each(rows)('%s', (text, parties) => {
		expect(partiesOf(text)).toEqual(parties);
	});
});

describe('partyOf', () => {
	const rows: [string, string | null][] = [
		['Kremlin', 'Russia'],
		['Russian', 'Russia'],
		['Kyiv', 'Ukraine'],
		['Nato', 'NATO'],
		['Atlantis', null],
		['us', null]
	];
	it.each(rows)('%s', (word, party) => expect(partyOf(word)).toBe(party));
});

describe('bodies', () => {
	it('lists only parties of the alias file, which meet as a body', () => {
		const names = new Set(data.parties.map((p) => p.name));
		expect(data.bodies.filter((b) => !names.has(b))).toEqual([]);
		expect([isBody('G7'), isBody('European Union'), isBody('Hamas'), isBody('Russia')]).toEqual([true, true, false, false]);
	});
});
