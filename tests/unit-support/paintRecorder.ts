/** For tests: a 2D context that records what is drawn, and a palette. */
import type { Paint2D, Palette } from '../../src/lib/timeline/paint';

/** A context that records what is drawn, with the style in force at each fill, stroke and text. */
export function recorder() {
	const ops: { op: string; args: unknown[]; fill: unknown; stroke: unknown; alpha: number; font: string }[] = [];
	const state = { fillStyle: '' as unknown, strokeStyle: '' as unknown, globalAlpha: 1, font: '', lineWidth: 1, lineJoin: 'miter', textAlign: 'start', textBaseline: 'alphabetic' };
	const stack: (typeof state)[] = [];
	const record =
		(op: string) =>
		(...args: unknown[]) => {
			ops.push({ op, args, fill: state.fillStyle, stroke: state.strokeStyle, alpha: state.globalAlpha, font: state.font });
		};
	const c = {
		...Object.fromEntries(
			['setTransform', 'clearRect', 'fillRect', 'strokeRect', 'beginPath', 'closePath', 'moveTo', 'lineTo', 'arc', 'rect', 'roundRect', 'fill', 'stroke', 'fillText', 'strokeText', 'setLineDash'].map((k) => [k, record(k)])
		),
		save: () => stack.push({ ...state }),
		restore: () => Object.assign(state, stack.pop()),
		createLinearGradient: () => ({ addColorStop: () => {} })
	};
	for (const key of Object.keys(state) as (keyof typeof state)[])
		Object.defineProperty(c, key, { get: () => state[key], set: (v) => ((state as Record<string, unknown>)[key] = v) });
	return { c: c as unknown as Paint2D, ops };
}

export const P: Palette = {
	bg: '#ffffff',
	ink: '#111111',
	muted: '#555555',
	grid: '#eeeeee',
	gridMajor: '#bbbbbb',
	band: '#f4f4f4',
	accent: '#1f5fbf',
	accentSoft: '#dbe7fb',
	onAccent: '#fffffe',
	article: '#7a4fb5'
};
