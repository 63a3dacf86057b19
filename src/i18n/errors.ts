import type { ReadableAtom } from 'nanostores';
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
 * (`cart_empty`, …) and the client's own failures (`offline`, `timeout`, `malformed`, `unexpected`).
 * A host translates or rewords them as any other component: `addTranslations('de', { errors: { not_found: '…' } })`.
 * The wording of a refused field (`field_…` keys, same component for the host) is in `./field-errors.ts`.
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
});

export type ErrorMessages = ReturnType<typeof errorMessages.get>;

type Plain = keyof ErrorMessages;

/**
 * The wording of refused fields, set by `./field-errors.ts` once an element that can show one is
 * loaded: kept apart so an element that never shows a field error does not carry it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each element passes back the store's own value
export let fieldWording: FieldWording<any> | undefined;

/** The field messages `T` and the functions that word a refused field with them (see `./field-errors.ts`). */
export interface FieldWording<T = never> {
  /** The field messages, for elements to subscribe to (a language change re-renders them). */
  store: ReadableAtom<T>;
  /** Why one field was refused, in the current language; undefined when the error does not name it. */
  fieldText(t: T, error: unknown, field: string, locale: string): string | undefined;
  /** The wording of one field issue, with its figures filled in; undefined for a code we do not know. */
  issueText(t: T, issue: FieldIssue): string | undefined;
}

export function useFieldWording<T>(wording: FieldWording<T>): void {
  fieldWording = wording;
}

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
  if (fields.length === 1 && !kind && !fieldsShownApart) return (fieldWording && fieldWording.fieldText(fieldWording.store.get(), error, fields[0]!, locale)) ?? t[key];
  return t[key];
}

/** Whether a code (or `details.kind`) has a wording of its own; any other shows the server's sentence. */
function worded(t: ErrorMessages, code: string): code is Plain {
  return Object.hasOwn(t, code) && typeof t[code as Plain] === 'string' && code !== 'retry';
}

/** Whether the host supplied its own wording for a code (then it wins over the server's English). */
function reworded(t: ErrorMessages, key: Plain): boolean {
  return t[key] !== baseMessages.get('errors')?.[key];
}
