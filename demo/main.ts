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

// The orders page keeps the open order in the address, so it can be bookmarked and the back button works.
const orderList = document.querySelector('tc-order-list');
if (orderList) {
  const follow = () => {
    const id = new URL(location.href).searchParams.get('order');
    if (id) orderList.setAttribute('order-id', id);
    else orderList.removeAttribute('order-id');
  };
  follow();
  window.addEventListener('popstate', follow);
  orderList.addEventListener('tc-order-select', (event) => {
    const { orderId } = (event as CustomEvent<{ orderId?: number }>).detail;
    const url = new URL(location.href);
    if (orderId) url.searchParams.set('order', String(orderId));
    else url.searchParams.delete('order');
    history.pushState(null, '', url);
  });
}
