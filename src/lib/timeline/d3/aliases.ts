/**
 * The build aliases that give d3-scale's `scaleUtc` numeric stand-ins for what it cannot use here
 * (colour interpolation, English tick formats; see interpolate.ts and time-format.ts). Shared by
 * both bundles of the timeline: the site (vite.config.ts) and the one-file export
 * (scripts/single/singleConfig.ts).
 */
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

export function d3Standins(): { find: RegExp; replacement: string }[] {
	return [
		{ find: /^d3-interpolate$/, replacement: here('interpolate.ts') },
		{ find: /^d3-time-format$/, replacement: here('time-format.ts') }
	];
}
