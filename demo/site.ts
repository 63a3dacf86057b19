// The demo site's header (demo/partials/header.html): the language the buyer picked, kept across
// pages (or given as ?lang=ro). The tags follow <tc-portal locale>; the site's own text stays
// English, as a supplier's site in one language with a multilingual portal would.
const key = 'ferrum-demo-locale';
const picker = document.querySelector<HTMLSelectElement>('#site-language');

function apply(locale: string) {
  for (const portal of document.querySelectorAll('tc-portal')) portal.setAttribute('locale', locale);
  // The page stays English; each tag says it speaks the buyer's language, for screen readers.
  for (const tag of document.querySelectorAll('*')) if (tag.localName.startsWith('tc-')) tag.setAttribute('lang', locale);
  if (picker) picker.value = locale;
}

apply(new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(key) ?? 'en');
picker?.addEventListener('change', () => {
  localStorage.setItem(key, picker.value);
  apply(picker.value);
});
