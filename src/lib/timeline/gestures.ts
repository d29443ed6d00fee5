/**
 * Wheel, drag and pinch on the plot. `PointerGesture` decides (one pointer drags, two pinch, a drag
 * starts after 4 px so clicks still reach marks, a click that ends a drag is swallowed);
 * `attachGestures` wires it and the wheel to an element.
 */
import { dragView, panView, pinchView, wheelZoomFactor, zoomView, type View } from './viewport';
import type { ViewportState } from './viewportState.svelte';

/** How far a pointer moves before a press becomes a drag, px. */
const DRAG_THRESHOLD = 4;

export class PointerGesture {
	private readonly pointers = new Map<number, number>();
	private drag: { x: number; view: View; moved: boolean } | null = null;
	private swallow = false;

	down(id: number, x: number, view: View): void {
		this.pointers.set(id, x);
		this.drag = this.pointers.size === 1 ? { x, view, moved: false } : null;
		this.swallow = false;
	}

	/** The view a move gives (`null`: none yet), and whether the element should capture the pointer. */
	move(id: number, x: number, view: View, width: number): { view: View | null; capture: boolean } {
		if (!this.pointers.has(id)) return { view: null, capture: false };
		if (this.pointers.size === 2) {
			const [a, b] = [...this.pointers.entries()];
			const before: [number, number] = [a![1], b![1]];
			this.pointers.set(id, x);
			const after: [number, number] = [this.pointers.get(a![0])!, this.pointers.get(b![0])!];
			this.swallow = true;
			return { view: pinchView(view, before, after, width), capture: true };
		}
		this.pointers.set(id, x);
		const drag = this.drag;
		if (!drag || (!drag.moved && Math.abs(x - drag.x) < DRAG_THRESHOLD)) return { view: null, capture: false };
		const first = !drag.moved;
		drag.moved = true;
		this.swallow = true;
		return { view: dragView(drag.view, x - drag.x, width), capture: first };
	}

	up(id: number): void {
		this.pointers.delete(id);
		if (this.pointers.size === 0) this.drag = null;
	}

	/** Whether the click that follows should be swallowed (it ended a drag or a pinch); asks once. */
	swallowClick(): boolean {
		const swallow = this.swallow;
		this.swallow = false;
		return swallow;
	}
}

/** Wheel and pointer gestures on `el` move `viewport`; returns what removes them. */
export function attachGestures(el: HTMLElement, viewport: ViewportState): () => void {
	const gesture = new PointerGesture();
	// measured once per gesture: reading it on every wheel step would force a layout per frame
	let rect: DOMRect | null = null;
	const left = () => el.getBoundingClientRect().left;
	const onWheel = (e: WheelEvent) => {
		e.preventDefault();
		if (!rect || !viewport.moving) rect = el.getBoundingClientRect();
		const width = Math.max(1, rect.width);
		if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) viewport.set(panView(viewport.view, e.deltaX / width), true);
		else {
			// a trackpad pinch arrives as a ctrl+wheel with small deltas: make it count more
			const factor = wheelZoomFactor(e.ctrlKey ? e.deltaY * 4 : e.deltaY, e.deltaMode);
			viewport.set(zoomView(viewport.view, factor, (e.clientX - rect.left) / width), true);
		}
	};
	const onDown = (e: PointerEvent) => {
		if (e.button === 0) gesture.down(e.pointerId, e.clientX - left(), viewport.view);
	};
	const onMove = (e: PointerEvent) => {
		const { view, capture } = gesture.move(e.pointerId, e.clientX - left(), viewport.view, viewport.width);
		if (capture) {
			try {
				el.setPointerCapture(e.pointerId);
			} catch {
				// the pointer is already gone (released between events): nothing to capture
			}
		}
		if (view) viewport.set(view, true);
	};
	const onUp = (e: PointerEvent) => gesture.up(e.pointerId);
	const onClick = (e: MouseEvent) => {
		if (gesture.swallowClick()) e.stopPropagation();
	};
	el.addEventListener('wheel', onWheel, { passive: false });
	el.addEventListener('pointerdown', onDown);
	el.addEventListener('pointermove', onMove);
	el.addEventListener('pointerup', onUp);
	el.addEventListener('pointercancel', onUp);
	el.addEventListener('click', onClick, { capture: true });
	return () => {
		el.removeEventListener('wheel', onWheel);
		el.removeEventListener('pointerdown', onDown);
		el.removeEventListener('pointermove', onMove);
		el.removeEventListener('pointerup', onUp);
		el.removeEventListener('pointercancel', onUp);
		el.removeEventListener('click', onClick, { capture: true });
	};
}
