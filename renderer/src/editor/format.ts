import { indefiniteForm } from '../../../common/attribution/label-forms';
import type { Source } from '../../../common/domain/source';

// Small text helpers for the editor's panels and popovers.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 May 2018", "May 2018", "2018", or "No date". */
export function formatSaidOn(saidOn: string | null): string {
  if (!saidOn) return 'No date';
  const [year, month, day] = saidOn.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? saidOn;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The label as a story first mentions the source: "a source based in China". */
export function sourceLabel(source: Source | undefined): string {
  if (!source) return 'a deleted source';
  return source.label.noun.trim() ? indefiniteForm(source.label) : 'a source with no label';
}

export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

export function formatUpdated(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Unknown';
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
