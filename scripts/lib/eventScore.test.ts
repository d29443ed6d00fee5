import { describe, expect, it } from 'vitest';
import type { Article, TimelineData, TimelineEvent } from '../../src/lib/ingest/types.ts';
import { goldSpan, parseGold, scoreEvents } from './eventScore.ts';

const art = (id: string, date: string, text: string): Article => ({
	id,
	file: `story/${id}.txt`,
	date,
	title: id,
	standfirst: '',
	source: null,
	url: null,
	author: null,
	paragraphs: [text],
	sentences: text.split(/(?<=\.) /).reduce<Article['sentences']>((out, s) => {
		const start = out.length ? out[out.length - 1]!.end + 1 : 0;
		return [...out, { block: 1, start, end: start + s.length }];
	}, []),
	timexes: []
});
const ev = (id: string, day: string, label: string, mentions: [string, number][], status: TimelineEvent['status'] = 'happened'): TimelineEvent => ({
	id,
	kind: 'event',
	label,
	when: { value: day, start: day, end: day, precision: 'day' },
	status,
	place: null,
	parties: [],
	talks: null,
	disagreements: [],
	mentions: mentions.map(([article, sentence]) => ({ article, sentence, sentenceText: '', text: '', start: 0, end: 0 })),
	sources: new Set(mentions.map((m) => m[0])).size,
	salience: 1
});

const GOLD = `# two real events
event\tdate\tstatus\theadline\tfile\tcue
s-1\t2009-06-01\thappened\tGM files for bankruptcy\tstory/a.txt\tGM filed for bankruptcy
s-1\t2009-06-01\thappened\tGM files for bankruptcy\tstory/b.txt\tafter GM filed
s-2\t2009-06\tscheduled\tGM to close plants\tstory/a.txt\tIt will close plants
`;

describe('scoreEvents', () => {
	const articles = [art('a', '2009-06-02', 'GM filed for bankruptcy on Monday. It will close plants in June.'), art('b', '2009-06-05', 'Shares fell after GM filed on Monday.')];
	it.each<[string, TimelineEvent[], Record<string, number>]>([
		['one mark per event, merged', [ev('e1', '2009-06-01', 'GM files for bankruptcy', [['a', 0], ['b', 0]]), ev('e2', '2009-06-15', 'GM to close plants', [['a', 1]], 'scheduled')], { found: 2, multiSourceMerged: 1, marksPerEvent: 1, wrongDate: 0, statusRight: 2 }],
		['split in two marks', [ev('e1', '2009-06-01', 'GM files for bankruptcy', [['a', 0]]), ev('e3', '2009-06-01', 'Shares fall', [['b', 0]]), ev('e2', '2009-06-15', 'GM to close plants', [['a', 1]], 'happened')], { found: 2, multiSourceMerged: 0, marksPerEvent: 1.5, wrongDate: 0, statusRight: 1 }],
		['a wrong date, on the other side of the article', [ev('e1', '2009-06-08', 'GM files for bankruptcy', [['a', 0], ['b', 0]]), ev('e2', '2009-06-15', 'It will', [['a', 1]], 'scheduled')], { found: 1, multiSourceMerged: 0, wrongDate: 2, wrongSide: 2, flaggedAny: 1 }]
	])('%s', (_, events, expected) => {
		const data: TimelineData = { version: 1, articles, events };
		const scores = scoreEvents(data, parseGold(GOLD));
		expect(scores.goldEvents).toBe(2);
		expect(scores.multiSource).toBe(1);
		expect(scores).toMatchObject(expected);
	});

	it('names the line of a malformed row', () => {
		expect(() => parseGold('event\tdate\tstatus\theadline\tfile\tcue\nx\tJune 2009\thappened\tH\tf\tc', 'g.tsv')).toThrow('g.tsv:2: expected a date like');
	});

	it.each([
		['2009-06-01', ['2009-06-01', '2009-06-01']],
		['2009-02', ['2009-02-01', '2009-02-28']],
		['2009-Q3', ['2009-07-01', '2009-09-30']],
		['2009-W01', ['2008-12-29', '2009-01-04']],
		['2009', ['2009-01-01', '2009-12-31']]
	])('goldSpan(%s)', (value, span) => {
		expect(goldSpan(value)).toEqual(span);
	});
});
