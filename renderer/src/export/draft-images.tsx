import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { DRAFT_IMAGE_TYPES, type DraftImage, type DraftImageFields } from '../../../common/domain/draft-image';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { Field } from '../components/field';
import { HiddenFileInput } from '../components/hidden-file-input';
import { TextAreaField } from '../components/text-area-field';
import { formatBytes, oversizeMessage, readFileAsBase64 } from '../library/base64';
import { useBlobUrl } from '../library/use-blob-url';
import { useT } from '../i18n/use-t';

const SEPARATOR = ' · ';
const TIMES = '×';
const SEPARATOR_SPACE = ' ';

// The pictures that go out with a draft: each with the caption, credit and description a
// reader gets. Exports strip their metadata and give them neutral names.

function DraftThumbnail({ draftId, image }: { draftId: string; image: DraftImage }) {
  const load = useCallback(() => callApi((api) => api.getDraftImage({ draftId, imageId: image.id })), [draftId, image.id]);
  const { url } = useBlobUrl(load);
  return url ? <img className="thumbnail draft-image-thumb" src={url} alt="" /> : <span className="thumbnail thumbnail-placeholder draft-image-thumb" aria-hidden="true" />;
}

interface ImageItemProps {
  draftId: string;
  image: DraftImage;
  index: number;
  onChange: (images: DraftImage[], message: string) => void;
}

function ImageItem({ draftId, image, index, onChange }: ImageItemProps) {
  const t = useT();
  const headingId = useId();
  const [fields, setFields] = useState<DraftImageFields>({ caption: image.caption, credit: image.credit, alt: image.alt });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = fields.caption !== image.caption || fields.credit !== image.credit || fields.alt !== image.alt;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.updateDraftImage({ draftId, imageId: image.id, ...fields }));
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onChange(result.value, t('export.images.saved', { number: index + 1 }));
  }

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.removeDraftImage({ draftId, imageId: image.id }));
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onChange(result.value, t('export.images.removed', { number: index + 1 }));
  }

  const set = (name: keyof DraftImageFields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));
  return (
    <li className="draft-image">
      <DraftThumbnail draftId={draftId} image={image} />
      <form className="draft-image-form" aria-labelledby={headingId} onSubmit={save} noValidate>
        <h3 id={headingId} className="draft-image-title">
          {t('export.images.image', { number: index + 1 })}
          {SEPARATOR_SPACE}
          <span className="attachment-meta">
            {image.name}
            {SEPARATOR}
            {image.width}
            {TIMES}
            {image.height}
            {SEPARATOR}
            {formatBytes(image.size)}
          </span>
        </h3>
        <TextAreaField label={t('export.images.caption')} rows={2} maxLength={1000} value={fields.caption} onChange={set('caption')} />
        <Field label={t('export.images.credit')} maxLength={200} autoComplete="off" value={fields.credit} onChange={set('credit')} />
        <TextAreaField label={t('export.images.alt')} rows={2} maxLength={1000} value={fields.alt} onChange={set('alt')} hint={t('export.images.altHint')} />
        <FormError message={error} />
        <div className="button-row">
          <button type="submit" className="button button-secondary button-small" disabled={busy || !changed}>
            {t('export.images.save', { number: index + 1 })}
          </button>
          <button type="button" className="button button-secondary button-small button-danger-text" disabled={busy} onClick={() => void remove()}>
            {t('export.images.remove', { number: index + 1 })}
          </button>
        </div>
      </form>
    </li>
  );
}

interface DraftImagesProps {
  draftId: string;
  images: DraftImage[];
  onChange: (images: DraftImage[]) => void;
}

export function DraftImages({ draftId, images, onChange }: DraftImagesProps) {
  const t = useT();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const changed = (next: DraftImage[], message: string) => {
    onChange(next);
    setStatus(message);
  };

  async function add(file: File) {
    setError(null);
    const tooLarge = oversizeMessage(file, 'Images');
    if (tooLarge) return setError(tooLarge);
    setBusy(true);
    setStatus(t('export.images.adding', { name: file.name }));
    try {
      const dataBase64 = await readFileAsBase64(file);
      const result = await callApi((api) => api.addDraftImage({ draftId, name: file.name, dataBase64, caption: '', credit: '', alt: '' }));
      if (!result.ok) {
        setStatus('');
        setError(result.error.message);
      } else changed(result.value, t('export.images.added', { name: file.name, number: result.value.length }));
    } catch {
      setStatus('');
      setError(t('export.images.unreadable', { name: file.name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          {t('export.images.heading')}
        </h2>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => inputRef.current?.click()}>
          {t('export.images.add')}
        </button>
        <HiddenFileInput ref={inputRef} accept={DRAFT_IMAGE_TYPES.join(',')} onFile={(file) => void add(file)} />
      </div>
      <p className="panel-intro">{t('export.images.intro')}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormError message={error} />
      {images.length === 0 ? (
        <p className="empty-state">{t('export.images.none')}</p>
      ) : (
        <ol className="draft-images" aria-label={t('export.images.heading')}>
          {images.map((image, index) => (
            <ImageItem key={`${image.id}-${image.caption}-${image.credit}-${image.alt}`} draftId={draftId} image={image} index={index} onChange={changed} />
          ))}
        </ol>
      )}
    </section>
  );
}
