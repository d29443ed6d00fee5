import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, HIDDEN_UI_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from './chromiumArgs';

/** The features the installed Playwright disables by default, read from its source. */
function playwrightDisabledFeatures(): string[] {
	const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
	const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
	const list = /disabledFeatures = \[([\s\S]*?)\]\.filter/.exec(bundle)?.[1];
	if (!list) throw new Error(`no "disabledFeatures = [...]" in ${join(root, 'lib', 'coreBundle.js')}: see how this Playwright builds --disable-features`);
	return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the arguments Chromium is started with', () => {
	it('keep every feature Playwright disables, since Chromium keeps only the last --disable-features', () => {
		const theirs = playwrightDisabledFeatures();
		expect(theirs.length).toBeGreaterThan(5);
		expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(theirs));
	});

	it('give one --disable-features with those and the hidden address-bar pages', () => {
		const lists = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
		expect(lists).toHaveLength(1);
		const features = lists[0]!.slice('--disable-features='.length).split(',');
		expect(features).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, ...HIDDEN_UI_FEATURES]));
	});
});
