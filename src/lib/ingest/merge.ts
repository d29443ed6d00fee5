/**
 * How reports from many articles become events: one mechanism for talks (`talks/merge.ts`) and
 * for every other event (`mergeEvents` in buildEvents.ts). Each kind brings its evidence (the
 * rule below); the grouping, the date note of a disagreement and the one mention per sentence are
 * the same. docs/events.md, section 2, describes both rules.
 */
import type { Mention, When } from './types.ts';

/** How far back a report looks, per index term, for earlier reports to compare with. */
export const LOOK_BACK = 48;

/**
 * What one kind of event knows about its reports. `G` is what a group of reports keeps (its dates,
 * its parties ...).
 */
export interface GroupRule<T, G> {
	/**
	 * The terms a report is indexed by: it is compared only with earlier reports that share one (the
	 * nearest {@link LOOK_BACK} of each), which keeps the whole linear in the number of reports.
	 */
	terms(report: T): Iterable<string>;
	/** The terms a report looks up earlier reports by, when wider than those it is indexed by (a date window one side wider). */
	near?(report: T): Iterable<string>;
	/** A group of one report. */
	open(report: T): G;
	/**
	 * How well `report` fits the group of `earlier` (a report sharing one of its terms): `null` when
	 * they are not one event, else a score (higher fits better).
	 */
	fit(group: G, earlier: T, report: T): number | null;
	/**
	 * `best`: a report joins the one group it fits best (ties: the group opened first) and groups never
	 * join; `all`: it joins every group it fits, by {@link GroupRule.join}, and so may make two groups one.
	 */
	mode: 'best' | 'all';
	/** Puts `from` (the report's own group, or another) into `into`; false when their dates cannot be one event's. */
	join(into: G, from: G, earlier: T, report: T): boolean;
}

/**
 * Groups reports, taken in the order given (time order), into events: each is compared with the
 * earlier reports that share a term and joins the group(s) the rule says it fits. Returns the
 * groups in the order they were opened, each with its reports in the order given.
 */
export function groupReports<T, G>(reports: readonly T[], rule: GroupRule<T, G>): { state: G; members: T[] }[] {
	const parent = reports.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const state: G[] = [];
	// per term, the reports indexed under it ('all'), or the groups ('best': a group once a term, by its first report)
	const byTerm = new Map<string, number[]>();
	const indexed = new Map<number, Set<string>>();
	// in 'best' mode the entries are groups, which never join: each is compared once
	const compared = new Set<number>();
	reports.forEach((report, i) => {
		state.push(rule.open(report));
		compared.clear();
		let best: { root: number; score: number; earlier: number } | null = null;
		const terms = [...new Set(rule.terms(report))];
		for (const term of rule.near ? new Set(rule.near(report)) : terms) {
			const earlier = byTerm.get(term);
			if (!earlier) continue;
			for (let k = earlier.length - 1, seen = 0; k >= 0 && seen < LOOK_BACK; k--, seen++) {
				const j = earlier[k]!;
				if (compared.has(j)) continue;
				compared.add(j);
				const root = find(j);
				if (rule.mode === 'best') {
					const score = rule.fit(state[root]!, reports[j]!, report);
					if (score !== null && (!best || score > best.score || (score === best.score && root < best.root))) best = { root, score, earlier: j };
					continue;
				}
				const own = find(i);
				if (root === own || rule.fit(state[root]!, reports[j]!, report) === null) continue;
				if (rule.join(state[root]!, state[own]!, reports[j]!, report)) parent[own] = root;
			}
		}
		if (best && rule.join(state[best.root]!, state[i]!, reports[best.earlier]!, report)) parent[i] = best.root;
		const entry = rule.mode === 'best' ? find(i) : i;
		const known = rule.mode === 'best' ? (indexed.get(entry) ?? indexed.set(entry, new Set()).get(entry)!) : null;
		for (const term of terms) {
			if (known?.has(term)) continue;
			known?.add(term);
			(byTerm.get(term) ?? byTerm.set(term, []).get(term)!).push(entry);
		}
	});
	const groups = new Map<number, { state: G; members: T[] }>();
	reports.forEach((report, i) => {
		const root = find(i);
		const group = groups.get(root) ?? groups.set(root, { state: state[root]!, members: [] }).get(root)!;
		group.members.push(report);
	});
	return [...groups.values()];
}

/** One mention per sentence: the first of each, or a later one that quotes a date expression where the first quotes none. */
export function mentionsBySentence(mentions: Iterable<Mention>): Mention[] {
	const bySentence = new Map<string, Mention>();
	for (const m of mentions) {
		const k = `${m.article}#${m.sentence}`;
		const known = bySentence.get(k);
		if (!known || (!known.text && m.text)) bySentence.set(k, m);
	}
	return [...bySentence.values()];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words for a disagreement note: "7 August 2026", "August 2026", "2026", else its value. */
export function formatWhenWords(when: When): string {
	const [y, m, d] = when.start.split('-').map(Number) as [number, number, number];
	if (when.precision === 'day') return `${d} ${MONTHS[m - 1]} ${y}`;
	if (when.precision === 'month') return `${MONTHS[m - 1]} ${y}`;
	if (when.precision === 'year') return String(y);
	return when.value;
}

/** The note of an event whose sources date it differently, the chosen date first: "Articles differ on the date: 7 August 2026 (12), 8 August 2026 (1)". */
export function dateDisagreement(rows: readonly { when: When; articles: number }[]): string {
	return `Articles differ on the date: ${rows.map((r) => `${formatWhenWords(r.when)} (${r.articles})`).join(', ')}`;
}
