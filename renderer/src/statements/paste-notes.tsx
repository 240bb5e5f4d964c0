import { useId, useMemo, useState } from 'react';
import { splitNotes, type NoteChunk, type SplitMode } from '../../../common/capture/split-notes';
import { dateAtTopOfNotes } from '../../../common/capture/notes-date';
import { useT } from '../i18n/use-t';
import { type Channel, type StatementFields, type StatementKind } from '../../../common/domain/statement';
import { callApi } from '../api';
import { ScreenHeading } from '../components/screen-heading';
import { SelectField } from '../components/select-field';
import { TextAreaField } from '../components/text-area-field';
import { useFrame } from '../frame/frame-context';
import { useLibrary } from '../library/library';
import { EMPTY_SAID_ON, draftFromSaidOn, formatSaidOn, saidOnFromDraft, type SaidOnDraft } from '../library/said-on';
import { ChannelSelect, KindRadios, SaidOnField, SourceSelect, TagsField, validateStatement, type StatementErrors } from './statement-fields';
import { FormError } from '../components/form-error';
import type { MessageId } from '../i18n/messages';

const MODES: { value: SplitMode; label: MessageId }[] = [
  { value: 'auto', label: 'statements.paste.mode.auto' },
  { value: 'paragraph', label: 'statements.paste.mode.paragraph' },
  { value: 'speaker', label: 'statements.paste.mode.speaker' },
];

/** Mapping key for lines that came before any "Name:" in speaker mode. */
const NO_SPEAKER = '\u0000';
const SKIP = '';
const MAX_BATCH = 500;

interface Edit {
  text?: string;
  include?: boolean;
}

interface Candidate extends NoteChunk {
  index: number;
  include: boolean;
  sourceId: string;
}

/**
 * Turns pasted notes into statements in one go. Nothing is saved until "Save N statements";
 * speakers are mapped to sources by hand, never by name (identities are secret, even here).
 */
