import { describe, expect, it } from 'vitest';
import { createFetchShardLoader, createFilesShardLoader } from './shardLoader';

describe('createFetchShardLoader', () => {
	const site: Record<string, Response> = {
		'http://site.test/sub/data/m/talks-0.json': new Response('{"lane":"talks"}'),
		'http://site.test/sub/data/i/0.json': new Response('gone', { status: 404 })
	};
	const asked: string[] = [];
	const load = createFetchShardLoader('http://site.test/sub/data/', async (url) => {
		asked.push(url.href);
		return site[url.href] ?? new Response('', { status: 500 });
	});

	it.each([
		['m/talks-0.json', '{"lane":"talks"}', null],
		['i/0.json', null, 'i/0.json: HTTP 404'],
		['m/none.json', null, 'm/none.json: HTTP 500']
	] as const)('%s', async (path, text, error) => {
		if (error) await expect(load(path)).rejects.toThrow(error);
		else expect(await load(path)).toBe(text);
		expect(asked.at(-1)).toBe(`http://site.test/sub/data/${path}`);
	});
});

describe('createFilesShardLoader', () => {
	const load = createFilesShardLoader({ 'index.json': { version: 1 }, 'm/talks-0.json': { lane: 'talks', events: [] } });

	it.each([
		['index.json', '{"version":1}', null],
		['m/talks-0.json', '{"lane":"talks","events":[]}', null],
		['m/talks-1.json', null, 'm/talks-1.json: not in this file'],
		// inherited names are not files
		['toString', null, 'toString: not in this file']
	] as const)('%s', async (path, text, error) => {
		if (error) await expect(load(path)).rejects.toThrow(error);
		else expect(await load(path)).toBe(text);
	});
});
