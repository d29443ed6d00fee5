/**
 * How the browser tests (playwright.config.ts) and the benchmarks (benchBrowser.ts) start Chromium:
 * Debian's, headless, without a GPU, and without the two hidden pages that Chromium 156 loads into
 * every new window for its address bar.
 *
 * Each page Playwright opens is a new window, and each window of Chromium 156 loads
 * `chrome://omnibox-popup.top-chrome/` and its "AI mode" variant in a renderer of their own: about
 * 1.5 s of CPU, spent while the page under test loads and, often, while its first gesture runs, on a
 * machine of two cores, which slows the first render that `npm run bench` measures and the browser
 * tests alike. Headless, nobody can ever open those popups. Unknown feature names are ignored, so
 * other Chromiums start as before.
 */
import { existsSync } from 'node:fs';

/**
 * What Playwright disables by default (its `chromiumSwitches.ts`). Chromium keeps only the last
 * `--disable-features` it is given, so adding features to the list means repeating these;
 * chromiumArgs.test.ts checks them against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/** The address bar's hidden suggestion pages (see above); tests/harness.spec.ts checks they are gone. */
export const HIDDEN_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Arguments for `chromium.launch`, before those of the caller's own. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--no-first-run',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HIDDEN_UI_FEATURES].join(',')}`
];

/** Debian's Chromium unless `CHROMIUM_PATH` names another; `undefined` leaves Playwright its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
