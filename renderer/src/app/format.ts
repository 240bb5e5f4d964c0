import { activeLocale, translate } from '../i18n/translate';

/** Shortens long paths in the middle: the end of a path (the folder itself) says the most. */
export function truncateMiddle(text: string, max = 48): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.floor(keep * 0.4);
  const tail = keep - head;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

export function folderName(path: string): string {
  return path.split(/[\\/]+/).filter(Boolean).at(-1) ?? path;
}

// Dates and numbers follow the interface language (not the system's locale): a Korean screen
// says 2026년 11월 29일 even on an English system.

export function formatDate(iso: string | null): string {
  if (!iso) return translate('common.unknown');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return translate('common.unknown');
  return new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'long' }).format(date);
}

/** "Nov 29, 2026, 14:05" / "2026. 11. 29. 오후 2:05": a moment in a table or a log. */
export function formatDateTime(iso: string, precision: 'short' | 'medium' = 'short'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return translate('common.unknown');
  return new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: precision }).format(date);
}

/** "Nov 29, 2026" / "2026. 11. 29.": narrow table cells. */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return translate('common.unknown');
  return new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(activeLocale()).format(Math.round(value));
}
