import { expect } from '@open-wc/testing';
// Every element the SDK ships, so every i18n component is defined.
import '../../src/index.js';
import { baseMessages } from '../../src/i18n/i18n.js';
import { ro } from '../../src/i18n/ro/index.js';

/** The `{name}` placeholders a message uses, whatever its shape (string, or plural forms). */
function placeholders(message: unknown): string[] {
  const input = typeof message === 'object' && message !== null && 'input' in message ? message.input : message;
  const text = typeof input === 'string' ? input : JSON.stringify(input ?? '');
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

describe('shipped translations', () => {
  it('finds the messages of every element', () => {
    expect([...baseMessages.keys()]).to.include.members(['login', 'catalogue']);
  });

  for (const [language, translations] of Object.entries({ ro })) {
    it(`translate every English message into ${language}, with the same placeholders and no stale keys`, () => {
      const problems: string[] = [];
      for (const [component, english] of baseMessages) {
        const translated = translations[component] as Record<string, unknown> | undefined;
        if (!translated) {
          problems.push(`${component}: no ${language} translation (add src/i18n/${language}/${component}.ts)`);
          continue;
        }
        for (const key of Object.keys(english)) {
          if (!(key in translated)) problems.push(`${component}.${key}: missing`);
          else if (placeholders(english[key]).join() !== placeholders(translated[key]).join()) {
            problems.push(`${component}.${key}: placeholders ${placeholders(translated[key])} instead of ${placeholders(english[key])}`);
          }
        }
        for (const key of Object.keys(translated)) if (!(key in english)) problems.push(`${component}.${key}: not an English message`);
      }
      for (const component of Object.keys(translations)) {
        if (!baseMessages.has(component)) problems.push(`${component}: translated, but no element defines it`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
