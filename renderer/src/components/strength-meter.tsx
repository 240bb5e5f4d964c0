import type { PassphraseAssessment } from '../../../common/vault/passphrase-strength';
import { useT } from '../i18n/use-t';

interface StrengthMeterProps {
  /** null while the field is empty: nothing to judge yet. */
  assessment: PassphraseAssessment | null;
  labelId: string;
  feedbackId: string;
}

const SEGMENTS = [1, 2, 3, 4] as const;

const LEVELS = ['passphrase.strength.0', 'passphrase.strength.1', 'passphrase.strength.2', 'passphrase.strength.3', 'passphrase.strength.4'] as const;

/** common/ words its advice in English; each of its few sentences has a catalog entry. */
function adviceText(line: string, t: ReturnType<typeof useT>): string {
  const wellKnown = /^Avoid well-known passwords such as “(.*)”\.$/.exec(line);
  if (wellKnown) return t('passphrase.advice.wellKnown', { word: wellKnown[1] });
  const length = /^Use at least (\d+) characters\.$/.exec(line);
  if (length) return t('passphrase.advice.length', { min: Number(length[1]) });
  if (line.startsWith('Avoid repeated characters')) return t('passphrase.advice.repeats');
  if (line.startsWith('Four or more unrelated words')) return t('passphrase.advice.words');
  return line;
}

export function StrengthMeter({ assessment, labelId, feedbackId }: StrengthMeterProps) {
  const score = assessment?.score ?? 0;
  const t = useT();
  const label = assessment ? t(LEVELS[assessment.score]) : t('passphrase.strength.empty');
  // A non-empty but very weak passphrase still lights one segment, so typing visibly does something.
  const filled = assessment ? Math.max(score, 1) : 0;
  return (
    <div className={`strength strength-${assessment ? score : 'empty'}`}>
      <div className="strength-row">
        <div
          role="meter"
          aria-label={t('passphrase.strength.label')}
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={score}
          aria-valuetext={label}
          className="strength-bar"
        >
          {SEGMENTS.map((segment) => (
            <span key={segment} className={segment <= filled ? 'strength-segment is-filled' : 'strength-segment'} />
          ))}
        </div>
        <span id={labelId} className="strength-label" aria-live="polite">
          {label}
        </span>
      </div>
      {assessment && assessment.feedback.length > 0 ? (
        <ul id={feedbackId} className="strength-feedback">
          {assessment.feedback.map((line) => (
            <li key={line}>{adviceText(line, t)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
