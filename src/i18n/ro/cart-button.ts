/** Romanian for <tc-cart-button>. */
export const cartButton = {
    label: 'Coș',
    lines: { one: '{count} linie', few: '{count} linii', other: '{count} de linii' },
    withoutVat: 'fără TVA',
    withVat: 'cu TVA',
    loading: 'se încarcă',
    updating: 'se actualizează',
    announce: 'Coș actualizat: {lines}, {total}.',
    failed: 'Coșul nu a putut fi încărcat.',
    retry: 'Încearcă din nou',
  };
