import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from './parties.json';
import places from './places.json';
import { literalScanner } from './text';

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
