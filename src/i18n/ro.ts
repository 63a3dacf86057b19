import type { ComponentsJSON } from '@nanostores/i18n';

/** Romanian. */
export const ro: ComponentsJSON = {
  login: {
    title: 'Autentificare',
    email: 'E-mail',
    password: 'Parolă',
    submit: 'Intră în cont',
    chooseAccount: 'Alege contul',
    continue: 'Continuă',
    back: 'Înapoi',
    signedInAs: 'Conectat ca {name}',
    signOut: 'Ieșire',
    working: 'Se verifică…',
  },
  catalogue: {
    loading: 'Se încarcă produsele…',
    empty: 'Niciun produs nu corespunde căutării.',
    signedOut: 'Autentifică-te pentru a vedea catalogul și prețurile tale.',
    retry: 'Încearcă din nou',
    sku: 'Cod',
    inStock: 'În stoc',
    outOfStock: 'Stoc epuizat',
    quantityInStock: '{quantity} în stoc',
    listPrice: 'Preț de listă',
    perUnit: 'per {unit}',
    results: '{count} produse',
    previous: 'Pagina anterioară',
    next: 'Pagina următoare',
    page: 'Pagina {page} din {pages}',
    notConfigured: 'Catalogul nu este configurat: lipsește adresa serverului.',
  },
};
