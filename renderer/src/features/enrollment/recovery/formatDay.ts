/** A moment (ISO-8601) as a day in the person's language: "March 7, 2025", "7 de marzo de 2025". */
export function formatDay(isoTime: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(isoTime));
}
