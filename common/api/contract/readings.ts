import { acronymReadingsSchema, type AcronymReadingsSetting } from '../../domain/acronym-readings';
import { method, noInput } from './fields';

// Korean particles: the vault's acronym readings (readings area).

export const readingsMethods = {
  /** The vault's table of acronyms said as words, for particles after labels ending in one. */
  getAcronymReadings: method<AcronymReadingsSetting>()(noInput),
  /** Replaces the table. */
  saveAcronymReadings: method<AcronymReadingsSetting>()(acronymReadingsSchema),
};
