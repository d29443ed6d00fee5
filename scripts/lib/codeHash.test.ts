import { describe, expect, it } from 'vitest';
import { codeHash } from './codeHash';

describe('codeHash', () => {
	it('is stable for the same code and environment', () => {
		expect(codeHash(['scripts/build-client.ts'], {})).toBe(codeHash(['scripts/build-client.ts'], {}));
	});
	it('changes with the files it covers and with the PUBLIC_ environment, not with other variables', () => {
		const base = codeHash(['scripts/build-client.ts'], {});
		expect(codeHash(['scripts/build-client.ts', 'scripts/build-single.ts'], {})).not.toBe(base);
		expect(codeHash(['scripts/build-client.ts'], { PUBLIC_LOCALE: 'fr-FR' })).not.toBe(base);
		expect(codeHash(['scripts/build-client.ts'], { SEEDS_DIR: '/elsewhere' })).toBe(base);
	});
	it('changes with NODE_ENV: a development build is never reused for a production one', () => {
		const base = codeHash(['scripts/build-client.ts'], {});
		expect(codeHash(['scripts/build-client.ts'], { NODE_ENV: 'test' })).not.toBe(base);
		expect(codeHash(['scripts/build-client.ts'], { NODE_ENV: 'test' })).not.toBe(codeHash(['scripts/build-client.ts'], { NODE_ENV: 'production' }));
	});
});
