import { indefiniteForm } from '../../../common/attribution/label-forms';
import type { Source } from '../../../common/domain/source';
import { formatDateTime, formatNumber } from '../app/format';
import { translate } from '../i18n/translate';
import { formatSaidOn as formatSaidOnIn } from '../library/said-on';

// Small text helpers for the editor's panels and popovers.

/** "5 May 2018", "May 2018", "2018", or "No date" (2018년 5월 5일 in Korean). */
export function formatSaidOn(saidOn: string | null): string {
  return formatSaidOnIn(saidOn, 'saidOn.noDate');
}

/** The label as a story first mentions the source: "a source based in China". */
export function sourceLabel(source: Source | undefined): string {
  if (!source) return translate('editor.deletedSource');
  return source.label.noun.trim() ? indefiniteForm(source.label) : translate('library.noLabel');
}

export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export function formatUpdated(iso: string): string {
  return formatDateTime(iso);
}
