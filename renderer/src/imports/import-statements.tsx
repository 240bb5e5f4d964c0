import { useId, useState } from 'react';
import type { ImportPreview } from '../../../common/domain/import';
import { type Channel, type StatementKind } from '../../../common/domain/statement';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { SelectField } from '../components/select-field';
import { useFrame } from '../frame/frame-context';
import { useLibrary } from '../library/library';
import { importOriginLabel, termKindLabel } from '../library/labels';
import { EMPTY_SAID_ON, formatSaidOn, saidOnFromDraft, type SaidOnDraft } from '../library/said-on';
import { parseTags } from '../library/tags';
import { ChannelSelect, KindRadios, SaidOnField, TagsField } from './../statements/statement-fields';
import { deleteOriginal, ImportWarningsPanel, needsReview } from './import-warnings';
import { useT } from '../i18n/use-t';

// Import a Word document or a messenger export as statements. Main opens the file (the page
// never sees a path); here the reporter maps speakers to sources (or to "me", never saved),
// keeps the identity terms found, leaves out what should not be saved, and saves it all at once.

const SKIP = '';
const ME = 'me';
const NO_SPEAKER = -1;
/** The review lists this many candidates; the rest are saved with their speaker's mapping. */
const SHOWN = 200;

export function ImportStatements({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { notify } = useFrame();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.readImport({ purpose: 'statements' }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.status === 'ready') setPreview(result.value);
  }

  if (preview) return <ImportReview key={preview.importId} preview={preview} onDone={onDone} notify={notify} />;
  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('imports.statements.title')}</ScreenHeading>
      <p className="page-subtitle">{t('imports.statements.subtitle')}</p>
      <FormError message={error} />
      <div className="button-row page-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void choose()}>
          {busy ? t('imports.reading') : t('imports.statements.choose')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </article>
  );
}

