import { isLeaderAlias, partyOf, TITLES } from './parties.ts';
import { tokenize, NOT_NAMES, type Token } from './text.ts';

/** A delegation leader named in a sentence. */
export interface Leader {
	name: string;
	party: string | null;
}

/** Leaders of a sentence and the party whose delegation it speaks of, to carry to the next sentence. */
export interface LeaderReading {
	leaders: Leader[];
	/** The party of a delegation named in the sentence ("Moscow’s delegation" gives Russia). */
	delegationParty: string | null;
	/** The sentence speaks of a delegation, team or negotiators. */
	delegation: boolean;
}

const LEAD_VERBS = new Set('led leads lead leading headed heads head heading chaired chairs chair'.split(' '));
const FORMER = new Set('previously formerly once earlier originally initially before used'.split(' '));
const GROUP_WORDS = new Set('delegation delegations team negotiators negotiating side'.split(' '));
const NEGOTIATOR_TITLES = new Set('negotiator envoy'.split(' '));
// words allowed between "led by" and the name: "led by the country's former defence minister"
const SKIPPABLE = /^(the|a|its|his|her|their|former|then|current|new|acting|deputy|vice|chief|top|senior|special|presidential|foreign|defence|defense|security|prime|minister|secretary|of|state|envoy|negotiator|adviser|advisor|aide|general|lieutenant|colonel|major|admiral|commander|director|head|president|chairman|ambassador|spokesman|country|’|'|s|-)$/;

function possessiveParty(tokens: readonly Token[], i: number): string | null {
	// "Moscow ’ s" → Russia; "Russian" → Russia
	const t = tokens[i];
	if (!t) return null;
	if ((t.text === '’' || t.text === "'") && tokens[i + 1]?.lower === 's') return null;
	const apo = tokens[i + 1];
	if (apo && (apo.text === '’' || apo.text === "'") && tokens[i + 2]?.lower === 's') return partyOf(t.text);
	return partyOf(t.text);
}

function delegationPartyOf(tokens: readonly Token[]): { party: string | null; found: boolean } {
	for (let i = 0; i < tokens.length; i++) {
		if (!GROUP_WORDS.has(tokens[i]!.lower)) continue;
		for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
			const t = tokens[k]!;
			if (t.lower === 's' || t.text === '’' || t.text === "'" || !t.cap) continue;
			const p = possessiveParty(tokens, k);
			if (p) return { party: p, found: true };
		}
		// "the delegation from Kyiv", "delegation of Ukraine"
		const after = tokens[i + 1]?.lower;
		if (after === 'from' || after === 'of') {
			const p = tokens[i + 2] ? partyOf(tokens[i + 2]!.text) : null;
			if (p) return { party: p, found: true };
		}
		return { party: null, found: true };
	}
	return { party: null, found: false };
}

function nameRun(tokens: readonly Token[], i: number, afterTitle = false): { name: string; next: number } | null {
	const words: string[] = [];
	let k = i;
	while (words.length < 4) {
		const t = tokens[k];
		if (!t) break;
		// after a title even "He" starts a name ("Vice Premier He Lifeng")
		const firstAfterTitle = afterTitle && k === i && tokens[k + 1]?.cap === true;
		if (t.word && t.cap && !TITLES.has(t.lower) && (firstAfterTitle || !NOT_NAMES.has(t.lower))) {
			words.push(t.text);
			k++;
			// "Kim Jong-un"
			if (tokens[k]?.text === '-' && tokens[k + 1]?.word) {
				words[words.length - 1] += '-' + tokens[k + 1]!.text;
				k += 2;
			}
			// "Khalil al-Hayya", "Mohammed bin Salman", "Ursula von der Leyen"
			let q = k;
			const particles: string[] = [];
			while (q < tokens.length && q < k + 3 && PARTICLES.has(tokens[q]!.lower) && !tokens[q]!.cap) particles.push(tokens[q++]!.text);
			if (particles.length > 0) {
				const nx = tokens[q];
				if (nx?.text === '-' && nx.start === tokens[q - 1]!.end && tokens[q + 1]?.cap) {
					words.push(particles.join(' ') + '-' + tokens[q + 1]!.text);
					k = q + 2;
				} else if (nx?.cap && nx.word) {
					words.push(particles.join(' '));
					k = q;
				}
			}
		} else break;
	}
	if (words.length === 0) return null;
	return { name: words.join(' '), next: k };
}

/**
 * A person's name where a title may stand between an organisation and the name
 * ("Mossad chief David Barnea" gives David Barnea).
 */
function personRun(tokens: readonly Token[], i: number, afterTitle = false): { name: string; next: number } | null {
	const run = nameRun(tokens, i, afterTitle);
	if (!run) return null;
	const after = tokens[run.next];
	if (after && ORG_TITLES.has(after.lower) && tokens[run.next + 1]?.cap) return nameRun(tokens, run.next + 1) ?? run;
	return run;
}

const PARTICLES = new Set('al el bin ibn bint abu de da del della der di van von la le du dos das'.split(' '));

const ORG_TITLES = new Set('chief head director envoy negotiator minister secretary adviser advisor spokesman president chairman boss'.split(' '));

/** "the director of Russia's GRU": a party named in an apposition after the leader's name. */
function appositionParty(tokens: readonly Token[], i: number): string | null {
	if (tokens[i]?.text !== ',') return null;
	for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
		const t = tokens[k]!;
		if (t.text === ',' || t.text === '.') break;
		// "..., arrived in Havana": a place, not the leader's side
		if (t.cap && !/^(in|at|to|from|near|for)$/.test(tokens[k - 1]?.lower ?? '')) {
			const p = possessiveParty(tokens, k);
			if (p) return p;
		}
	}
	return null;
}

