import { saidOnSchema, precisionOf } from '../../../common/domain/statement';

export type SaidOnPrecision = 'unknown' | 'year' | 'month' | 'day';

/** What the "Date said" inputs hold while being edited; only complete values become a saidOn. */
export interface SaidOnDraft {
  precision: SaidOnPrecision;
  year: string;
  month: string;
  day: string;
}

/**
 * A new statement's date starts as a day to pick (the usual case: the interview's date); left
 * empty, the date is unknown. Month and year are there for when that is all the reporter knows.
 */
export const EMPTY_SAID_ON: SaidOnDraft = { precision: 'day', year: '', month: '', day: '' };

export function draftFromSaidOn(saidOn: string | null): SaidOnDraft {
  if (!saidOn) return EMPTY_SAID_ON;
  const precision = precisionOf(saidOn);
  return {
    precision,
    year: saidOn.slice(0, 4),
    month: precision === 'year' ? '' : saidOn.slice(0, 7),
    day: precision === 'day' ? saidOn : '',
  };
}

/** Switching precision keeps what still fits: 2018-05-05 becomes 2018-05, then 2018. */
export function changePrecision(draft: SaidOnDraft, precision: SaidOnPrecision): SaidOnDraft {
  const known = draft.day || draft.month || draft.year;
  return {
    precision,
    year: draft.year || known.slice(0, 4),
    month: draft.month || (known.length >= 7 ? known.slice(0, 7) : ''),
    day: draft.day,
  };
}

export type SaidOnParse = { ok: true; value: string | null } | { ok: false; error: string };

export function saidOnFromDraft(draft: SaidOnDraft): SaidOnParse {
  const raw =
    draft.precision === 'unknown'
      ? null
      : draft.precision === 'year'
        ? draft.year.trim()
        : draft.precision === 'month'
          ? draft.month.trim()
          : draft.day.trim();
  if (raw === null) return { ok: true, value: null };
  // Nothing picked is no date, whatever the precision: the field never blocks a save.
  if (raw === '') return { ok: true, value: null };
  const parsed = saidOnSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'That date does not exist' };
  return { ok: true, value: parsed.data };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 May 2018", "May 2018", "2018" or "Unknown date": only the precision the reporter knows. */
export function formatSaidOn(saidOn: string | null): string {
  if (!saidOn) return 'Unknown date';
  const [year, month, day] = saidOn.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? saidOn;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
