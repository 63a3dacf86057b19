/** Romanian for <tc-login>. */
export const login = {
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
    checkingSession: 'Se verifică sesiunea…',
    notConfigured: 'Autentificarea nu este configurată: lipsește adresa serverului.',
    unexpected: 'Ceva nu a mers. Încearcă din nou.',
    retry: 'Încearcă din nou',
  };
