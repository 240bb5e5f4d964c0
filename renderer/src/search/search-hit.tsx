import type { SearchHit } from '../../../common/domain/search';
import { STATEMENT_KIND_LABELS } from '../../../common/domain/statement';
import { Highlighted, snippet } from '../library/highlight';
import { useLibrary } from '../library/library';
import { formatSaidOn } from '../library/said-on';

// One search result: a source (its name and a line of its details) or a statement (a snippet,
// who said it, when, its kind and tags), the searched words highlighted.

export function HitContent({ hit }: { hit: SearchHit }) {
  const library = useLibrary();
  if (hit.type === 'source') {
    const source = hit.source ?? library.sourceById.get(hit.id);
    const detail = source ? [source.access, source.anonymityReason, source.notes].find((text) => text.trim() !== '') ?? '' : '';
    return (
      <>
        <span className="hit-type">Source</span>{' '}
        <span className="hit-text">
          <Highlighted text={library.sourceName(hit.id)} terms={hit.terms} />
        </span>{' '}
        {detail ? (
          <span className="hit-meta">
            <Highlighted text={snippet(detail, hit.terms, 160)} terms={hit.terms} />
          </span>
        ) : null}
      </>
    );
  }
  const statement = hit.statement ?? library.statementById.get(hit.id);
  if (!statement) return <span className="hit-text">A statement that is no longer there</span>;
  return (
    <>
      <span className="hit-text">
        <Highlighted text={snippet(statement.text, hit.terms)} terms={hit.terms} />
      </span>{' '}
      <span className="hit-meta">
        {library.sourceName(statement.sourceId)} · {formatSaidOn(statement.saidOn)} · {STATEMENT_KIND_LABELS[statement.kind]}
        {statement.tags.length > 0 ? (
          <>
            {' · '}
            {statement.tags.map((tag, index) => (
              <span key={tag} className="hit-tag">
                {index > 0 ? ' ' : ''}#<Highlighted text={tag} terms={hit.terms} />
              </span>
            ))}
          </>
        ) : null}
      </span>
    </>
  );
}
