import type { Hono } from 'hono';

const palette = ['#1f6feb', '#2da44e', '#bf3989', '#d4a72c', '#8250df', '#cf222e', '#0a7e8c', '#6e7781'];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A generated product picture: the demo's stand-in for the supplier's photos. */
export function productSvg(sku: string, view: number): string {
  const hash = [...sku].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const colour = palette[(hash + view) % palette.length]!;
  const shape =
    view % 3 === 0
      ? '<rect x="70" y="60" width="160" height="120" rx="14"/>'
      : view % 3 === 1
        ? '<circle cx="150" cy="120" r="70"/>'
        : '<polygon points="150,45 235,190 65,190"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 240" role="img">
<rect width="300" height="240" fill="${colour}" opacity="0.12"/>
<g fill="${colour}" opacity="0.85">${shape}</g>
<text x="150" y="225" font-family="sans-serif" font-size="18" text-anchor="middle" fill="#24292f">${escapeXml(sku)}</text>
</svg>`;
}

export function mountMedia(app: Hono) {
  app.get('/media/products/:file{[A-Za-z0-9-]+\\.svg}', (context) => {
    const match = /^(.+)-(\d+)\.svg$/.exec(context.req.param('file'));
    if (!match) return context.notFound();
    return context.body(productSvg(match[1]!, Number(match[2])), 200, {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400',
    });
  });
}
