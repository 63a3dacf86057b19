// The invitation page: once the password is set, the one-time token leaves the address bar, so a
// reload or a shared screenshot does not carry it.
document.addEventListener('tc-invitation-accept', () => {
  const url = new URL(location.href);
  url.searchParams.delete('token');
  history.replaceState(null, '', url);
});
