import type { SearchHit } from '../../../common/domain/search';
import { Highlighted, snippet } from '../library/highlight';
import { useLibrary } from '../library/library';
import { formatSaidOn } from '../library/said-on';
import { useT } from '../i18n/use-t';
import { statementKindLabel } from '../library/labels';

// One search result: a source (its name and a line of its details) or a statement (a snippet,
// who said it, when, its kind and tags), the searched words highlighted.

// Separators, not words: the same in every language.
const GAP = ' ';
const DOT = ' · ';
const HASH = '#';

export function HitContent({ hit }: { hit: SearchHit }) {
  const t = useT();
  const library = useLibrary();
  if (hit.type === 'source') {
    const source = hit.source ?? library.sourceById.get(hit.id);
    const detail = source ? [source.access, source.anonymityReason, source.notes].find((text) => text.trim() !== '') ?? '' : '';
    return (
      <>
        <span className="hit-type">{t('search.hit.source')}</span>
        {GAP}
        <span className="hit-text">
          <Highlighted text={library.sourceName(hit.id)} terms={hit.terms} />
        </span>
        {GAP}
        {detail ? (
          <span className="hit-meta">
            <Highlighted text={snippet(detail, hit.terms, 160)} terms={hit.terms} />
          </span>
        ) : null}
      </>
    );
  }
  const statement = hit.statement ?? library.statementById.get(hit.id);
  if (!statement) return <span className="hit-text">{t('search.hit.gone')}</span>;
  return (
    <>
      <span className="hit-text">
        <Highlighted text={snippet(statement.text, hit.terms)} terms={hit.terms} />
      </span>
      {GAP}
      <span className="hit-meta">
        {[library.sourceName(statement.sourceId), formatSaidOn(statement.saidOn), statementKindLabel(statement.kind)].join(DOT)}
        {statement.tags.length > 0 ? (
          <>
            {DOT}
            {statement.tags.map((tag, index) => (
              <span key={tag} className="hit-tag">
                {index > 0 ? GAP : ''}
                {HASH}
                <Highlighted text={tag} terms={hit.terms} />
              </span>
            ))}
          </>
        ) : null}
      </span>
    </>
  );
}
