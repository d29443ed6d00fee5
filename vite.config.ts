import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// `import.meta.env.PUBLIC_LOCALE` (read by src/lib/i18n.ts) must reach the client and the
	// prerendered pages alike; SvelteKit's own `$env` modules would not reach the one-file export
	envPrefix: ['VITE_', 'PUBLIC_'],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
