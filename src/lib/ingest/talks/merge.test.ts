import { describe, expect, it } from 'vitest';
import type { Timex } from '../types.ts';
import type { EventDraft } from '../salience.ts';
import type { SentenceInput } from './index.ts';
import { buildTalksEvents } from '../../../../tests/unit-support/talksEvents.ts';

/** A sentence with date expressions given as [expression, day, mood]. */
function s(article: string, articleDate: string, sentence: number, text: string, dates: [string, string, Timex['mood']][] = []): SentenceInput {
	const timexes = dates.map(([expr, day, mood]): Timex => {
		const start = text.indexOf(expr);
		if (start < 0) throw new Error(`"${expr}" not in "${text}"`);
		return { start, end: start + expr.length, text: expr, type: 'DATE', value: day, when: { value: day, start: day, end: day, precision: 'day' }, mood };
	});
	return { article, articleDate, sentence, text, timexes };
}

function summary(e: EventDraft) {
	return {
		when: e.when.value,
		status: e.status,
		place: e.place,
		parties: [...e.parties].sort(),
		sources: e.mentions.map((m) => `${m.article}#${m.sentence}`)
	};
}

const abuDhabiA = s('a', '2026-01-24', 0, 'Officials from the US, Russia and Ukraine held talks in Abu Dhabi on Friday.', [['on Friday', '2026-01-23', 'past']]);
const abuDhabiB = s('b', '2026-01-25', 2, 'Trilateral talks between the US, Russia and Ukraine took place in Riyadh on Friday.', [['on Friday', '2026-01-23', 'past']]);
const abuDhabiC = s('c', '2026-01-28', 5, 'The US, Russia and Ukraine held talks in Abu Dhabi.');
const geneva = s('d', '2026-01-23', 1, 'US and Chinese officials met in Geneva on Friday for trade talks.', [['on Friday', '2026-01-23', 'past']]);
const merger = s('e', '2025-12-01', 0, 'Nissan and Honda called off merger talks.');

