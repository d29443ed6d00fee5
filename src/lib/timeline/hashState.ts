/** Deep-link state in the URL hash: `#event=ID&from=2026-01-01&to=2026-02-10` or `#article=ID`. */
import { mergeHash } from '../urlHash';
import { formatIsoInstant, parseIsoUtc } from './time';

export interface LinkState {
	event: string | null;
	article: string | null;
	/** Visible range, UTC ms; both or neither. */
	from: number | null;
	to: number | null;
}

/** Read a hash (with or without `#`); unknown keys and malformed or reversed ranges are ignored. */
export function decodeHash(hash: string): LinkState {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const event = params.get('event') || null;
	const article = event ? null : params.get('article') || null;
	const from = parseIsoUtc(params.get('from') ?? '')?.getTime() ?? null;
	const to = parseIsoUtc(params.get('to') ?? '')?.getTime() ?? null;
	const range = from !== null && to !== null && from < to;
	return { event, article, from: range ? from : null, to: range ? to : null };
}

/** The timeline's keys for the hash (`null` removes one); times rounded to the minute. */
export function timelineHashKeys(state: LinkState): Record<'event' | 'article' | 'from' | 'to', string | null> {
	const range = state.from !== null && state.to !== null && state.from < state.to;
	return {
		event: state.event || null,
		article: state.event ? null : state.article || null,
		from: range ? formatIsoInstant(state.from!) : null,
		to: range ? formatIsoInstant(state.to!) : null
	};
}

/** A hash (starting with `#`, or `''` when there is nothing to say) of the timeline's keys alone. */
export function encodeHash(state: LinkState): string {
	return mergeHash('', timelineHashKeys(state));
}
