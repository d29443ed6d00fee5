import { describe, expect, test } from 'vitest';
import { PaintLoop } from './paintLoop';

function frames() {
	const queue = new Map<number, () => void>();
	let next = 1;
	return {
		request: (run: () => void) => (queue.set(next, run), next++),
		cancel: (id: number) => void queue.delete(id),
		/** Runs the frames asked for so far (not those asked for while they run). */
		tick() {
			const due = [...queue.entries()];
			queue.clear();
			for (const [, run] of due) run();
		},
		get pending() {
			return queue.size;
		}
	};
}

describe('PaintLoop', () => {
	test('many requests in one frame paint once', () => {
		const f = frames();
		let painted = 0;
		const loop = new PaintLoop(() => (painted++, false), f.request, f.cancel);
		loop.request();
		loop.request();
		loop.request();
		expect(f.pending).toBe(1);
		f.tick();
		expect(painted).toBe(1);
		expect(f.pending).toBe(0);
	});

	test('a request while drawing is part of that frame; "more" asks for the next one', () => {
		const f = frames();
		let painted = 0;
		let loop: PaintLoop;
		loop = new PaintLoop(() => {
			painted++;
			loop.request();
			return painted < 3;
		}, f.request, f.cancel);
		loop.request();
		f.tick();
		expect(f.pending).toBe(1);
		f.tick();
		f.tick();
		expect(painted).toBe(3);
		expect(f.pending).toBe(0);
	});

	test('a failed draw does not stop later paints; stop cancels the pending frame', () => {
		const f = frames();
		let fail = true;
		let painted = 0;
		const loop = new PaintLoop(() => {
			painted++;
			if (fail) throw new Error('no canvas');
			return false;
		}, f.request, f.cancel);
		loop.request();
		expect(() => f.tick()).toThrow('no canvas');
		fail = false;
		loop.request();
		f.tick();
		expect(painted).toBe(2);
		loop.request();
		loop.stop();
		expect(f.pending).toBe(0);
		loop.request();
		expect(f.pending).toBe(0);
	});
});
