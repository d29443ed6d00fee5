import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../timex/index.ts';
import { mergeEvents, readArticleEvents, type SentenceInput } from '../buildEvents.ts';
import { attachLaterReports } from './laterReports.ts';

/** Articles as the build reads them: every sentence, dated by the real extractor; sentence 0 is the lead. */
function build(articles: [id: string, date: string, title: string, sentences: string[]][]) {
	const inputs: SentenceInput[] = [];
	const candidates = articles.flatMap(([id, date, title, sentences]) => {
		const mine = sentences.map((text, sentence) => ({ article: id, articleDate: date, sentence, text, timexes: extractTimexes(text, date) }));
		inputs.push(...mine);
		return readArticleEvents(mine, { title, prominent: new Set([0]), lead: 0 });
	});
	const merged = mergeEvents(candidates);
	attachLaterReports(merged.events, merged.members, inputs, candidates);
	return merged.events;
}

const filing: [string, string, string, string[]] = ['a', '2031-05-06', 'Tarn Motors files for bankruptcy', ['Tarn Motors filed for bankruptcy protection on Monday in a Delaware court.']];
const sourcesOf = (events: ReturnType<typeof build>, label: RegExp) => events.find((e) => label.test(e.label))!.mentions.map((m) => [m.article, m.sentence, m.text]);