describe('buildTalksEvents: merging across articles', () => {
	it('merges one round told by three articles and notes where they differ on the place', () => {
		const { events } = buildTalksEvents([abuDhabiC, abuDhabiB, abuDhabiA]);
		expect(events).toHaveLength(1);
		expect(summary(events[0]!)).toEqual({
			when: '2026-01-23',
			status: 'held',
			place: 'Abu Dhabi',
			parties: ['Russia', 'Ukraine', 'United States'],
			sources: ['a#0', 'b#2', 'c#5']
		});
		expect(events[0]!.talks?.disagreements).toEqual(['Articles differ on the place: Abu Dhabi (2), Riyadh (1)']);
		expect(events[0]!.talks?.format).toBe('trilateral');
	});

	it('notes a disagreement about the day', () => {
		const other = s('f', '2026-01-24', 0, 'Russia, Ukraine and the US held talks in Abu Dhabi on Thursday.', [['on Thursday', '2026-01-22', 'past']]);
		const { events } = buildTalksEvents([abuDhabiA, other, abuDhabiC]);
		expect(events).toHaveLength(1);
		expect(events[0]!.talks?.disagreements).toEqual(['Articles differ on the date: 23 January 2026 (1), 22 January 2026 (1)']);
	});

	it('keeps apart talks that share one party only, or are weeks apart', () => {
		const usRussia = s('g', '2026-01-24', 0, 'US and Russian officials met in Geneva on Friday.', [['on Friday', '2026-01-23', 'past']]);
		const later = s('h', '2026-03-20', 0, 'The US, Russia and Ukraine held talks in Abu Dhabi.');
		const { events } = buildTalksEvents([geneva, usRussia, abuDhabiA, later]);
		expect(events).toHaveLength(4);
	});

	it('turns scheduled talks into held ones when a later article reports them', () => {
		const plan = s('i', '2026-01-20', 0, 'Talks between Iran and the United States will take place in Muscat on Saturday.', [['on Saturday', '2026-01-24', 'future']]);
		const done = s('j', '2026-01-26', 3, 'Iran and the US held talks in Muscat on Saturday.', [['on Saturday', '2026-01-24', 'past']]);
		const { events } = buildTalksEvents([done, plan]);
		expect(events.map(summary)).toEqual([
			{ when: '2026-01-24', status: 'held', place: 'Muscat', parties: ['Iran', 'United States'], sources: ['i#0', 'j#3'] }
		]);
	});

	it('links a second round told by another article into the same series', () => {
		const next = s('k', '2026-01-30', 4, 'The US, Russia and Ukraine will hold a second round of talks in Abu Dhabi on Sunday.', [['on Sunday', '2026-02-01', 'future']]);
		const { events } = buildTalksEvents([abuDhabiA, next]);
		expect(events).toHaveLength(2);
		const [first, second] = events;
		expect(first!.talks?.series).toBeTruthy();
		expect(second!.talks?.series).toBe(first!.talks?.series);
		expect(second!.status).toBe('scheduled');
		expect(second!.when.value).toBe('2026-02-01');
	});

	it('links rounds told in one article: a meeting to come, an earlier round', () => {
		const { events } = buildTalksEvents([
			s('m', '2025-04-13', 0, 'Iran and the United States held a first round of indirect talks in Muscat on Saturday, mediated by Oman.', [['on Saturday', '2025-04-12', 'past']]),
			s('m', '2025-04-13', 1, 'Both sides agreed to meet again next Saturday.', [['next Saturday', '2025-04-19', 'future']]),
			s('m', '2025-04-13', 2, 'The talks were described as constructive by the White House.'),
			s('n', '2025-01-10', 0, 'Ceasefire talks between Israel and Hamas resumed in Doha on Friday, with mediators from Qatar, Egypt and the United States.', [['on Friday', '2025-01-10', 'past']]),
			s('n', '2025-01-10', 1, 'A previous round of negotiations collapsed in December.', [['in December', '2024-12-15', 'past']]),
			s('n', '2025-01-10', 2, 'The Israeli delegation is headed by Mossad chief David Barnea.')
		]);
		expect(events.map((e) => [e.label, e.when.value, e.status, e.parties.join('+'), e.mentions.map((m) => `${m.article}#${m.sentence}`).join(' ')])).toEqual([
			['Negotiations held between Israel and Hamas', '2024-12-15', 'held', 'Israel+Hamas', 'n#1'],
			['Ceasefire talks resume between Israel and Hamas in Doha', '2025-01-10', 'held', 'Israel+Hamas', 'n#0 n#2'],
			['First round of talks held between Iran and United States in Muscat', '2025-04-12', 'held', 'Iran+United States', 'm#0 m#2'],
			['Talks resume between Iran and United States', '2025-04-19', 'scheduled', 'Iran+United States', 'm#1']
		]);
		expect(events[0]!.talks?.series).toBe(events[1]!.talks?.series);
		expect(events[2]!.talks?.series).toBe(events[3]!.talks?.series);
		expect(events[1]!.talks?.series).not.toBe(events[2]!.talks?.series);
		expect(events[1]!.talks?.leaders).toEqual([{ name: 'David Barnea', party: 'Israel' }]);
	});

	it('links a resumption told before the round it resumes', () => {
		const { events } = buildTalksEvents([
			s('p', '2026-01-28', 0, 'Talks will resume on Sunday.', [['on Sunday', '2026-02-01', 'future']]),
			s('p', '2026-01-28', 1, 'The first round of talks brought US, Russian and Ukrainian officials together in Abu Dhabi.'),
			s('p', '2026-01-28', 2, 'The talks were held behind closed doors.')
		]);
		expect(events.map((e) => [e.when.value, e.status, e.parties.length, e.mentions.length])).toEqual([
			['BEFORE 2026-01-28', 'held', 3, 2],
			['2026-02-01', 'scheduled', 3, 1]
		]);
		expect(events[0]!.talks?.series).toBeTruthy();
		expect(events[0]!.talks?.series).toBe(events[1]!.talks?.series);
	});

	it('keeps a status read from wording over a later bare mention', () => {
		const { events } = buildTalksEvents([
			s('q', '2026-03-01', 0, 'Nissan and Honda called off merger talks.'),
			s('r', '2026-03-02', 0, 'Nissan and Honda merger talks: what it means.')
		]);
		expect(events.map((e) => [e.status, e.mentions.length])).toEqual([['cancelled', 2]]);
	});

	it('merges a next round announced by two articles, apart from the round just held', () => {
		const { events } = buildTalksEvents([
			s('r1', '2025-05-11', 0, 'Iran and the United States concluded a fourth round of nuclear talks in Oman on Sunday.', [['on Sunday', '2025-05-11', 'past']]),
			s('r1', '2025-05-11', 1, 'The next round will take place in Rome on May 23, Oman’s foreign minister said.', [['on May 23', '2025-05-23', 'future']]),
			s('r2', '2025-05-12', 0, 'Iranian and American negotiators held a fourth round of talks in Muscat on Sunday.', [['on Sunday', '2025-05-11', 'past']]),
			s('r2', '2025-05-12', 1, 'A fifth round is expected in Rome later this month.', [['later this month', '2025-05-25', 'future']]),
			// "round" alone, in an article about something else, is no talks
			s('r3', '2025-05-12', 0, 'The startup expects a fifth round of funding later this month.', [['later this month', '2025-05-25', 'future']])
		]);
		expect(events.map((e) => [e.label, e.status, e.place, e.mentions.map((m) => `${m.article}#${m.sentence}`).join(' ')])).toEqual([
			['Fourth round of nuclear talks between Iran and United States in Muscat', 'held', 'Muscat', 'r1#0 r2#0'],
			['Fifth round of talks between Iran and United States in Rome', 'scheduled', 'Rome', 'r1#1 r2#1']
		]);
		expect(events[0]!.talks?.disagreements).toEqual([]);
		expect(events[1]!.talks?.disagreements).toEqual(['Articles differ on the date: 23 May 2025 (1), 25 May 2025 (1)']);
		expect(events[0]!.talks?.series).toBe(events[1]!.talks?.series);
	});

	it('reads two talks in one sentence, each with its own clause', () => {
		const text = 'Brexit talks between the UK and the EU will intensify in Brussels on Friday after Boris Johnson and Leo Varadkar met near Liverpool on Thursday.';
		const { events, claimed } = buildTalksEvents([s('u', '2019-10-11', 0, text, [['on Friday', '2019-10-11', 'future'], ['on Thursday', '2019-10-10', 'past']])]);
		expect(events.map((e) => [e.label, e.when.value, e.status, e.parties.join('+'), e.mentions[0]!.text])).toEqual([
			['Meeting held between United Kingdom and Ireland in Liverpool', '2019-10-10', 'held', 'United Kingdom+Ireland', 'on Thursday'],
			['Brexit talks between United Kingdom and European Union in Brussels', '2019-10-11', 'scheduled', 'United Kingdom+European Union', 'on Friday']
		]);
		expect(claimed.size).toBe(2);
		const undated = buildTalksEvents([s('v', '2019-10-11', 0, 'Brexit talks between the UK and the EU were tense after Boris Johnson and Leo Varadkar met near Liverpool.')]);
		expect(undated.events).toHaveLength(2);
		expect(undated.events[0]!.id).not.toBe(undated.events[1]!.id);
	});

	it('keeps ids stable when an unrelated article is added or the input is reordered', () => {
		const before = buildTalksEvents([abuDhabiA, abuDhabiB]).events.map((e) => e.id);
		const after = buildTalksEvents([merger, abuDhabiB, geneva, abuDhabiA]).events;
		expect(after).toHaveLength(3);
		expect(after.map((e) => e.id)).toEqual(expect.arrayContaining(before));
		for (const e of after) expect(e.id).toMatch(/^t-[0-9a-z]+$/);
	});

	it('claims only the expressions that date talks', () => {
		const { claimed } = buildTalksEvents([abuDhabiA, geneva]);
		expect([...claimed].sort()).toEqual([`a#0#${abuDhabiA.timexes[0]!.start}`, `d#1#${geneva.timexes[0]!.start}`]);
	});

	// rows that must give no event
	const none: [string, SentenceInput[]][] = [
		['non-talks senses', [s('x', '2026-01-01', 0, 'The company met analysts’ expectations for the quarter.'), s('x', '2026-01-01', 1, 'The plan was met with outrage.')]],
		['undated talks still to come', [s('y', '2026-01-01', 0, 'Talks will continue.')]],
		['a delegation with no talks', [s('z', '2026-01-01', 0, 'The Russian delegation arrived.')]],
		['discussions with nobody named', [s('w', '2026-01-01', 0, 'Sources close to the discussions said so.')]]
	];
	it.each(none)('makes no event from %s', (_, input) => {
		expect(buildTalksEvents(input).events).toEqual([]);
	});

	it('makes merger talks an event between the companies', () => {
		const { events } = buildTalksEvents([merger]);
		expect(events.map((e) => [e.label, e.status, e.when.precision, e.parties])).toEqual([
			['Merger talks between Nissan and Honda cancelled', 'cancelled', 'before', ['Nissan', 'Honda']]
		]);
	});
});
