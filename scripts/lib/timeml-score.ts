/**
 * TempEval-3 Task A scoring for TIMEX3: strict (same extent) and relaxed (overlap) matching,
 * micro-averaged precision/recall/F1, value accuracy over relaxed matches and value F1
 * (= value accuracy x relaxed F1), plus the list of errors for a person to read.
 */
import type { TimexSpan } from './timeml.ts';

export interface Counts {
	gold: number;
	system: number;
	/** System spans with the same extent as a gold span. */
	strict: number;
	/** Gold spans overlapped by some system span (recall side of relaxed matching). */
	relaxedGold: number;
	/** System spans overlapping some gold span (precision side). */
	relaxedSystem: number;
	/** Relaxed matched pairs, and those with equal values. */
	pairs: number;
	valueOk: number;
}

export interface ErrorItem {
	doc: string;
	kind: 'missed' | 'spurious' | 'value';
	text: string;
	gold?: string;
	system?: string;
	context: string;
}

export interface Scores {
	strict: { p: number; r: number; f1: number };
	relaxed: { p: number; r: number; f1: number };
	valueAccuracy: number;
	valueF1: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxedGold: 0, relaxedSystem: 0, pairs: 0, valueOk: 0 });

const overlaps = (a: TimexSpan, b: TimexSpan): boolean => a.start < b.end && b.start < a.end;

function contextOf(text: string, s: TimexSpan): string {
	const a = Math.max(0, s.start - 50), b = Math.min(text.length, s.end + 50);
	return (text.slice(a, s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, b)).replace(/\s+/g, ' ').trim();
}

/**
 * Scores one document into `acc` and returns its errors. Each gold span is paired with the
 * first overlapping system span (the one TempEval-3's scorer aligns it with) for value checks.
 */
export function scoreDocument(doc: string, text: string, gold: TimexSpan[], system: TimexSpan[], acc: Counts): ErrorItem[] {
	const errors: ErrorItem[] = [];
	acc.gold += gold.length;
	acc.system += system.length;
	const used = new Set<number>();
	for (const g of gold) {
		let matchIdx = -1;
		for (let i = 0; i < system.length; i++) {
			const s = system[i];
			if (!s || !overlaps(g, s)) continue;
			if (matchIdx < 0 || (!used.has(i) && used.has(matchIdx))) matchIdx = i;
			if (s.start === g.start && s.end === g.end) {
				matchIdx = i;
				break;
			}
		}
		const s = matchIdx >= 0 ? system[matchIdx] : undefined;
		if (!s) {
			errors.push({ doc, kind: 'missed', text: g.text, gold: `${g.type} ${g.value}`, context: contextOf(text, g) });
			continue;
		}
		used.add(matchIdx);
		acc.relaxedGold++;
		acc.pairs++;
		if (s.value === g.value) acc.valueOk++;
		else errors.push({ doc, kind: 'value', text: `${s.text} / gold: ${g.text}`, gold: `${g.type} ${g.value}`, system: `${s.type} ${s.value}`, context: contextOf(text, g) });
	}
	for (const s of system) {
		if (gold.some((g) => g.start === s.start && g.end === s.end)) acc.strict++;
		if (gold.some((g) => overlaps(g, s))) acc.relaxedSystem++;
		else errors.push({ doc, kind: 'spurious', text: s.text, system: `${s.type} ${s.value}`, context: contextOf(text, s) });
	}
	return errors;
}

const prf = (tpP: number, sys: number, tpR: number, gold: number): { p: number; r: number; f1: number } => {
	const p = sys ? tpP / sys : 0;
	const r = gold ? tpR / gold : 0;
	return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Micro-averaged figures from summed counts. */
export function computeScores(c: Counts): Scores {
	const strict = prf(c.strict, c.system, c.strict, c.gold);
	const relaxed = prf(c.relaxedSystem, c.system, c.relaxedGold, c.gold);
	const valueAccuracy = c.pairs ? c.valueOk / c.pairs : 0;
	return { strict, relaxed, valueAccuracy, valueF1: valueAccuracy * relaxed.f1 };
}

/** Figures as a short table, percentages with one decimal. */
export function formatScores(s: Scores): string {
	const pc = (x: number): string => (x * 100).toFixed(1).padStart(5);
	return [
		'            P      R      F1',
		`strict   ${pc(s.strict.p)}  ${pc(s.strict.r)}  ${pc(s.strict.f1)}`,
		`relaxed  ${pc(s.relaxed.p)}  ${pc(s.relaxed.r)}  ${pc(s.relaxed.f1)}`,
		`value accuracy ${pc(s.valueAccuracy)}`,
		`value F1       ${pc(s.valueF1)}`
	].join('\n');
}
