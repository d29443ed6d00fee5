/**
 * `npm run bench:site -- URL`: the browser figures of one served build (first load, JS, first render,
 * frames), as `npm run bench` measures them; for quick checks while working on the client.
 */
import { launchBrowser, measureSite } from './lib/benchBrowser.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await launchBrowser();
try {
	const { views: _views, ...figures } = await measureSite(browser, url);
	console.log(JSON.stringify(figures, (_, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 1));
} finally {
	await browser.close();
}
