import { describe, expect, it } from 'vitest';
import { earlyTags, embedTag, EMBED_ID, jsonForScript, readEmbedded } from './embed';

const hostile = {
	title: '</script><script>alert(1)</script>',
	body: 'a <!-- b --> c & d > e',
	seps: 'line\u2028para\u2029end',
	nested: [{ x: '<SCRIPT>' }]
};

describe('jsonForScript', () => {
	it('leaves no character that could end the element or start markup', () => {
		const text = jsonForScript(hostile);
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
	});
	it('is still JSON for the same value', () => {
		expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
	});
});

describe('embedTag and readEmbedded', () => {
	it('round-trip the value through the tag text', () => {
		const tag = embedTag(hostile);
		// exactly one closing tag: the block's own
		expect(tag.match(/<\/script>/gi)).toHaveLength(1);
		const text = tag.slice(tag.indexOf('>') + 1, tag.lastIndexOf('</script>'));
		const doc = { getElementById: (id: string) => (id === EMBED_ID ? ({ textContent: text } as HTMLElement) : null) };
		expect(readEmbedded(doc)).toEqual(hostile);
	});
	it('names the missing block instead of failing obscurely', () => {
		expect(() => readEmbedded({ getElementById: () => null })).toThrow(/no #newsline-data data block/);
	});
});

describe('earlyTags', () => {
	it('asks for each shard once, as the client will fetch it', () => {
		const html = earlyTags(['talks-0', 'articles-12']);
		expect(html.match(/<link /g)).toHaveLength(2);
		expect(html).toContain('href="data/m/talks-0.json"');
		expect(html).toContain('href="data/m/articles-12.json"');
		for (const tag of html.split('><')) expect(tag).toMatch(/rel="preload" as="fetch" crossorigin="anonymous"/);
	});
	it('refuses anything that is not a shard key', () => {
		expect(() => earlyTags(['talks-0"><script>alert(1)</script>'])).toThrow(/shard key/);
		expect(() => earlyTags(['../secrets'])).toThrow(/shard key/);
	});
	it('writes nothing for no shards', () => {
		expect(earlyTags([])).toBe('');
	});
});
