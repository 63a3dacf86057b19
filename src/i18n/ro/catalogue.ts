/** Romanian for <tc-catalogue>. */
export const catalogue = {
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
    unexpected: 'Produsele nu au putut fi încărcate.',
    notConfigured: 'Catalogul nu este configurat: lipsește adresa serverului.',
  };
