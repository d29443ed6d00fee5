/**
 * `$app/navigation` for the one-file export (no SvelteKit router): the history API, with a fallback
 * for browsers that refuse history entries on `file:` pages.
 */
function write(url: string | URL, push: boolean): void {
	const href = String(url);
	try {
		(push ? history.pushState : history.replaceState).call(history, history.state, '', href);
	} catch {
		const hash = new URL(href, location.href).hash;
		if (push) location.hash = hash;
		else location.replace(hash || '#');
	}
}

export function pushState(url: string | URL, _state?: unknown): void {
	write(url, true);
}

export function replaceState(url: string | URL, _state?: unknown): void {
	write(url, false);
}

export async function goto(url: string | URL): Promise<void> {
	location.href = String(url);
}

export async function invalidate(): Promise<void> {}
export async function invalidateAll(): Promise<void> {}
export async function preloadData(): Promise<void> {}
export async function preloadCode(): Promise<void> {}
export function beforeNavigate(): void {}
export function afterNavigate(): void {}
export function onNavigate(): void {}