describe('attachLaterReports', () => {
	it('makes a later sentence that tells the event as known one more source of it, without moving its date', () => {
		const events = build([
			filing,
			['b', '2031-08-20', 'Kell Group buys Tarn truck unit', ['Kell Group bought the truck unit of Tarn Motors on Tuesday.', 'Tarn Motors, which has filed for bankruptcy protection, keeps its bus unit.']]
		]);
		expect(sourcesOf(events, /bankruptcy/)).toEqual([
			['a', 0, 'Monday'],
			['b', 1, '']
		]);
		const event = events.find((e) => /bankruptcy/.test(e.label))!;
		expect([event.when.value, event.status]).toEqual(['2031-05-05', 'happened']);
	});

	it('keeps the sources earliest article first', () => {
		const events = build([
			filing,
			['c', '2031-06-10', 'Tarn Motors sells its bus unit', ['Tarn Motors sold its bus unit on Monday.', 'Tarn Motors filed for bankruptcy protection on May 5 in a Delaware court.']],
			['b', '2031-05-20', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', 'Tarn Motors, which has filed for bankruptcy protection, keeps its bus unit.']]
		]);
		expect(sourcesOf(events, /bankruptcy/)).toEqual([
			['a', 0, 'Monday'],
			['b', 1, ''],
			['c', 1, 'May 5']
		]);
	});

	it('takes an undated simple past for the event only within a week of it', () => {
		const again = 'Tarn Motors filed for bankruptcy protection after talks with its lenders failed.';
		const soon = build([filing, ['b', '2031-05-09', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', again]]]);
		expect(sourcesOf(soon, /bankruptcy/)).toContainEqual(['b', 1, '']);
		const late = build([filing, ['b', '2031-09-09', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', again]]]);
		expect(sourcesOf(late, /bankruptcy/)).toEqual([['a', 0, 'Monday']]);
	});

	it('leaves out a future, an infinitive, a negation and another actor', () => {
		for (const sentence of [
			'Tarn Motors will file for bankruptcy protection in Canada too.',
			'Tarn Motors plans to file for bankruptcy protection in Canada too.',
			'Tarn Motors did not file for bankruptcy protection in Canada.',
			'Orbital Cars has filed for bankruptcy protection as well.'
		]) {
			const events = build([filing, ['b', '2031-05-20', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', sentence]]]);
			expect(sourcesOf(events, /bankruptcy/), sentence).toEqual([['a', 0, 'Monday']]);
		}
	});

	it('makes a dated reference to the event ("since its launch in 2031") one more source, quoting its date, by any name of the event', () => {
		const launch: [string, string, string, string[]] = ['a', '2031-04-29', 'Orbital launches the iCloud Music Store', ['Orbital launched the iCloud Music Store, an online music store, on April 28.']];
		const later = (sentence: string) => build([launch, ['b', '2033-03-10', 'iCloud passes Westmart', ['The iCloud store passed Westmart on Friday.', sentence]]]);
		expect(sourcesOf(later('Songs have been downloaded from the iCloud store since its launch in 2031.'), /launches/)).toEqual([
			['a', 0, 'April 28'],
			['b', 1, '2031']
		]);
		// a year that does not hold the event's day refers to something else
		expect(sourcesOf(later('Songs have been downloaded from the iCloud store since its launch in 2030.'), /launches/)).toEqual([['a', 0, 'April 28']]);
	});

	it('takes a participle before its noun for a report of the event, whatever date its clause has', () => {
		const unveiling: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['Tarn Motors unveiled the Z9 car at its Leeds conference on Monday.']];
		const events = build([unveiling, ['b', '2031-06-16', 'Tarn Motors swamped by Z9 pre-orders', ['Pre-orders of the recently unveiled Z9 car began Tuesday, overwhelming Tarn Motors and its dealers.']]]);
		expect(sourcesOf(events, /unveils/)).toEqual([
			['a', 0, 'Monday'],
			['b', 0, '']
		]);
	});

	it('takes a thing announced, before its noun, for one unveiled', () => {
		const unveiling: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['Tarn Motors unveiled the Z9 car at its Leeds conference on Monday.']];
		const events = build([unveiling, ['b', '2031-06-16', 'Tarn Motors swamped by Z9 pre-orders', ['Pre-orders of the recently announced Z9 began Tuesday, overwhelming Tarn Motors and its dealers.']]]);
		expect(sourcesOf(events, /unveils/)).toEqual([
			['a', 0, 'Monday'],
			['b', 0, '']
		]);
	});

	it("knows main news by its headline's subject as well as its lead's", () => {
		const unveiling: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['On Monday, company chief Ann Lee unveiled the Z9 car at the Tarn Motors conference in Leeds.']];
		const later: [string, string, string, string[]] = ['b', '2031-06-16', 'Z9 orders pour in', ['Pre-orders of the recently unveiled Z9 car began Tuesday, overwhelming Tarn Motors and its dealers.']];
		expect(sourcesOf(build([unveiling, later]), /unveils/)).toEqual([
			['a', 0, 'Monday'],
			['b', 0, '']
		]);
		// a headline verb the model tags a noun ("files") still has its subject
		const filed: [string, string, string, string[]] = ['a', '2031-05-06', 'Tarn Motors files for bankruptcy', ['On Monday, chief executive Ann Lee filed for bankruptcy protection for Tarn Motors in a Delaware court.']];
		const keeps: [string, string, string, string[]] = ['b', '2031-07-20', 'Tarn Motors keeps bus unit', ['Tarn Motors closed its Leeds plant on Thursday.', 'Tarn Motors, which has filed for bankruptcy protection in Delaware, keeps its bus unit.']];
		expect(sourcesOf(build([filed, keeps]), /files for bankruptcy/)).toEqual([
			['a', 0, 'Monday'],
			['b', 1, '']
		]);
		// a name the lead does not hold is no actor of it
		const unnamed: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['On Monday, company chief Ann Lee unveiled the Z9 car at the Leeds conference.']];
		expect(sourcesOf(build([unnamed, later]), /unveils/)).toEqual([['a', 0, 'Monday']]);
	});

	it('leaves a sentence alone when its own date dates the clause, or the actor did that kind of thing twice', () => {
		const dated = build([filing, ['b', '2031-07-20', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', 'Tarn Motors has filed for bankruptcy protection in Canada on Friday.']]]);
		expect(sourcesOf(dated, /bankruptcy protection on Monday|files for bankruptcy/)).toEqual([['a', 0, 'Monday']]);
		const twice = build([
			filing,
			['c', '2031-06-18', 'Tarn Motors files again', ['Tarn Motors filed for bankruptcy protection in Canada on Tuesday.']],
			// it shares the court with the first filing, and still cannot tell which one it means
			['b', '2031-07-20', 'Tarn Motors closes a plant', ['Tarn Motors closed its Leeds plant on Thursday.', 'Tarn Motors, which has filed for bankruptcy protection in a Delaware court, keeps its bus unit.']]
		]);
		expect(twice.filter((e) => e.mentions.some((m) => m.article === 'b' && m.sentence === 1))).toEqual([]);
	});

	it('tells two launches by one actor apart by the name a participle qualifies', () => {
		const z9: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['Tarn Motors unveiled the Z9 car at its Leeds conference on Monday.']];
		const z10: [string, string, string, string[]] = ['c', '2032-06-07', 'Tarn Motors unveils Z10 car', ['Tarn Motors unveiled the Z10 car at its Leeds conference on Monday.']];
		const events = build([z9, z10, ['b', '2032-06-16', 'Tarn Motors swamped by Z10 pre-orders', ['Pre-orders of the recently announced Z10 began Tuesday in Leeds, overwhelming Tarn Motors and its dealers.']]]);
		expect(sourcesOf(events, /Z10/).map((m) => m[0])).toEqual(['c', 'b']);
		expect(sourcesOf(events, /Z9/).map((m) => m[0])).toEqual(['a']);
	});

	it('takes another verb for the kind only before a named thing: announced job cuts were not unveiled', () => {
		const unveiling: [string, string, string, string[]] = ['a', '2031-06-08', 'Tarn Motors unveils Z9 car', ['Tarn Motors unveiled the Z9 car at its Leeds conference on Monday.']];
		const events = build([unveiling, ['b', '2031-07-16', 'Workers protest at Leeds', ['They oppose the recently announced job cuts at Tarn Motors, which will close the Leeds plant on Friday.']]]);
		expect(sourcesOf(events, /unveils/)).toEqual([['a', 0, 'Monday']]);
	});

});
