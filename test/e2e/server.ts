// The host pages' web server for the end-to-end tests: static files under a strict
// Content-Security-Policy on every page, and an endpoint that collects violation reports.
import { createServer, type IncomingMessage } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** No inline script or style, no eval; only this origin and the API's. */
export function strictPolicy(api: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${api}`,
    `connect-src 'self' ${api}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    'report-uri /csp-report',
  ].join('; ');
}

export interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample?: string;
}

async function body(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

/**
 * Serves `roots` (URL prefix → folder). HTML pages get `%TC_API%` replaced by the back end's URL.
 * The embed's folder (`embedDir`: tradecounter.js, tradecounter.bundle.js, chunks/) is served at
 * `/` and again under `/copy/`, so a page can load two copies of the SDK.
 */
export async function startSite(options: { port: number; api: string; roots: Record<string, string>; embedDir: string }) {
  const violations: Violation[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (request.method === 'POST' && url.pathname === '/csp-report') {
      // report-uri sends {"csp-report": {…}}; the Reporting API (report-to) sends [{type, body}].
      const payload = JSON.parse((await body(request)) || 'null');
      for (const report of Array.isArray(payload) ? payload.map((item) => item.body) : [payload?.['csp-report']]) {
        if (!report) continue;
        violations.push({
          page: report['document-uri'] ?? report.documentURL,
          directive: report['violated-directive'] ?? report.effectiveDirective,
          blocked: report['blocked-uri'] ?? report.blockedURL,
          sample: report['script-sample'] ?? report.sample,
        });
      }
      response.writeHead(204).end();
      return;
    }
    if (request.method === 'GET' && url.pathname === '/csp-reports') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(violations));
      return;
    }
    const inEmbed = url.pathname.replace(/^\/copy\//, '/');
    const file =
      inEmbed === '/tradecounter.js' || inEmbed === '/tradecounter.bundle.js' || /^\/chunks\/[\w.-]+\.js$/.test(inEmbed)
        ? join(options.embedDir, inEmbed)
        : Object.entries(options.roots)
            .filter(([prefix]) => url.pathname.startsWith(prefix))
            .map(([prefix, folder]) => join(folder, normalize(url.pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '')))
            .map((path) => (existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path))
            .find((path) => existsSync(path));
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    let content: string | Buffer = readFileSync(file);
    if (type.startsWith('text/html')) content = content.toString('utf8').replaceAll('%TC_API%', options.api);
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'content-security-policy': strictPolicy(options.api),
    });
    response.end(content);
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${options.port}`,
    violations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
