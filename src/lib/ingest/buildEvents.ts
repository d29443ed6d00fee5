import { hashString } from './hash.ts';
import { labelClause } from './labelClause.ts';
import type { EventDraft } from './salience.ts';
import type { EventStatus, Timex, When } from './types.ts';

/** One sentence of one article with the date expressions found in it (offsets in `text`). */
export interface SentenceInput {
	article: string;
	articleDate: string;
	sentence: number;
	text: string;
	timexes: Timex[];
}

/** The key under which a date expression is claimed by an event builder. */
export function timexKey(article: string, sentence: number, timex: Pick<Timex, 'start'>): string {
	return `${article}#${sentence}#${timex.start}`;
}

/**
 * Whether a dated clause happened, is scheduled or goes on: the clause's tense first, then the
 * date itself against the article's (a date after publication can only be planned).
 */
export function resolveStatus(when: When, mood: Timex['mood'], articleDate: string): EventStatus {
	if (mood === 'future' || when.start > articleDate) return 'scheduled';
	if (mood === 'present' && when.start <= articleDate && when.end >= articleDate) return 'ongoing';
	return 'happened';
}

/**
 * Generic events: each DATE or TIME expression that resolves to a calendar stretch, and that no
 * talks event claimed, dates the clause around it. Mentions of one clause and date in one article
 * are one event.
 */
export function buildEvents(sentences: SentenceInput[], claimed: ReadonlySet<string> = new Set()): EventDraft[] {
	const byKey = new Map<string, EventDraft>();
	for (const s of sentences) {
		for (const timex of s.timexes) {
			if ((timex.type !== 'DATE' && timex.type !== 'TIME') || !timex.when) continue;
			if (claimed.has(timexKey(s.article, s.sentence, timex))) continue;
			const label = labelClause(s.text, timex.start, timex.end);
			const key = `${s.article}|${timex.when.value}|${label.toLowerCase()}`;
			const mention = {
				article: s.article,
				sentence: s.sentence,
				sentenceText: s.text,
				text: timex.text,
				start: timex.start,
				end: timex.end
			};
			const existing = byKey.get(key);
			if (existing) {
				existing.mentions.push(mention);
				continue;
			}
			byKey.set(key, {
				id: `e-${hashString(key)}`,
				kind: 'event',
				label,
				when: timex.when,
				status: resolveStatus(timex.when, timex.mood, s.articleDate),
				place: null,
				parties: [],
				talks: null,
				mentions: [mention]
			});
		}
	}
	return [...byKey.values()];
}
