/**
 * The URL hash's keys: the timeline's (`event`, `article`, `from`, `to`, see timeline/hashState.ts)
 * and the search's (`q`, `kind`, `status`, `party`, `place`, see search/searchHash.ts). Each part
 * changes only its own keys (through hashWriter.ts, the one module that writes the hash), and the
 * others stay as they were. Keys come out in one fixed order, whoever wrote last: a state has one URL.
 */
const ORDER = ['event', 'article', 'from', 'to', 'q', 'kind', 'status', 'party', 'place'];

/** `hash` with `updates` applied (`null` removes a key); `''` when nothing is left. */
export function mergeHash(hash: string, updates: Readonly<Record<string, string | null>>): string {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	for (const [key, value] of Object.entries(updates)) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const rank = (key: string) => {
		const i = ORDER.indexOf(key);
		return i < 0 ? ORDER.length : i;
	};
	const sorted = new URLSearchParams([...params].sort((a, b) => rank(a[0]) - rank(b[0])));
	// ':' stays readable in times (from=2026-01-01T00:00)
	const s = sorted.toString().replace(/%3A/gi, ':');
	return s ? `#${s}` : '';
}
