import { createI18n, type ComponentsJSON } from '@nanostores/i18n';
import { atom, computed } from 'nanostores';

/** The locale every element formats with: from `<tc-portal locale>`, else the page's `lang`, else English. */
export const $locale = atom<string>((typeof document !== 'undefined' && document.documentElement.lang) || 'en');

/** Translations are per language: `ro-RO` and `ro` share one file. */
const $language = computed($locale, (locale) => locale.toLowerCase().split('-')[0] ?? 'en');

// Shipped translations load on demand; English is written in the elements themselves.
const shipped: Record<string, () => Promise<ComponentsJSON>> = {
  ro: () => import('./ro/index.js').then((module) => module.ro),
};

export const i18n = createI18n($language, {
  baseLocale: 'en',
  get: async (language) => (await shipped[language]?.()) ?? {},
});
