/** Only http(s) links reach the page: anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
	if (!raw) return null;
	try {
		const url = new URL(raw.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}
