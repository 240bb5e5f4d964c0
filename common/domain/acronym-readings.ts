import { z } from 'zod';
import { ACRONYM_READINGS_BUDGET } from '../attribution/korean-particles';

// How the vault's reporters say acronyms that are read as words (NATO 나토, NASDAQ 나스닥), so a
// Korean particle after a label ending in one agrees with what is said. Letters are said by name
// when an acronym is not in the table (korean-particles.ts).

export const acronymReadingSchema = z.strictObject({
  acronym: z
    .string()
    .trim()
    .min(1, 'Write the acronym')
    .max(ACRONYM_READINGS_BUDGET.acronymChars, `Keep it under ${ACRONYM_READINGS_BUDGET.acronymChars} characters`)
    .regex(/^[A-Za-z]+$/, 'Latin letters only, as the label spells it'),
  reading: z
    .string()
    .trim()
    .min(1, 'Write how it is said')
    .max(ACRONYM_READINGS_BUDGET.readingChars, `Keep it under ${ACRONYM_READINGS_BUDGET.readingChars} characters`)
    .regex(/^[\uAC00-\uD7A3]+$/, 'Hangul syllables only, as it is said'),
});
export type AcronymReading = z.infer<typeof acronymReadingSchema>;

export const acronymReadingsSchema = z.strictObject({
  entries: z
    .array(acronymReadingSchema)
    .max(ACRONYM_READINGS_BUDGET.entries, `At most ${ACRONYM_READINGS_BUDGET.entries} acronyms`)
    .refine((entries) => new Set(entries.map((e) => e.acronym.toUpperCase())).size === entries.length, 'Each acronym once'),
});
export type AcronymReadingsSetting = z.infer<typeof acronymReadingsSchema>;

/** The table as the particle rules read it. */
export function readingsMap(entries: readonly AcronymReading[]): Map<string, string> {
  return new Map(entries.map((e) => [e.acronym, e.reading]));
}
