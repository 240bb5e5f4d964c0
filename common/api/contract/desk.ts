import { z } from 'zod';
import { DESK_CLEANUP_DAYS, DESK_FILE_NAME, type DeskImportResult, type DeskListing, type DeskSettingsView } from '../../domain/desk';
import { method, noInput } from './fields';

// The desk folder (desk area; docs/review-packages.md "The desk folder").

export const deskMethods = {
  getDeskSettings: method<DeskSettingsView>()(noInput),
  /** Main's own folder dialog names the desk folder; no request field can. */
  chooseDeskFolder: method<DeskSettingsView>()(noInput),
  setDeskCleanupDays: method<DeskSettingsView>()(z.strictObject({ days: z.number().int().min(DESK_CLEANUP_DAYS.min).max(DESK_CLEANUP_DAYS.max) })),
  forgetDeskFolder: method<DeskSettingsView>()(noInput),
  /** The packages and decisions on the desk addressed to this vault (cheap when nothing changed: the folder is watched). */
  listDesk: method<DeskListing>()(noInput),
  /** Imports one desk file by its name, through the same checks and refusals as a file import. */
  importFromDesk: method<DeskImportResult>()(z.strictObject({ name: z.string().max(64).regex(DESK_FILE_NAME, 'Not a desk file name') })),
};
