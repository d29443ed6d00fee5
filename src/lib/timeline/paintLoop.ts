/**
 * One paint per displayed frame, whatever asked for it: a burst of wheel events or of shard arrivals
 * in one frame lays out and paints once. `draw` returns whether there is more to do in the next frame
 * (shards left to turn into marks); a request made while drawing belongs to the frame being drawn.
 */
export class PaintLoop {
	/** The pending frame's id; -1 while drawing; 0 when none is asked for. */
	private frame = 0;

	constructor(
		private readonly draw: () => boolean,
		private readonly requestFrame: (run: () => void) => number = (run) => requestAnimationFrame(run),
		private readonly cancelFrame: (id: number) => void = (id) => cancelAnimationFrame(id)
	) {}

	/** Ask for a paint in the next frame. */
	request(): void {
		if (!this.frame) this.frame = this.requestFrame(() => this.run());
	}

	private run(): void {
		this.frame = -1;
		let more = false;
		try {
			more = this.draw();
		} finally {
			this.frame = 0;
			if (more) this.request();
		}
	}

	/** No more frames (the timeline is gone). */
	stop(): void {
		if (this.frame > 0) this.cancelFrame(this.frame);
		this.frame = -1;
	}
}
