import { previewLabel } from '../../../common/attribution/label-forms';
import type { SourceLabel } from '../../../common/domain/source';

interface LabelPreviewProps {
  label: SourceLabel;
  /** The region's name: "Label preview" in the form, "Label forms" on a source's page. */
  name?: string;
  live?: boolean;
}

/** Every form a story uses for this label, from the same code the attribution engine uses. */
export function LabelPreview({ label, name = 'Label preview', live = true }: LabelPreviewProps) {
  const preview = label.noun.trim() === '' ? null : previewLabel(label);
  return (
    <section className="label-preview" aria-label={name} aria-live={live ? 'polite' : undefined}>
      {preview ? (
        <dl className="label-forms">
          <div>
            <dt>First mention</dt>
            <dd>{preview.first}</dd>
          </div>
          <div>
            <dt>A second, separate source</dt>
            <dd>{preview.separate}</dd>
          </div>
          <div>
            <dt>Back-reference</dt>
            <dd>{preview.backReference}</dd>
          </div>
          <div>
            <dt>Among several alike</dt>
            <dd>{preview.ordinal}</dd>
          </div>
          <div>
            <dt>Several together</dt>
            <dd>{preview.plural}</dd>
          </div>
        </dl>
      ) : (
        <p className="label-preview-empty">Type a noun to see how a story will refer to this source.</p>
      )}
    </section>
  );
}
