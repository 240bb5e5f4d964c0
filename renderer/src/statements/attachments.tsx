import { useCallback, useId, useRef, useState } from 'react';
import type { Attachment, Statement } from '../../../common/domain/statement';
import { callApi } from '../api';
import { formatBytes, oversizeMessage, readFileAsBase64 } from '../library/base64';
import { useBlobUrl } from '../library/use-blob-url';
import { useLibrary } from '../library/library';
import { FormError } from '../components/form-error';
import { HiddenFileInput } from '../components/hidden-file-input';
import { useT } from '../i18n/use-t';

const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp|bmp|avif)$/;
// What the contract accepts as a media type; anything else is sent as "unknown" ('').
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;
const SEPARATOR = ' · ';
const SPACE = ' ';
const FAILED_MARK = '!';

export function isImage(attachment: Pick<Attachment, 'mimeType'>): boolean {
  return IMAGE_TYPES.test(attachment.mimeType);
}

function Thumbnail({ statementId, attachment }: { statementId: string; attachment: Attachment }) {
  const load = useCallback(() => callApi((api) => api.getAttachment({ statementId, attachmentId: attachment.id })), [statementId, attachment.id]);
  const { url, failed } = useBlobUrl(load);
  const t = useT();
  if (url) return <img className="thumbnail" src={url} alt={t('statements.attach.preview', { name: attachment.name })} />;
  return (
    <span className="thumbnail thumbnail-placeholder" aria-hidden="true">
      {failed ? FAILED_MARK : ''}
    </span>
  );
}

export function Attachments({ statement }: { statement: Statement }) {
  const library = useLibrary();
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function attach(file: File) {
    setError(null);
    const tooLarge = oversizeMessage(file, t('statements.attach.heading'));
    if (tooLarge) return setError(tooLarge);
    setBusy(true);
    setProgress(t('statements.attach.attaching', { name: file.name }));
    let dataBase64: string;
    try {
      dataBase64 = await readFileAsBase64(file);
    } catch {
      setBusy(false);
      setProgress('');
      setError(t('statements.attach.unreadable', { name: file.name }));
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
    setProgress(t('statements.attach.attached', { name: file.name }));
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
    setProgress(t('statements.attach.removed', { name: attachment.name }));
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('statements.attach.heading')}
      </h2>
      {statement.attachments.length === 0 ? (
        <p className="panel-intro">{t('statements.attach.none')}</p>
      ) : (
        <ul className="attachments" aria-label={t('statements.attach.heading')}>
          {statement.attachments.map((attachment) => (
            <li key={attachment.id} className="attachment">
              {isImage(attachment) ? <Thumbnail statementId={statement.id} attachment={attachment} /> : null}
              <span className="attachment-name">{attachment.name}</span>
              {SPACE}
              <span className="attachment-meta">
                {formatBytes(attachment.size)}
                {attachment.mimeType ? SEPARATOR + attachment.mimeType : ''}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('statements.attach.removeLabel', { name: attachment.name })}
                disabled={busy}
                onClick={() => void remove(attachment)}
              >
                {t('statements.attach.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <HiddenFileInput ref={inputRef} onFile={(file) => void attach(file)} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => inputRef.current?.click()}>
          {t('statements.attach.add')}
        </button>
        <p className="form-status" aria-live="polite">
          {progress}
        </p>
      </div>
      <p className="field-hint">{t('statements.attach.limit')}</p>
      <FormError message={error} />
    </section>
  );
}
