import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedError } from './errors';
import { deriveStoryTitle, findSubjects, formatSpan, isStoryFile, parseStoryFile, resolveStory, type TitleWords } from './story';

const WORDS: TitleWords = { empty: 'Newsline', subjects: (s, span) => `${s}, ${span}`, noSubject: (span) => `The news, ${span}` };

describe('parseStoryFile', () => {
	it.each([
		['title only', '---\ntitle: The talks over Ukraine\n---\n', { title: 'The talks over Ukraine', standfirst: null, from: null, to: null, locale: null }],
		[
			'every field, quoted and bare',
			'---\ntitle: "Peace talks: the first year"\nstandfirst: \'Who met, where, and what was agreed\'\nfrom: 2026-01-01\nto: 2026-03-31\nlocale: fr-FR\n---\n',
			{ title: 'Peace talks: the first year', standfirst: 'Who met, where, and what was agreed', from: '2026-01-01', to: '2026-03-31', locale: 'fr-FR' }
		],
		['the body stands for a missing standfirst', '---\ntitle: T\n---\n\nFirst paragraph\nruns on.\n\nSecond.\n', { title: 'T', standfirst: 'First paragraph runs on.', from: null, to: null, locale: null }],
		['a standfirst wins over the body', '---\ntitle: T\nstandfirst: S\n---\nBody.\n', { title: 'T', standfirst: 'S', from: null, to: null, locale: null }],
		['comments, blank lines, CRLF and a BOM', '\uFEFF---\r\n# the story\r\n\r\ntitle: T\r\nfrom: 2025-12-01\r\n---\r\n', { title: 'T', standfirst: null, from: '2025-12-01', to: null, locale: null }],
		['an empty range value is no range', '---\ntitle: T\nfrom:\nto: ""\n---\n', { title: 'T', standfirst: null, from: null, to: null, locale: null }]
	])('%s', (_, content, want) => expect(parseStoryFile('story.md', content)).toEqual(want));

	it.each([
		['no front matter', 'Title: T\n', 1, /^story\.md:1: expected front matter starting with a "---" line, found "Title: T"/],
		['unclosed front matter', '---\ntitle: T\n', 1, /^story\.md:1: expected a closing "---" line/],
		['not key: value', '---\ntitle: T\n- a list\n---\n', 3, /^story\.md:3: expected "key: value" in the front matter, found "- a list"/],
		['an unknown key (a typo)', '---\ntitle: T\nstandfrist: S\n---\n', 3, /^story\.md:3: expected one of title, standfirst, from, to, locale in the story's front matter, found "standfrist"/],
		['a key twice', '---\ntitle: T\ntitle: U\n---\n', 3, /^story\.md:3: expected "title" once/],
		['no title', '---\nstandfirst: S\n---\n', 1, /^story\.md:1: expected a non-empty "title" field/],
		['an empty title', '---\n\ntitle: ""\n---\n', 3, /^story\.md:3: expected a non-empty "title" field/],
		['a date in another format', '---\ntitle: T\nfrom: 01/02/2026\n---\n', 3, /^story\.md:3: expected a real date as YYYY-MM-DD, found "01\/02\/2026"/],
		['an impossible date', '---\ntitle: T\nto: 2026-02-30\n---\n', 3, /^story\.md:3: expected a real date as YYYY-MM-DD, found "2026-02-30"/],
		['a range that ends before it starts', '---\ntitle: T\nfrom: 2026-03-01\nto: 2026-02-01\n---\n', 4, /^story\.md:4: expected "to" on or after "from" \(2026-03-01\), found "2026-02-01"/],
		['an unknown locale', '---\ntitle: T\nlocale: not a locale\n---\n', 3, /^story\.md:3: expected a locale such as "en-GB" or "fr-FR", found "not a locale"/],
		['an unclosed quote', '---\ntitle: "T\n---\n', 2, /^story\.md:2: expected a closing double quote/]
	])('rejects %s, naming the line', (_, content, line, message) => {
		let error: unknown;
		try {
			parseStoryFile('story.md', content);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(SeedError);
		expect((error as SeedError).line).toBe(line);
		expect((error as SeedError).message).toMatch(message);
	});
});

describe('isStoryFile', () => {
	it.each([
		['story.md', true],
		['Story.md', false],
		['news/story.md', false],
		['story.markdown', false],
		['story.txt', false]
	])('%s: %s', (file, want) => expect(isStoryFile(file)).toBe(want));
});

describe('findSubjects', () => {
	it.each([
		[
			'one company in every headline',
			['Acme unveils a new phone', 'Acme profits double', 'Regulators fine Acme', "Acme's chief resigns"],
			['Acme']
		],
		[
			'two names nearly as frequent, and a third too rare',
			['Airbus wins order', 'Boeing wins order', 'Airbus delays jet', 'Boeing delays jet', 'Airbus and Boeing clash', 'Embraer grows'],
			['Airbus', 'Boeing']
		],
		['a phrase most titles share, not its commonest word', ['Stock markets fall', 'US stock markets rally', 'Markets calm', 'Stock markets close'], ['Stock markets']],
		['names that come first in a headline, or in capitals', ['GM posts loss', 'Ford cuts jobs', 'GM and Ford seek aid', 'GM sells unit', 'Ford sells plant'], ['GM', 'Ford']],
		['only a common word: no names are added', ['Prices rise in Paris', 'Prices fall in Rome', 'Prices steady in Oslo'], ['Prices']],
		['nothing shared', ['Talks open', 'Markets fall', 'Storm hits coast'], []],
		['stop words are never a subject', ['The talks of the week', 'The end of the talks', 'The day of the vote'], ['talks']]
	])('%s', (_, titles, want) => expect(findSubjects(titles)).toEqual(want));
});

describe('formatSpan', () => {
	it.each([
		[['2009-05-01', '2009-01-02'], '2009'],
		[['2011-01-01', '2005-06-30', '2008-01-01'], '2005–2011'],
		[[], '']
	])('%j → %s', (days, want) => expect(formatSpan(days)).toBe(want));
});

describe('deriveStoryTitle', () => {
	it.each([
		['no articles', [], 'Newsline'],
		['one article: its headline', [{ title: 'Talks resume in Abu Dhabi', date: '2026-02-01' }], 'Talks resume in Abu Dhabi'],
		[
			'shared subjects and the years',
			[
				{ title: 'Acme unveils a phone', date: '2019-03-01' },
				{ title: 'Acme profits double', date: '2021-05-01' },
				{ title: 'Regulators fine Acme', date: '2020-01-01' }
			],
			'Acme, 2019–2021'
		],
		[
			'a common word gets its capital as the title starts',
			[
				{ title: 'US stock markets rally', date: '2008-10-13' },
				{ title: 'Asian stock markets slide', date: '2008-10-27' }
			],
			'Stock markets, 2008'
		],
		[
			'nothing in common',
			[
				{ title: 'Talks open', date: '2026-01-01' },
				{ title: 'Storm hits coast', date: '2026-02-01' }
			],
			'The news, 2026'
		]
	])('%s', (_, articles, want) => expect(deriveStoryTitle(articles, WORDS)).toBe(want));

	it('joins names as the locale does', () => {
		const titles = ['Airbus wins', 'Boeing wins', 'Airbus loses', 'Boeing loses'].map((title) => ({ title, date: '2010-01-01' }));
		expect(deriveStoryTitle(titles, WORDS, 'fr-FR')).toBe('Airbus et Boeing, 2010');
	});

	// two folders of seeds, written here: different stories get different titles
	it('gives two different stories two different titles', () => {
		const rail = ['Eurostar adds trains to Amsterdam', 'Eurostar fares rise', 'Strike halts Eurostar', 'Eurostar marks 30 years'].map((title, i) => ({ title, date: `202${i}-06-01` }));
		const storms = ['Storm Ciarán hits Cornwall', 'Storm Ciarán leaves thousands without power', 'Clean-up after Storm Ciarán'].map((title) => ({ title, date: '2023-11-02' }));
		expect(deriveStoryTitle(rail, WORDS)).toBe('Eurostar, 2020–2023');
		expect(deriveStoryTitle(storms, WORDS)).toBe('Storm Ciarán, 2023');
	});
});

describe('the Wikinews stories (skipped when the corpora are absent)', () => {
	const root = '/work/shared/corpora/wikinews';
	const headlines = (story: string) =>
		readdirSync(join(root, story))
			.filter((f) => f.endsWith('.txt'))
			.map((f) => {
				const m = /^\s*date\s+(\S+)\s+(.*\S)/.exec(readFileSync(join(root, story, f), 'utf8').split('\n')[0]!)!;
				return { date: m[1]!, title: m[2]! };
			});
	it.skipIf(!existsSync(root)).each([
		['airbus', /^Airbus and Boeing, 2004–2011$/],
		['apple', /^Apple, 2005–2011$/],
		['gm-chrysler-ford', /^GM, Ford and Chrysler, /],
		['stock-markets', /^Stock markets, 2007–2011$/]
	])('%s → %s', (story, want) => {
		const articles = headlines(story);
		expect(articles.length).toBeGreaterThan(1);
		expect(deriveStoryTitle(articles, WORDS)).toMatch(want);
	});
});

describe('resolveStory', () => {
	const articles = [
		{ title: 'Acme unveils a phone', date: '2019-03-01' },
		{ title: 'Acme profits double', date: '2021-05-01' }
	];
	it('takes the story file as it is', () => {
		expect(resolveStory({ title: 'T', standfirst: 'S', from: '2020-01-01', to: null, locale: null }, articles, WORDS)).toEqual({
			title: 'T',
			standfirst: 'S',
			range: { from: '2020-01-01', to: null },
			titleFrom: 'file'
		});
	});
	it('derives a title without one', () => {
		expect(resolveStory(null, articles, WORDS)).toEqual({ title: 'Acme, 2019–2021', standfirst: null, range: null, titleFrom: 'articles' });
	});
});
