/**
 * Progress of a long step, for the person waiting on a build: one line that updates in place in a
 * terminal, or a plain line at every tenth of the way in a log (CI), so neither floods its reader.
 */
export interface Progress {
	/** `done` of the total are finished. */
	update(done: number): void;
	/** The step is over: the updating line is ended. */
	end(): void;
}

/** The text of one progress line: what is done of what, the rate, and the time left. */
export function formatProgress(what: string, done: number, total: number, seconds: number): string {
	const rate = seconds > 0 ? done / seconds : 0;
	const left = rate > 0 ? (total - done) / rate : NaN;
	const n = (x: number) => Math.round(x).toLocaleString('en');
	return (
		`${what}: ${n(done)} of ${n(total)} (${Math.floor((done / total) * 100)}%)` +
		(rate > 0 ? `, ${n(rate)} a second` : '') +
		(done < total && Number.isFinite(left) ? `, about ${n(Math.max(1, left))} s left` : '')
	);
}

/**
 * A progress reporter writing to `out` (stderr by default); silent for steps under `min` items,
 * which finish before anyone would read it. `now` is injectable for tests.
 */
export function createProgress(
	what: string,
	total: number,
	{ out = process.stderr, min = 200, now = () => performance.now() }: { out?: { write(text: string): unknown; isTTY?: boolean }; min?: number; now?: () => number } = {}
): Progress {
	if (total < min) return { update: () => {}, end: () => {} };
	const start = now();
	let tenth = 0;
	let shown = false;
	return {
		update(done) {
			const line = formatProgress(what, done, total, (now() - start) / 1000);
			if (out.isTTY) {
				out.write(`\r\u001b[2K${line}`);
				shown = true;
				return;
			}
			const reached = Math.floor((done / total) * 10);
			if (reached > tenth) {
				tenth = reached;
				out.write(`${line}\n`);
			}
		},
		end() {
			if (shown) out.write('\n');
			shown = false;
		}
	};
}
