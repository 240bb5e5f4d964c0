import { message } from '../../common/domain/message';
import { promises as fs } from 'node:fs';
import { previewLabel } from '../../common/attribution/label-forms';
import { ShieldnoteError } from '../../common/api/errors';
import type { BurnOutcome } from '../../common/domain/travel';
import { replaceAllBackups } from '../vault/backups';
import type { Vault } from '../vault/vault';
import type { AppSettingsStore } from '../service/app-settings';
import { appendAudit } from './audit-log';
import { confirmWithPassphrase } from './confirmations';
import { COLLECTIONS, collectionIn, writeSettings, type StoredSource } from './collections';
import { afterIdentityWrites, readIdentities, writeAllIdentities } from './identity-compartment';
import { storedSource, toSource } from './sources';
import { isAway, removeCompartmentsFromKeptCopies, travelFilesOnDevice, writeTravelFile } from './travel';
import { openTravelFile, type TravelContent, type TravelFile } from './travel-file';

// Burning one source's identity: gone from the vault's compartment, from every backup (all are
// replaced by one written after the burn), and from every travel file on this device (rewritten
// without it, which needs their key). The burn list in the catalog makes any other copy of a
// travel file skip the source when it is restored. Label, profile and statements stay.

/** What the user must type to confirm: the label as a story first mentions the source. */
export function burnConfirmationText(source: Pick<StoredSource, 'label'>): string {
  return previewLabel(source.label).first;
}

const loose = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export async function burnIdentity(
  vault: Vault,
  settings: AppSettingsStore,
  input: { sourceId: string; confirmation: string; passphrase: string; key?: string | undefined },
): Promise<BurnOutcome> {
  const source = storedSource(vault, input.sourceId);
  if (loose(input.confirmation) !== loose(burnConfirmationText(source))) {
    throw new ShieldnoteError('VALIDATION', `Type “${burnConfirmationText(source)}” to confirm.`);
  }
  // The typed label shows intent; the passphrase, which main checks, is the user's decision.
  await confirmWithPassphrase(vault, input.passphrase, { what: `burn the identity of ${burnConfirmationText(source)}`, unchanged: 'Nothing was burned.', sourceId: input.sourceId, audit: { decision: 'burn', subject: burnConfirmationText(source) } });

  // Every travel file on this device must open before anything changes.
  const files = await travelFilesOnDevice(vault, settings);
  const opened: { path: string; head: TravelFile; content: TravelContent }[] = [];
  for (const file of files) {
    if (!input.key) {
      throw new ShieldnoteError('LOCKED', `A travel file of this vault is on this device (${file.path}). Type its ${file.sealedTo === 'recovery-key' ? 'recovery key' : 'travel key'} so it can be rewritten without this identity.`);
    }
    opened.push({ path: file.path, ...(await openTravelFile(new Uint8Array(await fs.readFile(file.path)), input.key)) });
  }

  const sourceId = input.sourceId;
  const at = new Date().toISOString();
  await afterIdentityWrites(vault, async () => {
    // Written before the compartment changes: from now on no copy anywhere restores this source.
    await vault.update((data) => {
      writeSettings(data, (s) => (s.burned = { ...s.burned, [sourceId]: at }));
      collectionIn<StoredSource>(data, COLLECTIONS.sources)[sourceId]!.identityCounts = {};
      // A dismissed leak-guard finding keeps a folded copy of the matched term in its key.
      for (const draft of Object.values(collectionIn<{ dismissed?: Record<string, unknown> }>(data, COLLECTIONS.drafts))) {
        for (const key of Object.keys(draft.dismissed ?? {})) if (key.startsWith(`${sourceId}:`)) delete draft.dismissed![key];
      }
      appendAudit(data, vault, 'identity.burned', sourceId, message('audit.detail.burned', { count: opened.length }));
    });
  });
  if (!isAway(vault)) {
    const all = await readIdentities(vault);
    if (all[sourceId]) {
      delete all[sourceId];
      await writeAllIdentities(vault, all);
    }
  }
  await replaceAllBackups(vault);
  await removeCompartmentsFromKeptCopies(vault.dir);

  let rewritten = 0;
  for (const file of opened) {
    if (!file.content.sources[sourceId]) continue;
    const { [sourceId]: _burned, ...rest } = file.content.sources;
    // Review copies' identities (another reporter's sources) stay in the file as they were.
    const dismissed = Object.fromEntries(
      Object.entries(file.content.dismissed).map(([draftId, keys]) => [draftId, Object.fromEntries(Object.entries(keys).filter(([key]) => !key.startsWith(`${sourceId}:`)))]),
    );
    await writeTravelFile(file.path, { ...file.content, sources: rest, dismissed }, input.key!, { vaultId: file.head.vaultId, sealedTo: file.head.sealedTo, createdAt: file.head.createdAt });
    rewritten++;
  }
  return { source: toSource(storedSource(vault, sourceId)), travelFilesRewritten: rewritten, backupsReplaced: true };
}
