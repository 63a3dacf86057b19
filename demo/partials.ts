// The demo site's shared head, header and footer (demo/partials/*.html): a page says where each
// goes with one marker line (`<!-- partial:head -->`, `<!-- partial:header -->`,
// `<!-- partial:footer -->`) and this Vite plugin puts it there, marking the navigation link of the
// page being served with aria-current="page".
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const partial = (name: string) => readFileSync(new URL(`partials/${name}.html`, import.meta.url), 'utf8').trim();

/** `/`, `/index.html` and `/cart.html?x` name the pages `/` and `/cart.html`. */
const pageOf = (path: string) => {
  const bare = path.split(/[?#]/)[0] ?? '/';
  return bare.endsWith('/index.html') ? bare.slice(0, -'index.html'.length) : bare;
};

/** Fills the partial markers of a page; `path` is the page's URL path. */
export function fillPartials(page: string, path: string): string {
  const here = pageOf(path);
  return page.replace(/^([ \t]*)<!--\s*partial:([\w-]+)\s*-->[ \t]*$/gm, (_marker, indent: string, name: string) => {
    let markup = partial(name);
    if (name === 'header') {
      markup = markup.replace(/<a href="([^"#]+)">/g, (link, href: string) => (pageOf(href) === here ? `<a href="${href}" aria-current="page">` : link));
    }
    return markup.replace(/^/gm, indent);
  });
}

/** The Vite plugin the demo's dev server uses (demo/serve.ts, scripts/screenshots.ts). */
export function sitePartials(): Plugin {
  return {
    name: 'demo-site-partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (page, context) => fillPartials(page, context.path),
    },
  };
}
