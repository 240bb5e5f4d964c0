import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import type { CitationContext } from './citation-data';

/**
 * What a chip's tip says when the draft's language cannot print it as it should: a cited source
 * has no label in that language, or the language cannot tell an alike source apart.
 */
export function LanguageNotice({ context, missingLabel, ambiguous }: { context: CitationContext; missingLabel: boolean; ambiguous: boolean }) {
  const t = useT();
  const intl = useIntl();
  if (!missingLabel && !ambiguous) return null;
  const language = intl.formatDisplayName(context.language, { type: 'language' }) ?? context.language;
  return <p className="popover-missing popover-language-notice">{t(missingLabel ? 'editor.citation.noLabel' : 'editor.citation.ambiguous', { language })}</p>;
}
