// UI texts of the web app (filled in by the web app's features).
export const ui = {} as const;
