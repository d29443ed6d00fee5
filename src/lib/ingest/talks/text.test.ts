import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from './parties.json';
import places from './places.json';
import { clauseAround, literalScanner } from './text';

/** The oracle: the literals as one regular expression's alternatives, longest first, between lookaround boundaries. */
function literalRegExp(literals: readonly string[]): RegExp {
	const sorted = [...new Set(literals)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
	const body = sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}
const byRegExp = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ text: m[0], index: m.index }));

describe('literalScanner', () => {
	it('finds whole words only, the longest at a position, and goes on after it', () => {
		const scan = literalScanner(['US', 'United States', 'United', 'EU', 'U.S.']);
		expect(scan('The United States and the EU; USA, US-led, U.S. talks')).toEqual([
			{ text: 'United States', index: 4 },
			{ text: 'EU', index: 26 },
			{ text: 'US', index: 35 },
			{ text: 'U.S.', index: 43 }
		]);
		// "United Statesman": the longest does not end a word, a shorter one does
		expect(scan('United Statesman')).toEqual([{ text: 'United', index: 0 }]);
		expect(scan('')).toEqual([]);
		expect(literalScanner([])('anything')).toEqual([]);
	});

	it('treats letters outside the basic plane as letters at both ends', () => {
		const scan = literalScanner(['Iran']);
		expect(scan('𝐀Iran Iran𝐀 (Iran)')).toEqual([{ text: 'Iran', index: 15 }]);
	});

	const lists = { aliases: [...data.parties.flatMap((p) => [...p.aliases, ...p.metonyms]), ...data.leaders.flatMap((l) => l.aliases)], demonyms: data.parties.flatMap((p) => p.demonyms), places: places.places };
	// texts made of pieces of the literals, letters, digits and punctuation: prefixes, overlaps and
	// words glued to literals are common
	const piece = (literals: string[]) => fc.oneof(fc.constantFrom(...literals), fc.constantFrom(...literals).map((l) => l.slice(0, Math.max(1, l.length - 2))), fc.constantFrom(' ', ' ', ', ', '-', '.', 'a', 'é', '9', '’s', '𝐀', 'the '));
	for (const [name, literals] of Object.entries(lists))
		it(`finds what the regular expression of the ${name} finds`, () => {
			const scan = literalScanner(literals);
			const re = literalRegExp(literals);
			fc.assert(
				fc.property(fc.array(piece(literals), { maxLength: 30 }), (parts) => {
					const text = parts.join('');
					expect(scan(text)).toEqual(byRegExp(re, text));
				}),
				{ numRuns: 300 }
			);
		});
});

describe('clauseAround', () => {
	/** The oracle: every run of letters and every semicolon or dash, the openers among the runs as breaks. */
	function plainClause(text: string, trigger: { start: number; end: number }) {
		const openers = new Set('as while after before when whereas but because although though since amid despite'.split(' '));
		let start = 0;
		let end = text.length;
		for (const m of text.matchAll(/[\p{L}]+|[;—–]/gu)) {
			if (!(m[0] === ';' || m[0] === '—' || m[0] === '–' || openers.has(m[0]))) continue;
			if (m.index < trigger.start) start = m.index;
			else if (m.index >= trigger.end) {
				end = m.index;
				break;
			}
		}
		return { start, end };
	}
	const piece = fc.constantFrom('as', 'As', 'while', 'although', 'though', 'since', 'amid', 'but', 'talks', 'was', 'has', 'base', ';', '—', '–', ' ', ' ', ', ', 'é', '\u0301', '9', '-', '’');
	it('gives the clause the plain reading gives, for any trigger in any text', () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 25 }), fc.nat(), fc.nat(), (parts, a, b) => {
				const text = parts.join('');
				const start = text.length ? a % text.length : 0;
				const trigger = { start, end: Math.min(text.length, start + (b % 8)) };
				expect(clauseAround(text, trigger)).toEqual(plainClause(text, trigger));
				// asked again of the same text (the cached breaks) and of another one in between
				expect(clauseAround(text + ' ', trigger)).toEqual(plainClause(text + ' ', trigger));
				expect(clauseAround(text, trigger)).toEqual(plainClause(text, trigger));
			}),
			{ numRuns: 500 }
		);
	});
	it('breaks at an opener only when it is a whole word', () => {
		const text = 'Talks resumed as planned, although base talks ended; then more';
		expect(clauseAround(text, { start: 0, end: 5 })).toEqual({ start: 0, end: text.indexOf('as planned') });
		expect(clauseAround(text, { start: text.indexOf('base'), end: text.indexOf('base') + 4 })).toEqual({ start: text.indexOf('although'), end: text.indexOf(';') });
	});
});
