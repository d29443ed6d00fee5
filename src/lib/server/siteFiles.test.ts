import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { buildSearchIndex } from '../search/buildSearchIndex';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { buildShards } from '../timeline/shards';
import { siteFiles, writeSiteFiles } from './siteFiles';

test('the one-pass writer writes exactly the shards and search files the routes served, as compact JSON', () => {
	const dir = mkdtempSync(join(tmpdir(), 'site-files-'));
	try {
		const expected = new Map<string, string>();
		for (const [path, value] of buildShards(SEED_FIXTURE)) expected.set(`data/${path}`, JSON.stringify(value));
		for (const [name, value] of buildSearchIndex(SEED_FIXTURE).files) expected.set(`search/${name}`, JSON.stringify(value));
		expect([...siteFiles(SEED_FIXTURE)].map(([p]) => p)).toEqual([...expected.keys()]);
		// a stale file from an earlier build is removed
		writeSiteFiles({ ...SEED_FIXTURE, events: [] }, dir);
		expect(writeSiteFiles(SEED_FIXTURE, dir)).toBe(expected.size);
		const written = new Map<string, string>();
		for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
			if (e.isFile()) written.set(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), readFileSync(join(e.parentPath, e.name), 'utf8'));
		expect(new Map([...written].sort())).toEqual(new Map([...expected].sort()));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
