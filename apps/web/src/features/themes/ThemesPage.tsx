export function ThemesPage() { return null; }