export function PasteNotes({ onDone }: { onDone: () => void }) {
  const library = useLibrary();
  const { notify } = useFrame();
  const ids = useId();
  const [notes, setNotes] = useState('');
  const [mode, setMode] = useState<SplitMode>('auto');
  // Edits belong to one split: new notes or another mode start the review again.
  const [edits, setEdits] = useState<{ basis: string; items: Record<number, Edit> }>({ basis: '', items: {} });
  const [speakerSources, setSpeakerSources] = useState<Record<string, string>>({});
  const [paragraphSource, setParagraphSource] = useState('');
  const [kind, setKind] = useState<StatementKind>('quote');
  const [saidOn, setSaidOn] = useState<SaidOnDraft>(EMPTY_SAID_ON);
  const [channel, setChannel] = useState<Channel>('in-person');
  const [tags, setTags] = useState('');
  const [errors, setErrors] = useState<StatementErrors>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const t = useT();
  const split = useMemo(() => splitNotes(notes, mode), [notes, mode]);
  // A date heading the notes is offered for every statement; the reporter takes it or not.
  const notesDate = useMemo(() => dateAtTopOfNotes(notes), [notes]);
  const current = saidOnFromDraft(saidOn);
  const dateTaken = notesDate !== null && current.ok && current.value === notesDate.saidOn;
  const basis = `${mode}\u0000${notes}`;
  const itemEdits = edits.basis === basis ? edits.items : {};
  const bySpeaker = split.mode === 'speaker';
  const speakerKeys = bySpeaker
    ? [...split.speakers, ...(split.chunks.some((chunk) => chunk.speaker === null) ? [NO_SPEAKER] : [])]
    : [];

  const candidates: Candidate[] = split.chunks.map((chunk, index) => {
    const edit = itemEdits[index] ?? {};
    // The date line itself is not something a source said.
    const justTheDate = index === 0 && !chunk.text.includes('\n') && dateAtTopOfNotes(chunk.text)?.dateOnly === true;
    return {
      ...chunk,
      index,
      text: edit.text ?? chunk.text,
      include: edit.include ?? !justTheDate,
      sourceId: bySpeaker ? (speakerSources[chunk.speaker ?? NO_SPEAKER] ?? SKIP) : paragraphSource,
    };
  });
  const toSave = candidates.filter((c) => c.include && c.sourceId !== SKIP && c.text.trim() !== '');

  function edit(index: number, patch: Edit) {
    setEdits((current) => {
      const items = current.basis === basis ? current.items : {};
      return { basis, items: { ...items, [index]: { ...items[index], ...patch } } };
    });
  }

  async function save() {
    if (saving || toSave.length === 0) return;
    if (toSave.length > MAX_BATCH) {
      setError(t('statements.paste.tooMany', { max: MAX_BATCH }));
      return;
    }
    const statements: StatementFields[] = [];
    for (const candidate of toSave) {
      const checked = validateStatement({
        sourceId: candidate.sourceId,
        text: candidate.text,
        kind,
        saidOn,
        channel,
        tags,
        notes: '',
      });
      if (!checked.ok) {
        setErrors(checked.errors);
        setError(
          checked.errors.text
            ? t('statements.paste.badText', { number: candidate.index + 1, error: checked.errors.text })
            : t('statements.paste.checkShared'),
        );
        return;
      }
      statements.push(checked.fields);
    }
    setErrors({});
    setError(null);
    setSaving(true);
    const result = await callApi((api) => api.saveStatements({ statements }));
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.putStatements(result.value);
    notify(t('statements.paste.saved', { count: result.value.length }));
    onDone();
  }

  const sourceOptions = library.sources
    .filter((source) => !source.archived)
    .map((source) => ({ value: source.id, label: library.sourceName(source.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const saveLabel = t('statements.paste.save', { count: toSave.length });

  return (
    <article className="page page-wide">
      <ScreenHeading className="page-title">{t('statements.paste.title')}</ScreenHeading>
      <p className="page-subtitle">{t('statements.paste.intro', { save: saveLabel })}</p>

      <div className="form form-wide paste-input">
        <TextAreaField
          label={t('statements.paste.notes')}
          hint={t('statements.paste.notesHint')}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          rows={12}
          spellCheck={false}
          disabled={saving}
        />

        <fieldset className="field choice-group" disabled={saving}>
          <legend className="field-label">{t('statements.paste.split')}</legend>
          <div className="choice-row">
            {MODES.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={`${ids}-mode`}
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                />
                {t(option.label)}
              </label>
            ))}
          </div>
          {mode === 'auto' && notes.trim() !== '' ? (
            <p className="field-hint">
              {bySpeaker ? t('statements.paste.foundSpeakers') : t('statements.paste.noSpeakers')}
            </p>
          ) : null}
        </fieldset>
      </div>

      {candidates.length > 0 ? (
        <>
          <section className="panel" aria-labelledby={`${ids}-sources`}>
            <h2 id={`${ids}-sources`} className="panel-title">
              {bySpeaker ? t('statements.paste.speakers') : t('statements.paste.source')}
            </h2>
            {bySpeaker ? (
              <>
                <p className="panel-intro">{t('statements.paste.speakersIntro')}</p>
                <div className="speaker-map">
                  {speakerKeys.map((speaker) => (
                    <SelectField
                      key={speaker}
                      label={speaker === NO_SPEAKER ? t('statements.paste.sourceForNone') : t('statements.paste.sourceFor', { speaker })}
                      value={speakerSources[speaker] ?? SKIP}
                      onChange={(event) => setSpeakerSources((current) => ({ ...current, [speaker]: event.target.value }))}
                      options={[{ value: SKIP, label: t('statements.paste.skip') }, ...sourceOptions]}
                      disabled={saving}
                    />
                  ))}
                </div>
              </>
            ) : (
              <SourceSelect value={paragraphSource} onChange={setParagraphSource} disabled={saving} />
            )}
            {sourceOptions.length === 0 ? (
              <p className="field-warning">{t('statements.paste.noSourcesYet')}</p>
            ) : null}
          </section>

          <section className="panel" aria-labelledby={`${ids}-defaults`}>
            <h2 id={`${ids}-defaults`} className="panel-title">
              {t('statements.paste.defaults')}
            </h2>
            {notesDate ? (
              <div className="notes-date-offer" role="group" aria-label={t('pasteNotes.date.label')}>
                <p>{dateTaken ? t('pasteNotes.date.taken', { date: formatSaidOn(notesDate.saidOn) }) : t('pasteNotes.date.found', { date: formatSaidOn(notesDate.saidOn) })}</p>
                {!dateTaken ? (
                  <button type="button" className="button button-secondary button-small" disabled={saving} onClick={() => setSaidOn(draftFromSaidOn(notesDate.saidOn))}>
                    {t('pasteNotes.date.use')}
                  </button>
                ) : null}
              </div>
            ) : null}
            <div className="form">
              <KindRadios value={kind} onChange={setKind} disabled={saving} />
              <SaidOnField value={saidOn} onChange={setSaidOn} error={errors.saidOn} disabled={saving} />
              <ChannelSelect value={channel} onChange={setChannel} disabled={saving} />
              <TagsField value={tags} onChange={setTags} error={errors.tags} disabled={saving} />
            </div>
          </section>

          <section aria-labelledby={`${ids}-review`}>
            <h2 id={`${ids}-review`} className="section-heading">
              {t('statements.paste.found', { count: candidates.length })}
            </h2>
            <ol className="candidates" aria-label={t('statements.paste.foundLabel')}>
              {candidates.map((candidate) => {
                const skipped = candidate.include && candidate.sourceId === SKIP;
                return (
                  <li key={candidate.index} className={candidate.include ? 'candidate' : 'candidate is-excluded'}>
                    <fieldset className="candidate-fields" disabled={saving}>
                      <legend className="candidate-title">{t('statements.paste.candidate', { number: candidate.index + 1 })}</legend>
                      {bySpeaker ? (
                        <p className="candidate-speaker">
                          {candidate.speaker === null ? t('statements.paste.noSpeaker') : t('statements.paste.speaker', { speaker: candidate.speaker })}
                        </p>
                      ) : null}
                      <label className="choice">
                        <input
                          type="checkbox"
                          checked={candidate.include}
                          onChange={(event) => edit(candidate.index, { include: event.target.checked })}
                        />
                        {t('statements.paste.include')}
                      </label>
                      <TextAreaField
                        label={t('statements.paste.text')}
                        value={candidate.text}
                        onChange={(event) => edit(candidate.index, { text: event.target.value })}
                        rows={Math.min(8, Math.max(2, Math.ceil(candidate.text.length / 80)))}
                      />
                      {skipped ? (
                        <p className="field-hint">
                          {bySpeaker ? t('statements.paste.unmappedSpeaker') : t('statements.paste.noSource')}
                        </p>
                      ) : null}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      ) : notes.trim() !== '' ? (
        <p className="empty-state">{t('statements.paste.nothingFound')}</p>
      ) : null}

      <FormError message={error} />
      <div className="button-row page-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={saving || toSave.length === 0}
          aria-describedby={`${ids}-save-hint`}
          onClick={() => void save()}
        >
          {saveLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
      <p id={`${ids}-save-hint`} className="form-hint">
        {toSave.length === 0
          ? candidates.length === 0
            ? t('statements.paste.hint.empty')
            : bySpeaker
              ? t('statements.paste.hint.mapSpeaker')
              : t('statements.paste.hint.chooseSource')
          : candidates.length > toSave.length
            ? t('statements.paste.hint.willSaveSkipped', { count: toSave.length, skipped: candidates.length - toSave.length })
            : t('statements.paste.hint.willSave', { count: toSave.length })}
      </p>
    </article>
  );
}
