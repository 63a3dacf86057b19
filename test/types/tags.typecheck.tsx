// Compiled by `npm run typecheck`: the React typings of the tags accept what they should and
// reject what they should not (each @ts-expect-error fails the check when the typing is too loose).
import type {} from '../../src/types/jsx.d.ts';
import type {} from '../../src/types/vue.d.ts';
import type { GlobalComponents } from 'vue';

export const catalogue = (
  <tc-catalogue
    pageSize={12}
    columns={3}
    ontc-error={(event) => console.error(event.detail.error.message)}
  />
);
export const login = <tc-login ontc-sign-in={(event) => console.log(event.detail.session.contact.name)} />;
export const welcome = (
  <tc-accept-invitation tokenParam="invite" ontc-invitation-accept={(event) => console.log(event.detail.session.customer.name)} />
);
export const portal = <tc-portal api="https://api.example" locale="ro-RO" storage="memory" />;

// @ts-expect-error pageSize is a number
export const wrongType = <tc-catalogue pageSize="12" />;
// @ts-expect-error the event's detail is typed
export const wrongDetail = <tc-login ontc-sign-in={(event) => event.detail.nothing} />;
// @ts-expect-error no such tag
export const unknownTag = <tc-nothing />;

// Vue's templates check against the same components.
export type VueCatalogue = GlobalComponents['tc-catalogue'];
