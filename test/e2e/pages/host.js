// The host page's own script: greets the buyer when the SDK says someone signed in.
document.addEventListener('tc-sign-in', (event) => {
  document.querySelector('#welcome').textContent = `Welcome, ${event.detail.session.contact.name}`;
});
