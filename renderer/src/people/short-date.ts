const SHORT = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "Nov 29, 2026": table cells in the People screen are narrow. */
export function shortDate(iso: string): string {
  return SHORT.format(new Date(iso));
}
