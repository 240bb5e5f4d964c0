import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId, useRef, useState } from 'react';
import { renderCitations, type CitationForm } from '../../../common/attribution/attribution-engine';
import { Dialog } from '../components/dialog';
import { citationInputsOf, pmCitations, type CitationContext } from './citation-data';
import { citationAt, removeCitation, removeStatementFromCitation, updateCitation } from './citation-commands';
import { excerpt, sourceLabel } from './format';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';

interface CitationMenuProps {
  editor: Editor;
  context: CitationContext;
  pos: number;
  onAddStatements: () => void;
  onClose: () => void;
}

const FORMS: { value: CitationForm; label: MessageId }[] = [
  { value: 'indefinite', label: 'editor.citationMenu.form.indefinite' },
  { value: 'separate', label: 'editor.citationMenu.form.separate' },
  { value: 'definite', label: 'editor.citationMenu.form.definite' },
  { value: 'ordinal', label: 'editor.citationMenu.form.ordinal' },
  { value: 'plural', label: 'editor.citationMenu.form.plural' },
];

/** The words this citation would get with another form or wording, everything else unchanged. */
function wordsWith(editor: Editor, context: CitationContext, pos: number, form: CitationForm | null): string {
  const citations = pmCitations(editor.state.doc);
  const index = citations.findIndex((c) => c.pos === pos);
  if (index < 0) return '';
  const inputs = citationInputsOf(citations, context.statements);
  inputs[index] = { ...inputs[index]!, override: form, customText: null };
  return renderCitations(inputs, context.labels, context.language)[index]?.text ?? '';
}

/** The citation's settings (Enter or click on a chip). Every change is an undoable edit. */
export function CitationMenu({ editor, context, pos, onAddStatements, onClose }: CitationMenuProps) {
  const formName = useId();
  const t = useT();
  const doneRef = useRef<HTMLButtonElement>(null);
  // Re-read the citation after each of this menu's own edits.
  const attrs = useEditorState({ editor, selector: ({ editor: e }) => citationAt(e, pos) });
  const [custom, setCustom] = useState(attrs?.customText ?? '');
  const [outlet, setOutlet] = useState(attrs?.outlet ?? '');

  if (!attrs) return null;
  const statements = attrs.statementIds.map((id) => ({ id, statement: context.statements.get(id) }));
  const sourceCount = new Set(statements.map((s) => s.statement?.sourceId ?? s.id)).size;
  const firstDated = statements[0]?.statement?.saidOn ?? null;
  const automatic = wordsWith(editor, context, pos, null);
  const current = attrs.customText ?? attrs.override ?? 'auto';

  const commitCustom = () => {
    const value = custom.trim() ? custom : null;
    if (value !== attrs.customText) updateCitation(editor, pos, { customText: value });
  };
  const commitOutlet = () => {
    if (outlet !== attrs.outlet) updateCitation(editor, pos, { outlet: outlet.trim() });
  };

  // Text typed but not yet committed (Escape, Done) is kept.
  const close = () => {
    commitCustom();
    commitOutlet();
    onClose();
  };

  return (
    <Dialog title={t('editor.citationMenu.title')} onClose={close} className="dialog-wide citation-menu">
      <fieldset className="field">
        <legend className="field-label">{t('editor.citationMenu.form')}</legend>
        <div className="citation-forms">
          <label className="choice">
            <input
              type="radio"
              name={formName}
              value="auto"
              checked={current === 'auto'}
              onChange={() => updateCitation(editor, pos, { override: null, customText: null })}
            />
            {t('editor.citationMenu.automatic', { words: automatic })}
          </label>
          {FORMS.map((form) => {
            const words = wordsWith(editor, context, pos, form.value);
            const hintId = `${formName}-${form.value}`;
            return (
              <div key={form.value} className="citation-form">
                <label className="choice">
                  <input
                    type="radio"
                    name={formName}
                    value={form.value}
                    checked={current === form.value}
                    aria-describedby={hintId}
                    onChange={() => updateCitation(editor, pos, { override: form.value, customText: null })}
                  />
                  {t(form.label)}
                </label>
                <span id={hintId} className="choice-hint">
                  {words}
                </span>
              </div>
            );
          })}
        </div>
      </fieldset>
      {attrs.customText ? <p className="field-hint">{t('editor.citationMenu.customUsed')}</p> : null}
      <div className="field">
        <label className="field-label" htmlFor={`${formName}-custom`}>
          {t('editor.citationMenu.custom')}
        </label>
        <input
          id={`${formName}-custom`}
          className="input"
          value={custom}
          maxLength={300}
          placeholder={t('editor.citationMenu.customPlaceholder')}
          onChange={(event) => setCustom(event.target.value)}
          onBlur={commitCustom}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              commitCustom();
            }
          }}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={attrs.showDate}
          disabled={!firstDated}
          onChange={(event) => updateCitation(editor, pos, { showDate: event.target.checked })}
        />
        {t('editor.citation.showDate')}
      </label>
      {sourceCount > 1 || attrs.override === 'plural' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${formName}-outlet`}>
            {t('editor.citationMenu.outlet')}
          </label>
          <input
            id={`${formName}-outlet`}
            className="input"
            value={outlet}
            maxLength={80}
            placeholder={t('editor.citationMenu.outletPlaceholder')}
            onChange={(event) => setOutlet(event.target.value)}
            onBlur={commitOutlet}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commitOutlet();
              }
            }}
          />
        </div>
      ) : null}
      <section className="cited-statements" aria-labelledby={`${formName}-cited`}>
        <h3 id={`${formName}-cited`} className="field-label">
          {t('editor.citationMenu.cited')}
        </h3>
        <ul>
          {statements.map(({ id, statement }) => (
            <li key={id}>
              <span className="cited-text">{statement ? excerpt(statement.text, 120) : t('editor.citationMenu.statementGone')}</span>
              <span className="cited-meta">{statement ? sourceLabel(context.sources.get(statement.sourceId)) : ''}</span>
              <button
                type="button"
                className="link-button"
                disabled={statements.length <= 1}
                aria-label={t('editor.citationMenu.removeStatement', { text: statement ? excerpt(statement.text, 60) : t('editor.citationMenu.missingStatement') })}
                onClick={() => removeStatementFromCitation(editor, pos, id)}
              >
                {t('editor.citationMenu.remove')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-secondary button-small" onClick={onAddStatements}>
          {t('editor.citationMenu.addStatements')}
        </button>
      </section>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            removeCitation(editor, pos);
            onClose();
          }}
        >
          {t('editor.citationMenu.removeCitation')}
        </button>
        <button ref={doneRef} type="button" className="button button-primary" onClick={close}>
          {t('editor.citationMenu.done')}
        </button>
      </div>
    </Dialog>
  );
}
