import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { IdentityTerm } from '../../../common/domain/identity';
import type { Source } from '../../../common/domain/source';
import { callApi } from '../api';
import { useNow } from '../app/use-now';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';
import { useLibrary } from '../library/library';
import { IdentityEditor } from './identity-editor';
import { IdentityHiddenActions, IdentityStateLine } from './identity-hidden-state';
import { IdentityRevealForm } from './identity-reveal-form';
import { RevealedIdentityTerms } from './revealed-identity-terms';
// Travel mode and burn
import { useIdentitiesAway } from '../travel/identities-away';
import { BurnIdentityDialog } from './burn-identity-dialog';

type Mode =
  | { name: 'hidden' }
  | { name: 'asking' }
  | { name: 'adding' }
  | { name: 'revealed'; terms: IdentityTerm[]; deadline: number; editing: boolean };

/** Read in event handlers and timers only. */
function clock(): number {
  return Date.now();
}

function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/**
 * Who the source is. Hidden by default; revealed only with the passphrase, for the time main
 * allows, with a visible countdown. Hiding (button, timeout, leaving the page, locking) drops the
 * terms from state: they are never kept, cached or logged in the renderer.
 */
export function IdentityPanel({ source }: { source: Source }) {
  const t = useT();
  const library = useLibrary();
  const sourceId = source.id;
  const headingId = useId();
  const [mode, setMode] = useState<Mode>({ name: 'hidden' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The last "Copied" announcement: cleared with the clipboard unless something else was said since. */
  const copiedAnnouncement = useRef('');
  const [startedAt, setStartedAt] = useState(0);
  const [copy, setCopy] = useState<{ deadline: number } | null>(null);
  const away = useIdentitiesAway();
  const [burning, setBurning] = useState(false);
  // Where focus should go after the next render (the control that had it may have gone).
  const pendingFocus = useRef<'reveal' | 'passphrase' | 'terms' | null>(null);
  const setFocusTarget = (target: 'reveal' | 'passphrase' | 'terms' | null) => {
    pendingFocus.current = target;
  };
  // Whether main holds a reveal for this source that we should end.
  const revealed = useRef(false);
  const mounted = useRef(false);
  const panelRef = useRef<HTMLElement>(null);
  const revealButtonRef = useRef<HTMLButtonElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const termsRef = useRef<HTMLUListElement>(null);

  // An edit in progress holds the identity on screen past its countdown (main allows saving for
  // EDIT_WINDOW_SECONDS); it hides once the edit is saved or cancelled.
  const [editorDirty, setEditorDirty] = useState(false);
  const holding = mode.name === 'revealed' && mode.editing && editorDirty;
  const deadline = mode.name === 'revealed' && !holding ? mode.deadline : null;
  const ticking = mode.name === 'revealed' || copy !== null;
  const now = useNow(ticking, startedAt);

  const endReveal = useCallback(() => {
    if (!revealed.current) return;
    revealed.current = false;
    void callApi((api) => api.hideIdentity({ sourceId }));
  }, [sourceId]);

  const hide = useCallback(
    (reason: 'button' | 'expired') => {
      const focusWasInside = panelRef.current?.contains(document.activeElement) ?? false;
      setMode({ name: 'hidden' });
      setError(null);
      endReveal();
      setAnnouncement(t(reason === 'expired' ? 'sources.identity.hiddenAgain' : 'sources.identity.hiddenNow'));
      if (focusWasInside) pendingFocus.current = 'reveal';
    },
    [endReveal, t],
  );

  // Leaving the page, or locking (which remounts the app), ends the reveal.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      endReveal();
    };
  }, [endReveal]);

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setTimeout(() => hide('expired'), Math.max(0, deadline - Date.now()));
    return () => window.clearTimeout(timer);
  }, [deadline, hide]);

  useEffect(() => {
    if (!copy) return;
    const timer = window.setTimeout(() => {
      setCopy(null);
      setAnnouncement((current) => (current === copiedAnnouncement.current ? '' : current));
    }, Math.max(0, copy.deadline - Date.now()));
    return () => window.clearTimeout(timer);
  }, [copy]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const element = { reveal: revealButtonRef, passphrase: passphraseRef, terms: termsRef }[target].current;
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });

  /** `typed`: what was in the passphrase field, which the form has already emptied. */
  async function reveal(typed: string) {
    if (busy) return;
    if (typed === '') {
      setError(t('sources.identity.enterPassphrase'));
      return;
    }
    setBusy(true);
    setError(null);
    setFocusTarget(null);
    const result = await callApi((api) => api.revealIdentity({ sourceId, passphrase: typed }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code === 'WRONG_PASSPHRASE' ? t('sources.identity.wrongPassphrase') : result.error.message);
      setFocusTarget('passphrase');
      return;
    }
    revealed.current = true;
    if (!mounted.current) {
      endReveal(); // The page was left while main was checking the passphrase.
      return;
    }
    const start = clock();
    setStartedAt(start);
    setMode({ name: 'revealed', terms: result.value.terms, deadline: start + result.value.hideAfterSeconds * 1000, editing: false });
    setAnnouncement(t('sources.identity.shown', { seconds: result.value.hideAfterSeconds }));
    setFocusTarget('terms');
  }

  async function copyTerm(index: number) {
    setError(null);
    const result = await callApi((api) => api.copyIdentityTerm({ sourceId, index }));
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const start = clock();
    setStartedAt(start);
    setCopy({ deadline: start + result.value.clearsAfterSeconds * 1000 });
    copiedAnnouncement.current = t('sources.identity.copiedAnnounce', { seconds: result.value.clearsAfterSeconds });
    setAnnouncement(copiedAnnouncement.current);
  }

  async function saveTerms(terms: IdentityTerm[]) {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.saveIdentity({ sourceId, terms }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.putSource(result.value);
    if (mode.name === 'revealed') {
      setMode({ ...mode, terms, editing: false });
      setAnnouncement(t('sources.identity.savedShown'));
      setFocusTarget('terms');
    } else {
      // Write-only: what was typed is gone; only the counts remain.
      setMode({ name: 'hidden' });
      setAnnouncement(t('sources.identity.savedHidden'));
      setFocusTarget('reveal');
    }
  }

  /** Cancel while asking for the passphrase or adding an identity. */
  function backToHidden() {
    setError(null);
    setMode({ name: 'hidden' });
    setFocusTarget('reveal');
  }

  return (
    <section ref={panelRef} className="panel identity-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('sources.identity.heading')}
      </h2>

      {away || mode.name === 'hidden' || mode.name === 'asking' ? <IdentityStateLine source={source} away={away} /> : null}

      {mode.name === 'hidden' ? (
        <IdentityHiddenActions
          source={source}
          away={away}
          revealButtonRef={revealButtonRef}
          onReveal={() => {
            setError(null);
            setMode({ name: 'asking' });
            setFocusTarget('passphrase');
          }}
          onAdd={() => {
            setError(null);
            setMode({ name: 'adding' });
          }}
          onBurn={() => setBurning(true)}
        />
      ) : null}
      {burning ? (
        <BurnIdentityDialog
          source={source}
          onClose={() => setBurning(false)}
          onBurned={(burned) => {
            setBurning(false);
            library.putSource(burned);
            setAnnouncement(t('sources.identity.burned'));
            setFocusTarget('reveal');
          }}
        />
      ) : null}

      {mode.name === 'asking' ? (
        <IdentityRevealForm passphraseRef={passphraseRef} busy={busy} error={error} onReveal={(typed) => void reveal(typed)} onCancel={backToHidden} />
      ) : null}

      {mode.name === 'adding' ? (
        <>
          <p className="panel-intro">{t('sources.identity.addIntro')}</p>
          <IdentityEditor initial={[]} busy={busy} error={error} onSave={(terms) => void saveTerms(terms)} onCancel={backToHidden} />
        </>
      ) : null}

      {mode.name === 'revealed' ? (
        <div className="identity-revealed">
          {holding && secondsLeft(mode.deadline, now) === 0 ? (
            <p className="field-warning identity-held" role="status">
              {t('sources.identity.held')}
            </p>
          ) : (
            <p className="identity-countdown" role="timer" aria-live="off">
              {holding ? t('sources.identity.waiting', { seconds: secondsLeft(mode.deadline, now) }) : t('sources.identity.hidesIn', { seconds: secondsLeft(mode.deadline, now) })}
            </p>
          )}
          {mode.editing ? (
            <IdentityEditor
              initial={mode.terms}
              busy={busy}
              error={error}
              onDirtyChange={setEditorDirty}
              onSave={(terms) => void saveTerms(terms)}
              onCancel={() => {
                setError(null);
                setMode({ ...mode, editing: false });
                setFocusTarget('terms');
              }}
            />
          ) : (
            <>
              <RevealedIdentityTerms terms={mode.terms} termsRef={termsRef} idPrefix={headingId} onCopy={(index) => void copyTerm(index)} />
              <FormError message={error} />
              <div className="button-row">
                <button type="button" className="button button-primary" onClick={() => hide('button')}>
                  {t('sources.identity.hide')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setError(null);
                    setMode({ ...mode, editing: true });
                  }}
                >
                  {t('sources.identity.edit')}
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}

      {copy ? <p className="form-status">{t('sources.identity.copied', { seconds: secondsLeft(copy.deadline, now) })}</p> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
