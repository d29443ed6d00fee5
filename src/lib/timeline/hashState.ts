/** Deep-link state in the URL hash: `#event=ID&from=2026-01-01&to=2026-02-10` or `#article=ID`. */
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

/** Write a hash (starting with `#`, or `''` when there is nothing to say); times rounded to the minute. */
export function encodeHash(state: LinkState): string {
	const params = new URLSearchParams();
	if (state.event) params.set('event', state.event);
	else if (state.article) params.set('article', state.article);
	if (state.from !== null && state.to !== null && state.from < state.to) {
		params.set('from', formatIsoInstant(state.from));
		params.set('to', formatIsoInstant(state.to));
	}
	const s = params.toString().replace(/%3A/gi, ':');
	return s ? `#${s}` : '';
}
