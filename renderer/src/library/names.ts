import { previewLabel } from '../../../common/attribution/label-forms';
import {
  IDENTITY_TERM_KINDS,
  type IdentitySummary,
  type Source,
  type SourceLabel,
} from '../../../common/domain/source';
import { translate } from '../i18n/translate';

/** The label as a story first mentions it: "a source based in China". */
export function firstMention(label: SourceLabel): string {
  return label.noun.trim() === '' ? translate('library.noLabel') : previewLabel(label).first;
}

/** The words of a label without the article, for sorting: "source based in China". */
function sortKey(label: SourceLabel): string {
  return [label.adjective, label.noun, label.qualifier].map((part) => part.trim().toLowerCase()).filter(Boolean).join(' ');
}

export function compareSources(a: Source, b: Source): number {
  return sortKey(a.label).localeCompare(sortKey(b.label)) || a.createdAt.localeCompare(b.createdAt);
}

/**
 * Display names for sources: the first-mention label with the reporter's private nickname
 * ("a source in Seoul · Uncle Park"), else numbered when two sources share a label ("a source
 * in Seoul (2)"), so they can be told apart in lists and menus. Never in anything exported.
 */
export function sourceNames(sources: readonly Source[]): Map<string, string> {
  const byName = new Map<string, Source[]>();
  for (const source of sources) {
    const name = firstMention(source.label);
    byName.set(name, [...(byName.get(name) ?? []), source]);
  }
  const names = new Map<string, string>();
  for (const [name, group] of byName) {
    const ordered = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    ordered.forEach((source, index) => {
      const nickname = source.nickname?.trim();
      names.set(source.id, nickname ? `${name} · ${nickname}` : index === 0 ? name : `${name} (${index + 1})`);
    });
  }
  return names;
}

/** "2 names, 1 phone number": what an identity holds, without saying what. */
export function identitySummaryText(summary: IdentitySummary): string {
  const parts = IDENTITY_TERM_KINDS.flatMap((kind) => {
    const count = summary.counts[kind] ?? 0;
    if (count === 0) return [];
    return [translate(`library.terms.${kind}`, { count })];
  });
  return parts.join(translate('library.terms.separator'));
}

/**
 * English only: "3 sources". Kept for the screens not yet on the catalogs; a converted screen
 * writes an ICU plural message instead ({count, plural, one {# source} other {# sources}}).
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
