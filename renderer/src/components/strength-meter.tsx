import type { PassphraseAssessment } from '../../../common/vault/passphrase-strength';

interface StrengthMeterProps {
  /** null while the field is empty: nothing to judge yet. */
  assessment: PassphraseAssessment | null;
  labelId: string;
  feedbackId: string;
}

const SEGMENTS = [1, 2, 3, 4] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function StrengthMeter({ assessment, labelId, feedbackId }: StrengthMeterProps) {
  const score = assessment?.score ?? 0;
  const label = assessment ? capitalise(assessment.label) : 'Not entered yet';
  // A non-empty but very weak passphrase still lights one segment, so typing visibly does something.
  const filled = assessment ? Math.max(score, 1) : 0;
  return (
    <div className={`strength strength-${assessment ? score : 'empty'}`}>
      <div className="strength-row">
        <div
          role="meter"
          aria-label="Passphrase strength"
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
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
