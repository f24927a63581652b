// Serves the built site (dist/) on 127.0.0.1, the way a static host would: directory URLs map to
// index.html, unknown paths get 404.html with status 404, and the security headers from
// public/_headers are sent. No dependencies, so it runs anywhere the pinned Node runs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Headers for every response, parsed from the `/*` block of dist/_headers (Netlify/Cloudflare format). */
async function globalHeaders() {
	try {
		const text = await readFile(join(root, '_headers'), 'utf8');
		const headers = {};
		let inGlobal = false;
		for (const line of text.split('\n')) {
			if (!line.trim() || line.trim().startsWith('#')) continue;
			if (!/^\s/.test(line)) {
				inGlobal = line.trim() === '/*';
				continue;
			}
			if (!inGlobal) continue;
			const i = line.indexOf(':');
			headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
		}
		return headers;
	} catch {
		return {};
	}
}

async function resolveFile(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, clean);
	if (!candidate.startsWith(root)) return null;
	try {
		const info = await stat(candidate);
		if (info.isDirectory()) {
			const index = join(candidate, 'index.html');
			await stat(index);
			return index;
		}
		return candidate;
	} catch {
		return null;
	}
}

const headers = await globalHeaders();

const compressible = (type) => /^(text\/|application\/(json|xml|atom\+xml|wasm)|image\/svg)/.test(type);
function preferredEncoding(accept = '') {
	if (/\bbr\b/.test(accept)) return 'br';
	if (/\bgzip\b/.test(accept)) return 'gzip';
	return undefined;
}
/** Each version of a file is compressed once (brotli at ngx_brotli's default level). */
const cache = new Map();
function compressed(version, body, encoding) {
	const key = `${encoding}:${version}`;
	if (!cache.has(key))
		cache.set(
			key,
			encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6 } }) : gzipSync(body, { level: 6 })
		);
	return cache.get(key);
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', `http://${host}`);
	let file = await resolveFile(url.pathname);
	// Directory URL without its trailing slash: redirect like static hosts do.
	if (file?.endsWith('index.html') && !url.pathname.endsWith('/')) {
		res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` });
		res.end();
		return;
	}
	let status = 200;
	if (!file) {
		status = 404;
		file = join(root, '404.html');
	}
	try {
		let body = await readFile(file);
		// The change feeds are Atom; every other .xml (RSS, sitemap) is plain XML.
		const type = file.endsWith('changes.xml')
			? 'application/atom+xml; charset=utf-8'
			: (TYPES[extname(file)] ?? 'application/octet-stream');
		const extra = { 'Content-Type': type, Vary: 'Accept-Encoding' };
		// Text is sent compressed, as by any real host (see deploy/nginx.conf).
		const encoding = compressible(type) ? preferredEncoding(req.headers['accept-encoding']) : undefined;
		if (encoding) {
			body = compressed(`${file}@${(await stat(file)).mtimeMs}`, body, encoding);
			extra['Content-Encoding'] = encoding;
		}
		res.writeHead(status, { ...headers, ...extra });
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Not found');
	}
});

server.listen(port, host, () => {
	console.log(`Shenzhen Gateway is being served from ${root}`);
	console.log(`Open http://${host}:${port}/ (press Ctrl+C to stop)`);
});
