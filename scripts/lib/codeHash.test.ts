import { describe, expect, it } from 'vitest';
import { codeHash } from './codeHash';

describe('codeHash', () => {
	it('is stable for the same code and environment', () => {
		expect(codeHash(['scripts/build-single.ts'], {})).toBe(codeHash(['scripts/build-single.ts'], {}));
	});
	it('changes with the files it covers and with the PUBLIC_ environment, not with other variables', () => {
		const base = codeHash(['scripts/build-single.ts'], {});
		expect(codeHash(['scripts/build-single.ts', 'scripts/single'], {})).not.toBe(base);
		expect(codeHash(['scripts/build-single.ts'], { PUBLIC_LOCALE: 'fr-FR' })).not.toBe(base);
		expect(codeHash(['scripts/build-single.ts'], { SEEDS_DIR: '/elsewhere' })).toBe(base);
	});
	it('changes with NODE_ENV: a development build is never reused for a production one', () => {
		const base = codeHash(['scripts/build-single.ts'], {});
		expect(codeHash(['scripts/build-single.ts'], { NODE_ENV: 'test' })).not.toBe(base);
		expect(codeHash(['scripts/build-single.ts'], { NODE_ENV: 'test' })).not.toBe(codeHash(['scripts/build-single.ts'], { NODE_ENV: 'production' }));
	});
});
