/**
 * A tiny static file server for the built site, like any static host:
 * `tsx scripts/serve.ts [build] [--port 4173] [--base /sub/path/]` (`npm run preview`; the folder defaults
 * to `BUILD_DIR`, else build/).
 * With `--base`, the site answers only under that prefix, as on GitHub Pages under a repository
 * name, and `/sub/path` redirects to `/sub/path/` as such hosts do.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.gz': 'application/gzip'
};

function parseArgs(argv: string[]) {
	let root = process.env.BUILD_DIR ?? 'build';
	let port = Number(process.env.PORT ?? 4173);
	let base = '/';
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--port') port = Number(argv[++i]);
		else if (arg === '--base') base = argv[++i] ?? '/';
		else root = arg;
	}
	if (!base.startsWith('/')) base = `/${base}`;
	if (!base.endsWith('/')) base = `${base}/`;
	return { root: resolve(root), port, base };
}

const { root, port, base } = parseArgs(process.argv.slice(2));

async function findFile(path: string): Promise<string | null> {
	const file = normalize(join(root, path));
	if (file !== root && !file.startsWith(root + sep)) return null;
	try {
		const info = await stat(file);
		if (info.isFile()) return file;
		if (info.isDirectory()) {
			const index = join(file, 'index.html');
			if ((await stat(index).catch(() => null))?.isFile()) return index;
		}
	} catch {
		// fall through: try the .html twin below
	}
	const html = `${file}.html`;
	return (await stat(html).catch(() => null))?.isFile() ? html : null;
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const pathname = decodeURIComponent(url.pathname);
	if (`${pathname}/` === base) {
		res.writeHead(301, { location: base + url.search });
		res.end();
		return;
	}
	if (!pathname.startsWith(base)) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const rel = pathname.slice(base.length);
	const file = await findFile(rel);
	if (!file) {
		if (!rel.endsWith('/') && (await findFile(`${rel}/`))) {
			res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const body = await readFile(file);
	res.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	res.end(body);
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
