import { params } from '@nanostores/i18n';
import type { ErrorCode, FieldIssue } from '../../contract/errors.js';
import { ApiError, NetworkError, TcError } from '../client/errors.js';
import { baseMessages, i18n, languageOf } from './i18n.js';

/** The wording of each `error.code` of the contract: the type makes sure none is missing. */
const answerWording = {
  validation_failed: 'Please check what you entered.',
  unauthenticated: 'Your session has ended. Please sign in again.',
  invalid_credentials: 'The e-mail or the password is not right.',
  forbidden: 'Your account has no access to this. Ask your supplier for access.',
  not_found: 'This item was not found. It may have been removed.',
  conflict: 'Something changed in the meantime. Check and try again.',
  limit_exceeded: 'This goes over a limit of your account.',
  rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
  unavailable: 'The service is briefly unavailable. Please try again.',
  internal: 'Something went wrong on our side. Please try again.',
} satisfies Record<ErrorCode, string>;

/**
 * The wording of every error an element shows, keyed by the contract's codes: the `error.code` of
 * an answer (`not_found`, `conflict`, …), the `details.kind` of a refusal that names one
 * (`cart_empty`, …), the client's own failures (`offline`, `timeout`, `malformed`, `unexpected`)
 * and, prefixed `field_`, the `fieldIssues` codes of a refused field. A host translates or rewords
 * them as any other component: `addTranslations('de', { errors: { not_found: '…' } })`.
 */
export const errorMessages = i18n('errors', {
  ...answerWording,
  // The answer's `details.kind`, where it is more telling than the code.
  cart_empty: 'Your cart is empty.',
  idempotency_key_reused: 'This order was already sent with other contents. Review the cart and place it again.',
  // The client's own failures.
  offline: 'The server could not be reached. Check your connection.',
  timeout: 'The server took too long to answer. Please try again.',
  unsaved: 'Your changes are not saved yet: the server cannot be reached.',
  malformed: 'The server sent an answer that could not be read.',
  unexpected: 'Something went wrong. Please try again.',
  retry: 'Try again',
  // A refused field's `fieldIssues` code.
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
});

export type ErrorMessages = ReturnType<typeof errorMessages.get>;

type Plain = Exclude<keyof ErrorMessages, `field_${string}`>;

/**
 * What an element shows for an error, in the current language. The server writes its sentences in
 * English, so in English they are shown as sent unless the host reworded the code; in any other
 * language the code's translation is shown, and the server's sentence only for a code we do not know.
 * An error that refuses one field is worded by that field's reason, unless `fieldsShownApart` (a form
 * that shows each field's reason beside it).
 */
export function errorText(t: ErrorMessages, error: unknown, locale: string, { fieldsShownApart = false } = {}): string {
  if (error instanceof NetworkError) return t[error.reason];
  if (!(error instanceof TcError)) return t.unexpected;
  if (!(error instanceof ApiError)) return error.message || t.unexpected;
  if (error.code === 'malformed') return t.malformed;
  const kind = typeof error.details?.kind === 'string' && worded(t, error.details.kind) ? error.details.kind : undefined;
  const key = kind ?? (worded(t, error.code) ? error.code : undefined);
  if (!key) return error.message;
  if (languageOf(locale) === 'en' && !reworded(t, key)) return error.message;
  // One refused field says more than the general code ("Only 5 pcs in stock." rather than "Something changed").
  const fields = Object.keys(error.fieldIssues);
  if (fields.length === 1 && !kind && !fieldsShownApart) return fieldErrorText(t, error, fields[0]!, locale) ?? t[key];
  return t[key];
}

/** Why one field was refused, in the current language; undefined when the error does not name it. */
export function fieldErrorText(t: ErrorMessages, error: unknown, field: string, locale: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const english = error.fields[field];
  const issue = error.fieldIssues[field];
  if (languageOf(locale) === 'en' && english) return english;
  return (issue && fieldIssueText(t, issue)) ?? english;
}

/** The wording of one field issue, with its figures filled in; undefined for a code we do not know. */
export function fieldIssueText(t: ErrorMessages, issue: FieldIssue): string | undefined {
  const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([name, value]) => [name, String(value)]));
  // A shortage names the stock only when the supplier shows figures.
  const key = `field_${issue.code}${issue.code === 'insufficient_stock' && params.stock ? '_count' : ''}`;
  const message = Object.hasOwn(t, key) ? (t as unknown as Record<string, string | ((values: Record<string, string>) => string)>)[key] : undefined;
  return typeof message === 'function' ? message(params) : message;
}

/** Whether a code (or `details.kind`) has a wording of its own; any other shows the server's sentence. */
function worded(t: ErrorMessages, code: string): code is Plain {
  return Object.hasOwn(t, code) && typeof t[code as Plain] === 'string' && !code.startsWith('field_') && code !== 'retry';
}

/** Whether the host supplied its own wording for a code (then it wins over the server's English). */
function reworded(t: ErrorMessages, key: Plain): boolean {
  return t[key] !== baseMessages.get('errors')?.[key];
}
