import { describe, expect, it } from 'vitest';
import { labelFlags, type LabelFlag } from './labelCheck.ts';

describe('labelFlags', () => {
	it.each<[string, LabelFlag[]]>([
		['GM files for bankruptcy protection', []],
		['Jobs resigns as Apple chief executive', []],
		['Trilateral talks held in Abu Dhabi', []],
		['Talks to resume', []],
		['Agreement was', ['fragment']],
		["'s close", ['fragment']],
		['Its launch and', ['fragment']],
		['To be released', ['fragment']],
		['Of its 3,200 dealers', ['fragment']],
		// a verb group that stands for another clause's
		['Boeing does so', ['fragment']],
		['Ford did the same', ['fragment']],
		['Were to take delivery', ['fragment']],
		['Comes', ['fragment']],
		['Apple Worldwide Developers Conference (WWDC', ['fragment']],
		['A Jaguar spokesman said', ['attribution']],
		['General Motors announces', ['attribution']],
		['GM admits', ['attribution']],
		['New tablet is revealed', []],
		['Quarterly results are announced', []],
		['Airbus announces job cuts of 10,000', []],
		['The trial of the two men was adjourned until…', ['cut off']],
		['Netherlands (AP)_ The World Court rejected U.S', ['junk']],
		// a name that is also a verb, then a noun or a verb: an actor, not an imperative
		['Ford cuts its costs to $118 million', []],
		['Announces job cuts', ['fragment']],
		// a name written with a small first letter is no lowercase start
		['iTunes Music Store renamed to iTunes Store', []],
		['music store renamed', ['fragment']],
		// an opening single quote with none closing after it; a closing one alone is an apostrophe
		['US \u2018tells Ukraine that security guarantees will only be given', ['fragment']],
		['Ukraine\u2019s foreign minister gives an interview', []]
	])('%s: %j', (label, flags) => {
		expect(labelFlags(label)).toEqual(flags);
	});

	it("takes the sentence's word for it that the label opens on its subject", () => {
		expect(labelFlags('Announces job cuts', { actor: true })).toEqual([]);
		// the other checks still hold
		expect(labelFlags('Announces job cuts and', { actor: true })).toEqual(['fragment']);
	});
});
