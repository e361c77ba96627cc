/** A protocol date (`2025-03-07`) in the person's language: "March 7, 2025", "7 de marzo de 2025". */
export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
