import { formatShortDate } from '../app/format';

/** "Nov 29, 2026": table cells in the People screen are narrow. In the interface language. */
export function shortDate(iso: string): string {
  return formatShortDate(iso);
}
