import { params } from '@nanostores/i18n';
import type { FieldIssue } from '../../contract/errors.js';
import { ApiError } from '../client/errors.js';
import { useFieldWording } from './errors.js';
import { i18n, languageOf } from './i18n.js';

/**
 * Why a field was refused, keyed `field_` + the contract's `fieldIssues` code. Only elements that
 * can show a refused field import this module (it registers itself with `./errors.ts`), so one
 * that never does, such as `<tc-announcements>`, does not carry the wording. For the host these
 * keys stay in the `errors` component: `addTranslations('de', { errors: { field_required: '…' } })`.
 */
export const fieldErrorMessages = i18n(
  'fieldErrors',
  {
    field_required: 'Required.',
    field_invalid: 'This value is not valid.',
    field_invalid_format: 'This is not in the expected format.',
    field_invalid_choice: 'Choose one of the options offered.',
    field_too_short: params<{ min: string }>('Too short: at least {min}.'),
    field_too_long: params<{ max: string }>('Too long: at most {max}.'),
    field_too_small: params<{ min: string }>('Enter at least {min}.'),
    field_too_big: params<{ max: string }>('Enter at most {max}.'),
    field_not_allowed_character: 'Contains a character that is not allowed.',
    field_below_minimum: params<{ min: string }>('The minimum is {min}.'),
    field_not_multiple: params<{ multiple: string }>('Order in multiples of {multiple}.'),
    field_out_of_stock: 'Out of stock.',
    field_insufficient_stock: 'Not enough in stock.',
    field_insufficient_stock_count: params<{ stock: string; unit: string }>('Only {stock} {unit} in stock.'),
    field_not_found: 'No such item.',
    field_already_used: 'Already used.',
    field_over_amount_due: 'More than what is due.',
    field_unavailable: 'No longer available to your account.',
  },
  'errors',
);

export type FieldErrorMessages = ReturnType<typeof fieldErrorMessages.get>;

/** Why one field was refused, in the current language; undefined when the error does not name it. */
export function fieldErrorText(t: FieldErrorMessages, error: unknown, field: string, locale: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const english = error.fields[field];
  const issue = error.fieldIssues[field];
  if (languageOf(locale) === 'en' && english) return english;
  return (issue && fieldIssueText(t, issue)) ?? english;
}

/** The wording of one field issue, with its figures filled in; undefined for a code we do not know. */
export function fieldIssueText(t: FieldErrorMessages, issue: FieldIssue): string | undefined {
  const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([name, value]) => [name, String(value)]));
  // A shortage names the stock only when the supplier shows figures.
  const key = `field_${issue.code}${issue.code === 'insufficient_stock' && params.stock ? '_count' : ''}`;
  const message = Object.hasOwn(t, key) ? (t as unknown as Record<string, string | ((values: Record<string, string>) => string)>)[key] : undefined;
  return typeof message === 'function' ? message(params) : message;
}

useFieldWording({ store: fieldErrorMessages, fieldText: fieldErrorText, issueText: fieldIssueText });
