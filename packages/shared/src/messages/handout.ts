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
};
