import { describe, expect, it } from 'vitest';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { buildReaderBlocks } from './reader';

describe('buildReaderBlocks', () => {
	it('highlights every dated expression in its block', () => {
		const blocks = buildReaderBlocks(SEED_FIXTURE.articles[0]!);
		expect(blocks).toHaveLength(6);
		const hits = blocks.flatMap((b) => b.segments.filter((s) => s.hit).map((s) => [b.block, s.text, s.hit!.event]));
		expect(hits).toEqual([
			[3, 'February 2022', 'e-invasion'],
			[4, 'Sunday', 'e-resume'],
			[5, 'Tuesday', 'e-interview']
		]);
	});
});
