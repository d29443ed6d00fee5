/**
 * The visible range and how it moves: zoom, pan, fit. The math is in viewport.ts; this holds the
 * state the page draws from. During a gesture the range readout and the overview's brush (`shown`)
 * follow the view `READOUT_MS` at a time, and exactly once it pauses: rewriting them on every frame
 * would make each frame of a pan lay out and paint the page.
 */
import { DAY_MS } from './time';
import { fitView, panView, zoomAnchor, zoomView, type View } from './viewport';

/** How long after its last step a gesture counts as over, ms (the buttons over the marks catch up then). */
export const GESTURE_SETTLE_MS = 200;
/** How often the readouts follow a gesture, ms. */
export const READOUT_MS = 100;

export class ViewportState {
	view = $state.raw<View>({ from: 0, to: DAY_MS });
	/** What the range readout and the overview's brush show (see above). */
	shown = $state.raw<View>({ from: 0, to: DAY_MS });
	/** The plot's width, px. */
	width = $state(960);
	/** Until when (performance.now() ms) the view counts as moving. */
	movingUntil = 0;
	/** Called after every move the visitor makes (not after `jump`): the URL follows those. */
	onMove: () => void = () => {};
	private shownAt = 0;

	constructor(
		/** The whole span, for "fit all". */
		readonly all: () => View,
		private readonly now: () => number = () => performance.now(),
		/** Where the story opens: the news window (newsWindow.ts); the whole span by default. */
		readonly home: () => View = all
	) {
		this.view = this.shown = home();
	}

	/** Whether a gesture is under way. */
	get moving(): boolean {
		return this.movingUntil > this.now();
	}

	/**
	 * Move to `next`. `continuous`: one step of a wheel, drag, pinch or brush gesture. `follow`: the
	 * readouts show it at once (a brush dragged or moved by keys must stay under the pointer).
	 */
	set(next: View, continuous = false, follow = !continuous): void {
		const now = this.now();
		if (continuous) this.movingUntil = now + GESTURE_SETTLE_MS;
		this.view = next;
		if (follow || now - this.shownAt > READOUT_MS) {
			this.shown = next;
			this.shownAt = now;
		}
		this.onMove();
	}

	/** Go to `next` because a link or a selection asks for it, not the visitor's hand: no `onMove`. */
	jump(next: View): void {
		this.view = next;
	}

	/** The readouts catch up with the view (a gesture has paused). */
	settle(): void {
		this.shown = this.view;
	}

	/** Zoom by `factor` (> 1 zooms in) around `center` (a time, ms) when it is in view, else around the middle. */
	zoom(factor: number, center: number | null = null): void {
		this.set(zoomView(this.view, factor, zoomAnchor(this.view, center)));
	}

	/** Pan by a fraction of the view's width. */
	pan(fraction: number): void {
		this.set(panView(this.view, fraction));
	}

	fitAll(): void {
		this.set(this.all());
	}

	/** Back to the view the story opens on. */
	fitHome(): void {
		this.set(this.home());
	}

	/** Fit `[start, end]` with a margin, no closer than two days. */
	zoomTo(start: number, end: number): void {
		this.set(fitView(start, end, 0.15, 2 * DAY_MS));
	}
}
