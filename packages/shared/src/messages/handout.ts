// Texts of the hand-out to the citizen (issue 12): courses in time, the public address, SMS, languages,
// the Excel round trip.
export const handoutMessages = {
  course: {
    /** Every scheduled course has ended (offerCourses.ts): never "Aktiv" for such an offer. */
    ended: (last: string) => `Næste hold ikke fastlagt (sidste hold sluttede ${last})`,
    endedShort: 'Næste hold ikke fastlagt',
    next: (day: string) => `Næste hold starter ${day}`,
    /** The e-mail's line for an offer whose courses have ended. */
    endedMail: (last: string) =>
      `Næste hold ikke fastlagt (sidste hold sluttede ${last}). Kontakt os for at høre, hvornår der er et nyt hold.`,
  },
  /** The public page's words to the citizen (the offer page's are the worker's). */
  citizen: {
    howToGetIn: 'Sådan kommer du med',
    eligibility: 'Hvem kan være med',
  },
  /** The e-mail's and text message's link to the offer's public page. */
  publicLink: 'Læs mere om tilbuddet',
  /** The print sheet without a configured public address (SUNDHED_PUBLIC_URL): no QR code. */
  noPublicAddress: 'Der er ikke sat en offentlig adresse op, så arket har ingen QR-kode. Kontakt Sundhedsstaben.',
};
