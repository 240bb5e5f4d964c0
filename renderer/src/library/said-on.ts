import { saidOnSchema, precisionOf } from '../../../common/domain/statement';
import { activeLocale, translate } from '../i18n/translate';

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
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? translate('saidOn.invalid') };
  return { ok: true, value: parsed.data };
}

/**
 * "5 May 2018", "May 2018", "2018" or "Unknown date" (2018년 5월 5일 in Korean): only the
 * precision the reporter knows. English keeps the newsroom's day-month-year order.
 */
export function formatSaidOn(saidOn: string | null, unknown: 'saidOn.unknown' | 'saidOn.noDate' = 'saidOn.unknown'): string {
  if (!saidOn) return translate(unknown);
  const [year, month, day] = saidOn.split('-').map(Number);
  if (!year) return saidOn;
  if (!month || month < 1 || month > 12) return String(year);
  const locale = activeLocale() === 'en' ? 'en-GB' : activeLocale();
  const date = new Date(Date.UTC(year, month - 1, day || 1));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) }).format(date);
}
