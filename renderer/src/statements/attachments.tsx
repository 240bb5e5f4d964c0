import { useCallback, useId, useRef, useState } from 'react';
import type { Attachment, Statement } from '../../../common/domain/statement';
import { callApi } from '../api';
import { formatBytes, oversizeMessage, readFileAsBase64 } from '../library/base64';
import { useBlobUrl } from '../library/use-blob-url';
import { useLibrary } from '../library/library';
import { FormError } from '../components/form-error';
import { HiddenFileInput } from '../components/hidden-file-input';

const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp|bmp|avif)$/;
// What the contract accepts as a media type; anything else is sent as "unknown" ('').
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

export function isImage(attachment: Pick<Attachment, 'mimeType'>): boolean {
  return IMAGE_TYPES.test(attachment.mimeType);
}

function Thumbnail({ statementId, attachment }: { statementId: string; attachment: Attachment }) {
  const load = useCallback(() => callApi((api) => api.getAttachment({ statementId, attachmentId: attachment.id })), [statementId, attachment.id]);
  const { url, failed } = useBlobUrl(load);
  if (url) return <img className="thumbnail" src={url} alt={`Preview of ${attachment.name}`} />;
  return (
    <span className="thumbnail thumbnail-placeholder" aria-hidden="true">
      {failed ? '!' : ''}
    </span>
  );
}

export function Attachments({ statement }: { statement: Statement }) {
  const library = useLibrary();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function attach(file: File) {
    setError(null);
    const tooLarge = oversizeMessage(file, 'Attachments');
    if (tooLarge) return setError(tooLarge);
    setBusy(true);
    setProgress(`Attaching ${file.name}…`);
    let dataBase64: string;
    try {
      dataBase64 = await readFileAsBase64(file);
    } catch {
      setBusy(false);
      setProgress('');
      setError(`“${file.name}” could not be read.`);
      return;
    }
    const result = await callApi((api) =>
      api.addAttachment({
        statementId: statement.id,
        name: file.name,
        mimeType: file.type.length <= 100 && MEDIA_TYPE.test(file.type) ? file.type : '',
        dataBase64,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      setProgress('');
      setError(result.error.message);
      return;
    }
    library.putStatements([result.value]);
    setProgress(`Attached ${file.name}.`);
  }

  async function remove(attachment: Attachment) {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.removeAttachment({ statementId: statement.id, attachmentId: attachment.id }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.putStatements([result.value]);
    setProgress(`Removed ${attachment.name}.`);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        Attachments
      </h2>
      {statement.attachments.length === 0 ? (
        <p className="panel-intro">No files attached. Photos, documents and recordings are encrypted like everything else.</p>
      ) : (
        <ul className="attachments" aria-label="Attachments">
          {statement.attachments.map((attachment) => (
            <li key={attachment.id} className="attachment">
              {isImage(attachment) ? <Thumbnail statementId={statement.id} attachment={attachment} /> : null}
              <span className="attachment-name">{attachment.name}</span>{' '}
              <span className="attachment-meta">
                {formatBytes(attachment.size)}
                {attachment.mimeType ? ` · ${attachment.mimeType}` : ''}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`Remove ${attachment.name}`}
                disabled={busy}
                onClick={() => void remove(attachment)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <HiddenFileInput ref={inputRef} onFile={(file) => void attach(file)} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => inputRef.current?.click()}>
          Attach file…
        </button>
        <p className="form-status" aria-live="polite">
          {progress}
        </p>
      </div>
      <p className="field-hint">Up to 25 MB per file.</p>
      <FormError message={error} />
    </section>
  );
}
