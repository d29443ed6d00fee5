/**
 * A small data set shaped like the contract, built from the seed article
 * (seeds/000_0578cf5c3b1c3863.txt, 28 January 2026), for unit tests.
 * Offsets are computed from the text, so they cannot drift from it.
 */
import type { Article, Mention, Sentence, TimelineData, TimelineEvent, TimexMention, When } from '../../src/lib/ingest/types';

const STANDFIRST = 'European officials fear that Washington is attempting to place pressure on Kyiv after trilateral talks in Abu Dhabi';
const PARAGRAPHS = [
	'The US has signalled that security guarantees will only be promised to Ukraine if it agrees to surrender territory to Russia in the Donbas, according to a report.',
	'She suggested the sources briefing the newspaper were attempting to undermine the peace process following “historic” trilateral talks in Abu Dhabi.The Independent has contacted the White House for further comment.',
	'The talks were held behind closed doors and marked the first time officials from the US, Russia and Ukraine had sat in the same room for discussions on peace since the invasion began in February 2022.',
	'A US official told the newspaper that both sides were “testing how flexible each other’s red lines really are”. Talks will resume on Sunday.',
	'Andrii Sybiha, Ukraine’s foreign minister, said in an interview with European Pravda published on Tuesday that there had been a “qualitative change” in the peace talks, specifically in the participants in the Russian delegation.'
];

/** Naive sentence split, enough for the fixture: ends at . ! ? (plus closing quotes) followed by a space or the end. */
function splitSentences(block: number, text: string): Sentence[] {
	const out: Sentence[] = [];
	const re = /\S[\s\S]*?(?:[.!?]+[”’"]?(?=\s|$)|$)/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const lead = m[0].length - m[0].trimStart().length;
		out.push({ block, start: m.index + lead, end: m.index + m[0].trimEnd().length });
	}
	return out;
}

const blocks = [STANDFIRST, ...PARAGRAPHS];
const sentences = blocks.flatMap((text, i) => splitSentences(i, text));

function sentenceOf(needle: string): { index: number; text: string; block: number; offset: number } {
	for (let index = 0; index < sentences.length; index++) {
		const s = sentences[index]!;
		const text = blocks[s.block]!.slice(s.start, s.end);
		if (text.includes(needle)) return { index, text, block: s.block, offset: s.start };
	}
	throw new Error(`fixture: no sentence contains "${needle}"`);
}

const ARTICLE_ID = 'a0578cf5c3b1c3863';

function mention(sentenceNeedle: string, timex: string): Mention {
	const s = sentenceOf(sentenceNeedle);
	const start = timex ? s.text.indexOf(timex) : 0;
	return { article: ARTICLE_ID, sentence: s.index, sentenceText: s.text, text: timex, start, end: start + timex.length };
}

function timexMention(sentenceNeedle: string, text: string, value: string, when: When | null, event: string | null): TimexMention {
	const s = sentenceOf(sentenceNeedle);
	const start = s.offset + s.text.indexOf(text);
	return { sentence: s.index, start, end: start + text.length, text, type: 'DATE', value, when, event };
}

const day = (d: string): When => ({ value: d, start: d, end: d, precision: 'day' });
const invasionWhen: When = { value: '2022-02', start: '2022-02-01', end: '2022-02-28', precision: 'month' };

const events: TimelineEvent[] = [
	{
		id: 'e-abu-dhabi',
		kind: 'talks',
		label: 'Trilateral talks in Abu Dhabi',
		when: { value: '2026-01-28', start: '2026-01-28', end: '2026-01-28', precision: 'before' },
		status: 'held',
		place: 'Abu Dhabi',
		parties: ['United States', 'Russia', 'Ukraine'],
		talks: {
			format: 'trilateral',
			leaders: [{ name: 'Igor Kostyukov', party: 'Russia' }],
			series: 's-abu-dhabi',
			disagreements: []
		},
		disagreements: [],
		mentions: [mention('“historic” trilateral talks', '')],
		sources: 1,
		salience: 1
	},
	{
		id: 'e-resume',
		kind: 'talks',
		label: 'Talks will resume',
		when: day('2026-02-01'),
		status: 'scheduled',
		place: 'Abu Dhabi',
		parties: ['United States', 'Russia', 'Ukraine'],
		talks: { format: 'trilateral', leaders: [], series: 's-abu-dhabi', disagreements: [] },
		disagreements: [],
		mentions: [mention('Talks will resume on Sunday.', 'Sunday')],
		sources: 1,
		salience: 1
	},
	{
		id: 'e-interview',
		kind: 'event',
		label: 'Sybiha interview with European Pravda published',
		when: day('2026-01-27'),
		status: 'happened',
		place: null,
		parties: [],
		talks: null,
		disagreements: [],
		mentions: [mention('published on Tuesday', 'Tuesday')],
		sources: 1,
		salience: 1
	},
	{
		id: 'e-invasion',
		kind: 'event',
		label: 'The invasion began',
		when: invasionWhen,
		status: 'happened',
		place: null,
		parties: [],
		talks: null,
		disagreements: [],
		mentions: [mention('invasion began', 'February 2022')],
		sources: 1,
		salience: 1
	}
];

const article: Article = {
	id: ARTICLE_ID,
	file: '000_0578cf5c3b1c3863.txt',
	date: '2026-01-28',
	title: 'US ‘tells Ukraine that security guarantees will only be given in return for Donbas’',
	standfirst: STANDFIRST,
	source: 'The Independent',
	url: 'https://www.independent.co.uk/',
	author: null,
	paragraphs: PARAGRAPHS,
	sentences,
	timexes: [
		timexMention('invasion began', 'February 2022', '2022-02', invasionWhen, 'e-invasion'),
		timexMention('Talks will resume on Sunday.', 'Sunday', '2026-02-01', day('2026-02-01'), 'e-resume'),
		timexMention('published on Tuesday', 'Tuesday', '2026-01-27', day('2026-01-27'), 'e-interview')
	]
};

/** The seed article as the build would give it (a subset of its events). */
export const SEED_FIXTURE: TimelineData = { version: 1, articles: [article], events };
