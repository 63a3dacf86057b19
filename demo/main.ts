// The demo site's script: what a web developer adds to a page to embed Tradecounter.
import '../src/index.js';

// Show the host page reacting to the SDK's events.
document.addEventListener('tc-sign-in', (event) => {
  const { session } = (event as CustomEvent).detail;
  document.querySelector('#welcome')!.textContent = `Welcome back, ${session.contact.name}.`;
});
document.addEventListener('tc-sign-out', () => {
  document.querySelector('#welcome')!.textContent = '';
});
