// Renders every `tc-` element the embed knows (except the portal and the login, already on the
// page): its autoloader's list, which check-budgets holds to every element in src/elements.
import * as sdk from '/tradecounter.js';

const tags = sdk.tags.filter((tag) => tag !== 'tc-portal' && tag !== 'tc-login').sort();
const main = document.querySelector('#elements');
for (const tag of tags) main.append(document.createElement(tag));
await Promise.all(tags.map((tag) => sdk.load(tag)));
document.documentElement.dataset.tags = tags.join(' ');
