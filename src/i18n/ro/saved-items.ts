/** Romanian for <tc-saved-items>. */
export const savedItems = {
  title: 'Produse salvate',
  loading: 'Se încarcă produsele salvate…',
  empty: 'Nimic salvat încă. Marchează produsele cu steaua din catalog ca să le comanzi din nou cu un clic.',
  signedOut: 'Autentifică-te pentru a vedea produsele salvate.',
  noAccess: 'Contul tău nu are acces la catalog.',
  notConfigured: 'Produsele salvate nu sunt configurate: lipsește adresa serverului.',
  unexpected: 'Produsele salvate nu au putut fi încărcate.',
  retry: 'Încearcă din nou',
};
