import { readingsMap, type AcronymReadingsSetting } from '../../common/domain/acronym-readings';
import type { Vault } from '../vault/vault';
import { collectionIn, COLLECTIONS } from './collections';

// The vault's acronym readings (common/domain/acronym-readings.ts), one item of the settings
// collection. Exports and the review spell Korean particles with them, as the editor does.

const READINGS_ITEM = 'acronymReadings';

export function readAcronymReadings(vault: Vault): AcronymReadingsSetting {
  const stored = vault.collection<Partial<AcronymReadingsSetting>>(COLLECTIONS.settings)[READINGS_ITEM];
  return { entries: Array.isArray(stored?.entries) ? stored.entries : [] };
}

export function acronymReadingsOf(vault: Vault): Map<string, string> {
  return readingsMap(readAcronymReadings(vault).entries);
}

export async function writeAcronymReadings(vault: Vault, setting: AcronymReadingsSetting): Promise<AcronymReadingsSetting> {
  const entries = setting.entries.map((e) => ({ acronym: e.acronym, reading: e.reading }));
  await vault.update((data) => {
    collectionIn<AcronymReadingsSetting>(data, COLLECTIONS.settings)[READINGS_ITEM] = { entries };
  });
  return { entries };
}
