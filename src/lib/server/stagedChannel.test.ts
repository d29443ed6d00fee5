import { expect, test } from 'vitest';
import { announceStaged, onSiteStaged } from './stagedChannel.js';

test('a staged folder announced on one side reaches the listener (the build starts its one-file export from it)', async () => {
	const heard: string[] = [];
	const got = new Promise<void>((done) => {
		const stop = onSiteStaged((folder) => {
			heard.push(folder);
			stop();
			done();
		});
	});
	// the sender closes its end right after posting, as the prerender thread does
	announceStaged('/tmp/site-a');
	await got;
	expect(heard).toEqual(['/tmp/site-a']);
});

test('a listener that stopped hears nothing more', async () => {
	const heard: string[] = [];
	const stop = onSiteStaged((folder) => heard.push(folder));
	stop();
	const control = new Promise<string>((done) => {
		const off = onSiteStaged((folder) => {
			off();
			done(folder);
		});
	});
	announceStaged('/tmp/site-b');
	expect(await control).toBe('/tmp/site-b');
	expect(heard).toEqual([]);
});
