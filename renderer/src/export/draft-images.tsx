import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { DRAFT_IMAGE_TYPES, type DraftImage, type DraftImageFields } from '../../../common/domain/draft-image';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { Field } from '../components/field';
import { HiddenFileInput } from '../components/hidden-file-input';
import { TextAreaField } from '../components/text-area-field';
import { formatBytes, oversizeMessage, readFileAsBase64 } from '../library/base64';
import { useBlobUrl } from '../library/use-blob-url';

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
    else onChange(result.value, `Image ${index + 1} saved.`);
  }

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.removeDraftImage({ draftId, imageId: image.id }));
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onChange(result.value, `Image ${index + 1} removed.`);
  }

  const set = (name: keyof DraftImageFields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));
  return (
    <li className="draft-image">
      <DraftThumbnail draftId={draftId} image={image} />
      <form className="draft-image-form" aria-labelledby={headingId} onSubmit={save} noValidate>
        <h3 id={headingId} className="draft-image-title">
          Image {index + 1} <span className="attachment-meta">{image.name} · {image.width}×{image.height} · {formatBytes(image.size)}</span>
        </h3>
        <TextAreaField label="Caption" rows={2} maxLength={1000} value={fields.caption} onChange={set('caption')} />
        <Field label="Credit" maxLength={200} autoComplete="off" value={fields.credit} onChange={set('credit')} />
        <TextAreaField label="Description (alt text)" rows={2} maxLength={1000} value={fields.alt} onChange={set('alt')} hint="What the picture shows, for readers who cannot see it." />
        <FormError message={error} />
        <div className="button-row">
          <button type="submit" className="button button-secondary button-small" disabled={busy || !changed}>
            Save image {index + 1}
          </button>
          <button type="button" className="button button-secondary button-small button-danger-text" disabled={busy} onClick={() => void remove()}>
            Remove image {index + 1}
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
    setStatus(`Adding ${file.name}…`);
    try {
      const dataBase64 = await readFileAsBase64(file);
      const result = await callApi((api) => api.addDraftImage({ draftId, name: file.name, dataBase64, caption: '', credit: '', alt: '' }));
      if (!result.ok) {
        setStatus('');
        setError(result.error.message);
      } else changed(result.value, `Added ${file.name} as image ${result.value.length}. Give it a caption, credit and description.`);
    } catch {
      setStatus('');
      setError(`“${file.name}” could not be read.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          Images
        </h2>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => inputRef.current?.click()}>
          Add image…
        </button>
        <HiddenFileInput ref={inputRef} accept={DRAFT_IMAGE_TYPES.join(',')} onFile={(file) => void add(file)} />
      </div>
      <p className="panel-intro">JPEG, PNG or WebP. Exports remove location, camera and time data, and name the files after the story.</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormError message={error} />
      {images.length === 0 ? (
        <p className="empty-state">No images.</p>
      ) : (
        <ol className="draft-images" aria-label="Images">
          {images.map((image, index) => (
            <ImageItem key={`${image.id}-${image.caption}-${image.credit}-${image.alt}`} draftId={draftId} image={image} index={index} onChange={changed} />
          ))}
        </ol>
      )}
    </section>
  );
}
