/** Romanian for <tc-announcements>. */
export const announcements = {
  label: 'Anunțuri de la furnizor',
  loading: 'Se încarcă anunțurile…',
  promotion: 'Promoție',
  news: 'Noutăți',
  dismiss: 'Închide „{title}”',
  dismissed: '„{title}” a fost închis.',
  dismissFailed: 'Anunțul nu a putut fi închis. Încearcă din nou.',
  unexpected: 'Anunțurile nu au putut fi încărcate.',
  retry: 'Încearcă din nou',
};