function ImportReview({ preview, onDone, notify }: { preview: ImportPreview; onDone: () => void; notify: (message: string, action?: { label: string; run: () => void }) => void }) {
  const t = useT();
  const library = useLibrary();
  const ids = useId();
  const isWord = preview.origin === 'word';
  const [mapping, setMapping] = useState<Record<number, string>>({});
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [kind, setKind] = useState<StatementKind>('quote');
  const [saidOn, setSaidOn] = useState<SaidOnDraft>(EMPTY_SAID_ON);
  const [channel, setChannel] = useState<Channel>('in-person');
  const [tags, setTags] = useState('');
  const [reviewed, setReviewed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const sourceOf = (speaker: number | null) => mapping[speaker ?? NO_SPEAKER] ?? SKIP;
  const toSave = preview.candidates.filter((c) => !excluded.has(c.index) && ![SKIP, ME].includes(sourceOf(c.speaker)));
  const hasUnattributed = preview.candidates.some((c) => c.speaker === null);
  const sourceOptions = library.sources
    .filter((s) => !s.archived)
    .map((s) => ({ value: s.id, label: library.sourceName(s.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const choices = [{ value: SKIP, label: t('imports.speaker.skip') }, { value: ME, label: t('imports.speaker.me') }, ...sourceOptions];
  const keptTerms = preview.speakers.flatMap((s) => {
    const sourceId = sourceOf(s.index);
    if ([SKIP, ME].includes(sourceId) || !toSave.some((c) => c.speaker === s.index)) return [];
    return s.terms.filter((term) => !dropped.has(`${s.index}:${term.index}`)).map((term) => ({ speaker: s.index, term: term.index, sourceId }));
  });

  async function discard() {
    await callApi((api) => api.discardImport({ importId: preview.importId }));
    onDone();
  }

  async function save() {
    if (saving || toSave.length === 0) return;
    const date = saidOnFromDraft(saidOn);
    if (!date.ok) return setError(date.error);
    setSaving(true);
    setError(null);
    const result = await callApi((api) =>
      api.saveImportedStatements({
        importId: preview.importId,
        statements: toSave.map((c) => ({ index: c.index, sourceId: sourceOf(c.speaker), kind })),
        saidOn: date.value,
        channel,
        tags: parseTags(tags),
        identityTerms: keptTerms,
        reviewedWarnings: reviewed,
      }),
    );
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    await library.reload();
    const saved = result.value;
    notify(t('imports.statements.imported', { count: saved.statements, attachments: saved.attachments }), {
      label: t('imports.original.delete'),
      run: () => void deleteOriginal(preview.importId, notify),
    });
    onDone();
  }

  const speakerRows = [...preview.speakers.map((s) => ({ key: s.index, label: t('imports.speaker.sourceFor', { name: s.name }), count: s.count })), ...(hasUnattributed ? [{ key: NO_SPEAKER, label: isWord ? t('imports.speaker.noSpeaker') : t('imports.speaker.noSender'), count: preview.candidates.filter((c) => c.speaker === null).length }] : [])];
  const saveLabel = t('imports.statements.save', { count: toSave.length });
  const blocked = needsReview(preview.warnings) && !reviewed;

  return (
    <article className="page page-wide">
      <ScreenHeading className="page-title">{t('imports.review.title', { origin: importOriginLabel(preview.origin) })}</ScreenHeading>
      <p className="page-subtitle">{t('imports.review.subtitle', { count: preview.candidates.length, save: saveLabel })}</p>

      <ImportWarningsPanel warnings={preview.warnings} reviewed={reviewed} onReviewed={setReviewed} disabled={saving} />

      <section className="panel" aria-labelledby={`${ids}-speakers`}>
        <h2 id={`${ids}-speakers`} className="panel-title">
          {t('imports.speakers')}
        </h2>
        <p className="panel-intro">{t('imports.speakers.intro')}</p>
        <div className="speaker-map">
          {speakerRows.map((row) => (
            <SelectField
              key={row.key}
              label={row.label}
              hint={t('imports.statementCount', { count: row.count })}
              value={mapping[row.key] ?? SKIP}
              onChange={(event) => setMapping((m) => ({ ...m, [row.key]: event.target.value }))}
              options={choices}
              disabled={saving}
            />
          ))}
        </div>
        {sourceOptions.length === 0 ? <p className="field-warning">{t('imports.noSources')}</p> : null}
      </section>

      {preview.speakers.some((s) => s.terms.length > 0 && ![SKIP, ME].includes(sourceOf(s.index))) ? (
        <section className="panel" aria-labelledby={`${ids}-terms`}>
          <h2 id={`${ids}-terms`} className="panel-title">
            {t('imports.terms')}
          </h2>
          <p className="panel-intro">{t('imports.terms.intro')}</p>
          {preview.speakers
            .filter((s) => s.terms.length > 0 && ![SKIP, ME].includes(sourceOf(s.index)))
            .map((s) => (
              <fieldset key={s.index} className="field choice-group" disabled={saving}>
                <legend className="field-label">{t('imports.terms.keepFor', { source: library.sourceName(sourceOf(s.index)) })}</legend>
                <div className="choice-column">
                  {s.terms.map((term) => {
                    const key = `${s.index}:${term.index}`;
                    return (
                      <label key={key} className="choice">
                        <input
                          type="checkbox"
                          checked={!dropped.has(key)}
                          onChange={(event) =>
                            setDropped((d) => {
                              const next = new Set(d);
                              if (event.target.checked) next.delete(key);
                              else next.add(key);
                              return next;
                            })
                          }
                        />
                        {t('imports.term', { kind: termKindLabel(term.kind), value: term.value })}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            ))}
        </section>
      ) : null}

      <section className="panel" aria-labelledby={`${ids}-defaults`}>
        <h2 id={`${ids}-defaults`} className="panel-title">
          {t('imports.defaults')}
        </h2>
        <div className="form">
          <KindRadios value={kind} onChange={setKind} disabled={saving} />
          {isWord ? (
            <>
              <SaidOnField value={saidOn} onChange={setSaidOn} disabled={saving} />
              <ChannelSelect value={channel} onChange={setChannel} disabled={saving} />
            </>
          ) : (
            <p className="field-hint">{t('imports.defaults.chat')}</p>
          )}
          <TagsField value={tags} onChange={setTags} disabled={saving} />
        </div>
      </section>

      <section aria-labelledby={`${ids}-review`}>
        <h2 id={`${ids}-review`} className="section-heading">
          {t('imports.found', { count: preview.candidates.length })}
        </h2>
        <ol className="candidates" aria-label={t('imports.found.label')}>
          {preview.candidates.slice(0, SHOWN).map((c) => {
            const speaker = c.speaker === null ? null : preview.speakers[c.speaker]!;
            const include = !excluded.has(c.index);
            return (
              <li key={c.index} className={include ? 'candidate' : 'candidate is-excluded'}>
                <fieldset className="candidate-fields" disabled={saving}>
                  <legend className="candidate-title">{t('imports.candidate', { n: c.index + 1 })}</legend>
                  <p className="candidate-speaker">
                    {speaker ? t('imports.candidate.speaker', { name: speaker.name }) : t('imports.candidate.noSpeaker')}
                    {c.saidOn ? t('imports.candidate.date', { date: formatSaidOn(c.saidOn) }) : ''}
                  </p>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={include}
                      onChange={(event) =>
                        setExcluded((e) => {
                          const next = new Set(e);
                          if (event.target.checked) next.delete(c.index);
                          else next.add(c.index);
                          return next;
                        })
                      }
                    />
                    {t('imports.candidate.include')}
                  </label>
                  <p className="candidate-text">{c.text}</p>
                  {c.media.length ? <p className="field-hint">{t('imports.candidate.attached', { names: c.media.map((m) => m.name).join(', ') })}</p> : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {preview.candidates.length > SHOWN ? (
          <p className="form-hint">
            {t('imports.notListed', { count: preview.candidates.length - SHOWN })}
          </p>
        ) : null}
      </section>

      <FormError message={error} />
      <div className="button-row page-actions">
        <button type="button" className="button button-primary" disabled={saving || toSave.length === 0 || blocked} aria-describedby={`${ids}-hint`} onClick={() => void save()}>
          {saving ? t('imports.saving') : saveLabel}
        </button>
        <button type="button" className="button button-secondary" disabled={saving} onClick={() => void discard()}>
          {t('common.cancel')}
        </button>
      </div>
      <p id={`${ids}-hint`} className="form-hint">
        {blocked
          ? t('imports.tickReviewed')
          : toSave.length === 0
            ? t('imports.mapOne')
            : t('imports.willSave', { count: toSave.length, terms: keptTerms.length })}
      </p>
    </article>
  );
}