/**
 * Finds delegation leaders: "led by General Igor Kostyukov", "headed by ...", "chief negotiator X",
 * "X, who leads the Ukrainian delegation". Former leaders ("was previously headed by") are left out.
 * The party is the one named with the leader ("led by Russia’s deputy foreign minister"), else the
 * delegation's ("Moscow’s delegation ... led by"), else `context.delegationParty` from the sentence
 * before ("It is now being led by ..."), else an apposition ("..., the director of Russia's GRU").
 */
export function extractLeaders(text: string, context: { delegationParty?: string | null } = {}): LeaderReading {
	const tokens = tokenize(text);
	const own = delegationPartyOf(tokens);
	const leaders: Leader[] = [];
	const fallback = own.party ?? context.delegationParty ?? null;
	const add = (name: string, party: string | null, after: number): void => {
		if (leaders.some((l) => l.name === name)) return;
		leaders.push({ name, party: party ?? fallback ?? appositionParty(tokens, after) ?? partyOf(name) ?? partyOf(name.split(' ').pop() ?? '') });
	};
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i]!.lower;
		if (LEAD_VERBS.has(w) && tokens[i + 1]?.lower === 'by') {
			const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
			if (before.some((b) => FORMER.has(b))) continue;
			let k = i + 2;
			let party: string | null = null;
			for (let n = 0; n < 7 && k < tokens.length; n++) {
				const t = tokens[k]!;
				const possessive = tokens[k + 1]?.text === '’' || tokens[k + 1]?.text === "'";
				// "led by Russia's ...", not "led by Bessent and ..." (a person's name is the leader)
				const p = t.cap && (possessive || !isLeaderAlias(t.text)) ? possessiveParty(tokens, k) : null;
				if (p && (possessive || !TITLES.has(t.lower))) {
					party = p;
					k += tokens[k + 1]?.text === '’' || tokens[k + 1]?.text === "'" ? 3 : 1;
					continue;
				}
				if (SKIPPABLE.test(t.lower) || (t.cap && TITLES.has(t.lower))) {
					k++;
					continue;
				}
				break;
			}
			let run = personRun(tokens, k, k > i + 2);
			// "led by Bessent and Vice Premier He Lifeng"
			for (let n = 0; run && n < 3; n++) {
				add(run.name, party, run.next);
				if (tokens[run.next]?.lower !== 'and') break;
				let j = run.next + 1;
				party = null;
				// "and Chinese Vice Premier He Lifeng": the demonym gives the party, the titles are skipped
				while (j < tokens.length && j < run.next + 6) {
					const t = tokens[j]!;
					const p = t.cap ? partyOf(t.text) : null;
					if (p && !party) party = p;
					else if (!(SKIPPABLE.test(t.lower) || TITLES.has(t.lower))) break;
					j++;
				}
				run = personRun(tokens, j, j > run.next + 1);
			}
			continue;
		}
		// "Michel Barnier, the EU’s chief negotiator"
		if (NEGOTIATOR_TITLES.has(w) && tokens[i - 1]?.lower === 'chief' || (w === 'negotiator' && tokens[i - 1]?.lower === 'lead')) {
			const comma = tokens.slice(Math.max(0, i - 6), i).findIndex((t) => t.text === ',');
			if (comma >= 0) {
				const at = Math.max(0, i - 6) + comma;
				let s = at;
				while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.word && s > at - 3) s--;
				const run = nameRun(tokens, s);
				if (run && run.next === at && run.name.includes(' ')) {
					let p: string | null = null;
					for (let k = at + 1; k < i; k++) if (tokens[k]!.cap) p = p ?? possessiveParty(tokens, k);
					add(run.name, p, at);
				}
			}
		}
		// "chief negotiator Rustem Umerov", "delegation head Kirill Dmitriev"
		if ((NEGOTIATOR_TITLES.has(w) || ((w === 'head' || w === 'leader') && tokens[i - 1]?.lower.startsWith('delegation'))) && tokens[i + 1]?.cap) {
			const run = nameRun(tokens, i + 1, true);
			// "EU chief negotiator Michel Barnier", "Iran's chief negotiator ..."
			let p: string | null = null;
			for (let k = i - 1; k >= 0 && k >= i - 4 && !p; k--) if (tokens[k]!.cap) p = possessiveParty(tokens, k);
			if (run && run.name.includes(' ')) add(run.name, p, run.next);
			continue;
		}
		// "Rustem Umerov, who leads the Ukrainian delegation" / "Umerov led the delegation"
		if (LEAD_VERBS.has(w) && (/^(the|a|its|his|her|their)$/.test(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.cap && partyOf(tokens[i + 1]!.text)))) {
			const tail = tokens.slice(i + 1, i + 6);
			if (!tail.some((t) => GROUP_WORDS.has(t.lower))) continue;
			let k = i - 1;
			if (tokens[k]?.lower === 'who' && tokens[k - 1]?.text === ',') k -= 2;
			if (tokens[k]?.lower === 'will') k--;
			if (k < 0) continue;
			// the name ends at k; it starts at most three words back ("Mossad chief David Barnea" gives David Barnea)
			let run: { name: string; next: number } | null = null;
			for (let s = Math.max(0, k - 2); s <= k && !run; s++) {
				if (!tokens[s]!.cap || (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.word && s > k - 2 && !ORG_TITLES.has(tokens[s - 1]!.lower))) continue;
				const r = nameRun(tokens, s);
				if (r && r.next === k + 1) run = r;
			}
			if (run) {
				let p: string | null = null;
				for (const t of tail) p = p ?? partyOf(t.text);
				add(run.name, p, k + 1);
			}
		}
	}
	return { leaders, delegationParty: own.party, delegation: own.found };
}
