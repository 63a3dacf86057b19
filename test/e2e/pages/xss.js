// Renders every `tc-` element the SDK exports (except the portal and the login, already on the page).
import * as sdk from '/tradecounter.js';

const tags = Object.values(sdk)
  .flatMap((value) => (typeof value === 'function' ? [customElements.getName(value)] : []))
  .filter((tag) => tag && tag.startsWith('tc-') && tag !== 'tc-portal' && tag !== 'tc-login')
  .sort();
const main = document.querySelector('#elements');
for (const tag of tags) main.append(document.createElement(tag));
document.documentElement.dataset.tags = tags.join(' ');
