// Danish messages the API sends to users. Keys are stable; the web app shows the text as it comes.
export const errorMessages = {
  unauthenticated: 'Du skal logge ind for at se dette.',
  forbidden: 'Du har ikke adgang til dette.',
  badCredentials: 'Forkert e-mail eller adgangskode.',
  rateLimited: 'For mange forkerte forsøg. Vent lidt, og prøv igen.',
  demoOnly: 'Demo-login findes kun i demotilstand.',
  notFound: 'Det findes ikke (længere).',
  conflict: 'Oplysningerne er blevet ændret af en anden. Hent siden igen.',
  invalidInput: 'Oplysningerne er ikke gyldige.',
  internal: 'Der skete en fejl på serveren. Prøv igen om lidt.',
} as const;

export type ErrorMessageKey = keyof typeof errorMessages;
