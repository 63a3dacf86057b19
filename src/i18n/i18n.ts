import { createI18n, translationsLoading, type ComponentsJSON, type Messages, type Translations, type TranslationsJSON } from '@nanostores/i18n';
import { atom, computed, type ReadableAtom } from 'nanostores';

/** The locale every element formats with: from `<tc-portal locale>`, else the page's `lang`, else English. */
export const $locale = atom<string>((typeof document !== 'undefined' && document.documentElement.lang) || 'en');

/** Translations are per language: `ro-RO` and `ro` share one file. */
export const languageOf = (locale: string) => locale.toLowerCase().split('-')[0] || 'en';
const $language = computed($locale, languageOf);

/** Wording a host page supplied at run time, per language and component; it wins over what we ship. */
const $hostTranslations = atom<Record<string, ComponentsJSON>>({});

// Shipped translations load on demand; English is written in the elements themselves.
const shipped: Record<string, () => Promise<ComponentsJSON>> = {
  ro: () => import('./ro/index.js').then((module) => module.ro),
};

const define = createI18n($language, {
  baseLocale: 'en',
  // Answer for every requested component, even untranslated ones: the library waits for each
  // before it re-renders, and an unanswered one would leave the previous language on screen.
  get: async (language, components) => {
    const translations = (await shipped[language]?.()) ?? {};
    return Object.fromEntries(components.map((component) => [component, translations[component] ?? {}]));
  },
});

/** The English messages of every component defined so far, by component name (for checks and tooling). */
export const baseMessages = new Map<string, Translations>();

type Transformed = { input: unknown; transform: (locale: string, input: unknown, args: unknown[]) => unknown };
const isTransformed = (value: unknown): value is Transformed =>
  typeof value === 'object' && value !== null && 'transform' in value;

/**
 * Declares a component's messages with their English wording. The store holds the messages in the
 * current language: the shipped translation (loaded by @nanostores/i18n on demand), with any
 * wording the host supplied through {@link addTranslations} on top: by default under the same
 * component name, or under `hostComponent` for messages split out of a component the host knows.
 */
export function i18n<Body extends Translations>(component: string, base: Body, hostComponent = component): Messages<Body> {
  baseMessages.set(component, base);
  const translated = define(component, base);
  const withHost = computed([translated, $language, $hostTranslations], (messages, language, host) => {
    const overrides = host[language]?.[hostComponent];
    if (!overrides) return messages;
    const result: Record<string, unknown> = { ...messages };
    for (const [key, wording] of Object.entries(overrides)) {
      const original: unknown = base[key];
      if (original === undefined) continue;
      // Messages with parameters (params(), count()) keep their transform and take the host's wording as input.
      result[key] = isTransformed(original)
        ? (...args: unknown[]) => original.transform(language, wording, args)
        : wording;
    }
    return result as Body;
  });
  return Object.assign(withHost as ReadableAtom<Body>, { i18n: define });
}

/**
 * Supplies translations, or changes the wording of any message, at run time. Elements already on
 * the page re-render. `locale` may be a language (`de`) or a locale (`de-AT`: the language is used);
 * `components` is keyed by component (`login`, `catalogue`, …) then message key, as the shipped
 * translations in `src/i18n/ro/` are.
 *
 * ```js
 * addTranslations('en', { login: { submit: 'Log in' } });
 * addTranslations('de', { login: { title: 'Anmelden', … }, catalogue: { … } });
 * ```
 */
export function addTranslations(locale: string, components: ComponentsJSON): void {
  const language = languageOf(locale);
  const current = $hostTranslations.get();
  const merged: Record<string, TranslationsJSON> = { ...current[language] };
  for (const [component, messages] of Object.entries(components)) {
    merged[component] = { ...merged[component], ...messages };
  }
  $hostTranslations.set({ ...current, [language]: merged });
}

/** Resolves once the translations of the current language have loaded (none load for English). */
export const translationsReady = (): Promise<void> => translationsLoading(define);
