import { existsSync } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import type { InputOf, ResultOf } from '../../common/api/contract';
import type { MethodName } from '../../common/api/method-names';
import type { KnownVault, VaultStatus } from '../../common/api/types';
import { DEFAULT_KDF_POLICY, MIB, type KdfPolicy } from '../vault/kdf';
import { wipe } from '../vault/sodium';
import { HEADER_FILE, type VaultHeader } from '../vault/vault-header';
import { Vault } from '../vault/vault';
import { AppSettingsStore } from './app-settings';
import type { Platform } from './platform';
import type { Preferences } from '../../common/api/types';
import type { RevealedIdentity } from '../../common/domain/identity';
import type { Source } from '../../common/domain/source';
import type { Statement } from '../../common/domain/statement';
import type { DeleteOutcome, SearchResult, TagCount } from '../../common/domain/search';
import type { AuditEntry } from '../../common/domain/audit';
import { appendAudit, listAudit } from '../features/audit-log';
import { COLLECTIONS, DEFAULT_PREFERENCES, collectionIn, readSettings, writeSettings, type StoredSource } from '../features/collections';
import { allIdentityTerms, readIdentities, writeIdentity } from '../features/identity-compartment';
import { RevealSessions } from '../features/reveal-sessions';
import { SearchIndex } from '../features/search-index';
import { countTerms, listSources, saveSource, storedSource, toSource } from '../features/sources';
import { addAttachment, listStatements, readAttachment, removeAttachment, saveStatements, storedStatement, toStatement } from '../features/statements';
import { deleteItem, purgeTrash, setArchived, undoDelete } from '../features/trash';
import { createDraft, getDraft, listDrafts, saveDraftBody, saveDraftMeta, setDraftStatus, storedDraft, toMeta } from '../features/drafts';
import type { Draft, DraftMeta } from '../../common/domain/draft';
import type { LeakReport } from '../../common/domain/leak-report';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import { buildScanner, dismissFinding, scanDraft, scanPublishable } from '../features/leak-guard';
import { buildPublishable, type PublishableDocument, type PubImage } from '../../common/document/publishable';
// --- export ---
import type { DraftImage } from '../../common/domain/draft-image';
import type { ExportPreview, ExportResult } from '../../common/domain/export-result';
import { addDraftImage, listDraftImages, readDraftImage, removeDraftImage, updateDraftImage } from '../features/draft-images';
import { exportDraftFiles, previewExport, type ExportContext } from '../export/export-draft';
import { gateContext, requireFinalExportable } from '../export/export-gate';
// --- wordpress ---
import type { WordPressPublication, WordPressPublishResult, WordPressSettingsView } from '../../common/domain/wordpress';
import { forgetWordPressSettings, getWordPressPublication, getWordPressSettings, publishToWordPress, saveWordPressSettings } from '../features/wordpress';
// --- editor review ---
import type { CorroborationLink } from '../../common/domain/review';
import type { ReviewView } from '../../common/review/review-view';
import { decideCitation, getReview, reopenChangedApprovals, reopenForStatement, signOff, tickChecklist } from '../features/review';
import { linkCorroboration, listCorroborations } from '../features/corroboration';

// --- people and review packages ---
import type { Contact, ContactPreview, MyProfile } from '../../common/domain/people';
import type { ImportedPackage, ImportedResponse, ReviewCopySummary, SavedFile, SentPackageSummary } from '../../common/domain/review-package';
import { myProfile, saveProfile } from '../features/profile';
import { addContact, listContacts, previewContact, removeContact } from '../features/contacts';
import { settleReturnedSignOff } from '../features/review';
import { listSent } from '../review-packages/exchange';
import { listCopies } from '../review-packages/review-copies';
import { importPackageFile, importResponseFile, revealCopyIdentity, saveResponseFile, sendForReview } from '../review-packages/package-actions';
// --- hardening: passphrase, recovery key, travel mode, burn ---
import type { BurnOutcome, RestoreOutcome, TravelOutcome, TravelStatus } from '../../common/domain/travel';
import { burnIdentity } from '../features/burn';
import { assertIdentitiesHere, enterTravelMode, finishTravelOut, isAway, restoreFromTravel, travelStatus } from '../features/travel';
import { newTravelKey } from '../features/travel-file';
// --- hardening: backups, rollback, auto-lock ---
import type { LockReason } from '../../common/domain/vault-health';
import { VaultSafety, type SafetyOptions } from '../features/vault-safety';
import { assertStrongEnough, changePassphrase, passphraseBytes, replaceRecoveryKey, setPassphraseAfterRecovery } from '../features/vault-secrets';
import { normalizeKeyText } from '../../common/vault/recovery-key';

/** Every contract method, implemented once. IPC, the CLI and the tests all call this. */
export type ServiceMethods = { [M in MethodName]: (input: InputOf<M>) => Promise<ResultOf<M>> };

export interface ServiceOptions {
  platform: Platform;
  kdfPolicy?: KdfPolicy;
  /** Seconds before a copied secret is wiped from the clipboard (if it is still there). */
  clipboardClearSeconds?: number;
  now?: () => Date;
  // --- hardening: backups, rollback, auto-lock ---
  safety?: SafetyOptions;
}

export const DEFAULT_VAULT_FOLDER = 'Vault';

export class ShieldnoteService implements ServiceMethods {
  private vaultPath: string | null = null;
  private vault: Vault | null = null;
  private pendingRecoveryKey: string | null = null;
  private clipboardTimer: NodeJS.Timeout | null = null;
  private clipboardSecret: string | null = null;
  private readonly settings: AppSettingsStore;
  private searchIndex: SearchIndex | null = null;
  private readonly reveals = new RevealSessions();
  /** Compiled from every identity term; rebuilt after identities change, dropped at lock. */
  private scanner: Promise<LeakScanner> | null = null;
  private readonly kdfPolicy: KdfPolicy;
  private readonly clipboardClearSeconds: number;
  private readonly now: () => Date;
  /** Serializes create/unlock/lock/select so two clicks never race on the vault folder. */
  private transition: Promise<unknown> = Promise.resolve();
  // --- hardening ---
  /** Unlocked with the recovery key: a new passphrase may be set without the old one. */
  private unlockedWithRecovery = false;
  /** A travel key shown to the user, until travel mode starts with it or the vault locks. */
  private pendingTravelKey: string | null = null;

  constructor(private readonly options: ServiceOptions) {
    this.settings = new AppSettingsStore(options.platform.appDataDir);
    this.kdfPolicy = options.kdfPolicy ?? DEFAULT_KDF_POLICY;
    this.clipboardClearSeconds = options.clipboardClearSeconds ?? 30;
    this.now = options.now ?? (() => new Date());
    this.safety = this.createSafety(options.safety);
  }

  get defaultVaultPath(): string {
    return path.join(this.options.platform.appDataDir, DEFAULT_VAULT_FOLDER);
  }

  async getStatus(): Promise<VaultStatus> {
    const dir = await this.currentPath();
    if (this.vault) return this.unlockedStatus(this.vault);
    const presence = await this.safety.inspect(dir);
    if (presence.state === 'absent') {
      return { path: dir, state: 'absent', name: null, createdAt: null, kdf: null, recoveryKeyPending: false };
    }
    return { path: dir, state: 'locked', name: null, createdAt: presence.header.createdAt, kdf: kdfSummary(presence.header), recoveryKeyPending: false };
  }

  async listVaults(): Promise<KnownVault[]> {
    const settings = await this.settings.read();
    const list: KnownVault[] = settings.knownVaults.map((v) => ({
      path: v.path,
      isDefault: v.path === this.defaultVaultPath,
      exists: existsSync(path.join(v.path, HEADER_FILE)),
      lastOpenedAt: v.lastOpenedAt,
    }));
    if (!list.some((v) => v.isDefault)) {
      list.push({ path: this.defaultVaultPath, isDefault: true, exists: existsSync(path.join(this.defaultVaultPath, HEADER_FILE)), lastOpenedAt: null });
    }
    return list;
  }

  selectVault(input: InputOf<'selectVault'>): Promise<VaultStatus> {
    return this.serialized(async () => {
      const dir = path.resolve(input.path);
      if (this.vault && this.vault.dir !== dir) await this.closeVault();
      this.vaultPath = dir;
      return this.getStatus();
    });
  }

  async pickVaultFolder(): Promise<{ path: string | null }> {
    return { path: await this.options.platform.pickFolder() };
  }

  createVault(input: InputOf<'createVault'>): Promise<ResultOf<'createVault'>> {
    return this.serialized(async () => {
      assertStrongEnough(input.passphrase);
      await this.closeVault();
      const dir = path.resolve(input.path);
      this.vaultPath = dir;
      const secret = passphraseBytes(input.passphrase);
      try {
        const { vault, recoveryKey } = await Vault.create(dir, {
          name: input.name,
          passphrase: secret,
          kdfPolicy: this.kdfPolicy,
          now: this.now,
        });
        this.vault = vault;
        this.searchIndex = SearchIndex.build(vault);
        await this.safety.opened(vault);
        this.pendingRecoveryKey = recoveryKey;
        await this.settings.rememberVault(dir, this.now());
        return { status: this.unlockedStatus(vault), recoveryKey };
      } finally {
        wipe(secret);
      }
    });
  }

  async copyRecoveryKey(): Promise<ResultOf<'copyRecoveryKey'>> {
    this.requireVault();
    if (!this.pendingRecoveryKey) {
      throw new ShieldnoteError('NOT_FOUND', 'The recovery key is only shown once, right after the vault is created.');
    }
    await this.copySecret(this.pendingRecoveryKey);
    return { clearsAfterSeconds: this.clipboardClearSeconds };
  }

  async confirmRecoveryKey(input: InputOf<'confirmRecoveryKey'>): Promise<VaultStatus> {
    const vault = this.requireVault();
    if (vault.catalog.meta.recoveryKeyConfirmed) return this.unlockedStatus(vault);
    // After a restart the key is no longer in memory: check the typed key against the header.
    const matches = this.pendingRecoveryKey
      ? normalizeKeyText(input.recoveryKey) === normalizeKeyText(this.pendingRecoveryKey)
      : await Vault.recoveryKeyOpens(vault.header, input.recoveryKey);
    if (!matches) {
      throw new ShieldnoteError('WRONG_PASSPHRASE', 'That does not match the recovery key shown. Check each group of four and try again.');
    }
    await vault.update((data) => {
      data.meta.recoveryKeyConfirmed = true;
    });
    this.pendingRecoveryKey = null;
    return this.unlockedStatus(vault);
  }

  unlock(input: InputOf<'unlock'>): Promise<VaultStatus> {
    return this.serialized(async () => {
      if (this.vault) return this.unlockedStatus(this.vault);
      const dir = await this.currentPath();
      if (input.method === 'passphrase') {
        const secret = passphraseBytes(input.passphrase);
        try {
          this.vault = await Vault.unlock(dir, { kind: 'passphrase', passphrase: secret });
        } finally {
          wipe(secret);
        }
      } else {
        this.vault = await Vault.unlock(dir, { kind: 'recoveryKey', text: input.recoveryKey });
      }
      this.unlockedWithRecovery = input.method === 'recoveryKey';
      // An older copy than this computer has seen is held, unused, until the user decides.
      await this.safety.checkRollback(this.vault).catch((error: unknown) => {
        this.vault = null;
        throw error;
      });
      await this.afterUnlock(this.vault);
      await this.settings.rememberVault(dir, this.now());
      return this.unlockedStatus(this.vault);
    });
  }

  lock(): Promise<VaultStatus> {
    return this.serialized(async () => {
      await this.closeVault();
      return this.getStatus();
    });
  }

  async renameVault(input: InputOf<'renameVault'>): Promise<VaultStatus> {
    const vault = this.requireVault();
    await vault.update((data) => {
      data.meta.name = input.name;
    });
    return this.unlockedStatus(vault);
  }

  async getPreferences(): Promise<Preferences> {
    return { ...DEFAULT_PREFERENCES, ...readSettings(this.requireVault()).preferences };
  }

  async updatePreferences(input: InputOf<'updatePreferences'>): Promise<Preferences> {
    await this.requireVault().update((data) => writeSettings(data, (s) => (s.preferences = { ...DEFAULT_PREFERENCES, ...s.preferences, ...input })));
    return this.getPreferences();
  }

  async listSources(input: InputOf<'listSources'>): Promise<Source[]> {
    return listSources(this.requireVault(), input.includeArchived);
  }

  async saveSource(input: InputOf<'saveSource'>): Promise<Source> {
    const source = await saveSource(this.requireVault(), input);
    await this.searchIndex?.refresh('source', [source.id]);
    return source;
  }

  async revealIdentity(input: InputOf<'revealIdentity'>): Promise<RevealedIdentity> {
    const vault = this.requireVault();
    storedSource(vault, input.sourceId);
    assertIdentitiesHere(vault);
    const secret = passphraseBytes(input.passphrase);
    let ok: boolean;
    try {
      ok = await vault.verifyPassphrase(secret);
    } finally {
      wipe(secret);
    }
    if (!ok) {
      await vault.update((data) => appendAudit(data, vault, 'identity.reveal-refused', input.sourceId, 'wrong passphrase'));
      throw new ShieldnoteError('WRONG_PASSPHRASE', 'That passphrase is not right. The identity stays hidden.');
    }
    const { identityRevealSeconds } = await this.getPreferences();
    const terms = (await readIdentities(vault))[input.sourceId] ?? [];
    await vault.update((data) => appendAudit(data, vault, 'identity.revealed', input.sourceId, `${terms.length} term(s) for ${identityRevealSeconds} s`));
    this.reveals.open(input.sourceId, identityRevealSeconds);
    return { sourceId: input.sourceId, terms, hideAfterSeconds: identityRevealSeconds };
  }

  async hideIdentity(input: InputOf<'hideIdentity'>): Promise<{ hidden: true }> {
    this.reveals.close(input.sourceId);
    return { hidden: true };
  }

  async saveIdentity(input: InputOf<'saveIdentity'>): Promise<Source> {
    const vault = this.requireVault();
    storedSource(vault, input.sourceId);
    assertIdentitiesHere(vault);
    // Asked of the compartment itself, not the counts in the catalog (a crash between the two
    // writes must not let an identity be replaced without a reveal).
    const hasIdentity = ((await readIdentities(vault))[input.sourceId]?.length ?? 0) > 0;
    if (hasIdentity && !this.reveals.canEdit(input.sourceId)) {
      throw new ShieldnoteError('LOCKED', 'Reveal the identity (with your passphrase) before changing it.');
    }
    await writeIdentity(vault, input.sourceId, input.terms);
    this.scanner = null;
    await vault.update((data) => {
      collectionIn<StoredSource>(data, COLLECTIONS.sources)[input.sourceId]!.identityCounts = countTerms(input.terms);
      appendAudit(data, vault, 'identity.changed', input.sourceId, `${input.terms.length} term(s)`);
    });
    return toSource(storedSource(vault, input.sourceId));
  }

  async copyIdentityTerm(input: InputOf<'copyIdentityTerm'>): Promise<ResultOf<'copyIdentityTerm'>> {
    const vault = this.requireVault();
    assertIdentitiesHere(vault);
    if (!this.reveals.isDisplayed(input.sourceId)) {
      throw new ShieldnoteError('LOCKED', 'The identity is hidden again. Reveal it to copy a term.');
    }
    const term = (await readIdentities(vault))[input.sourceId]?.[input.index];
    if (!term) throw new ShieldnoteError('NOT_FOUND', 'That identity term does not exist.');
    await this.copySecret(term.value);
    await vault.update((data) => appendAudit(data, vault, 'identity.copied', input.sourceId, `${term.kind} copied to the clipboard`));
    return { clearsAfterSeconds: this.clipboardClearSeconds };
  }

  async listStatements(input: InputOf<'listStatements'>): Promise<Statement[]> {
    return listStatements(this.requireVault(), input);
  }

  async getStatement(input: InputOf<'getStatement'>): Promise<Statement> {
    return toStatement(storedStatement(this.requireVault(), input.id));
  }

  async saveStatement(input: InputOf<'saveStatement'>): Promise<Statement> {
    const [statement] = await saveStatements(this.requireVault(), [input]);
    await this.searchIndex?.refresh('statement', [statement!.id]);
    if (input.id) await reopenForStatement(this.requireVault(), input.id); // editor review: an edited statement reopens its approvals
    return statement!;
  }

  async saveStatements(input: InputOf<'saveStatements'>): Promise<Statement[]> {
    const saved = await saveStatements(this.requireVault(), input.statements);
    await this.searchIndex?.refresh('statement', saved.map((s) => s.id));
    return saved;
  }

  async addAttachment(input: InputOf<'addAttachment'>): Promise<Statement> {
    const data = Buffer.from(input.dataBase64, 'base64');
    return addAttachment(this.requireVault(), input.statementId, { name: input.name, mimeType: input.mimeType, data });
  }

  async getAttachment(input: InputOf<'getAttachment'>): Promise<ResultOf<'getAttachment'>> {
    const file = await readAttachment(this.requireVault(), input.statementId, input.attachmentId);
    return { name: file.name, mimeType: file.mimeType, dataBase64: Buffer.from(file.data).toString('base64') };
  }

  async removeAttachment(input: InputOf<'removeAttachment'>): Promise<Statement> {
    return removeAttachment(this.requireVault(), input.statementId, input.attachmentId);
  }

  async search(input: InputOf<'search'>): Promise<SearchResult> {
    this.requireVault();
    return this.requireIndex().search(input);
  }

  async listTags(): Promise<TagCount[]> {
    this.requireVault();
    return this.requireIndex().listTags();
  }

  async deleteItem(input: InputOf<'deleteItem'>): Promise<DeleteOutcome> {
    const vault = this.requireVault();
    const affected = input.kind === 'source' ? listStatements(vault, { sourceId: input.id, includeArchived: true }).map((s) => s.id) : [];
    const outcome = await deleteItem(vault, input.kind, input.id);
    if (outcome.outcome === 'deleted' && input.kind !== 'draft') {
      await this.searchIndex?.refresh(input.kind, [input.id]);
      await this.searchIndex?.refresh('statement', affected);
    }
    return outcome;
  }

  async setArchived(input: InputOf<'setArchived'>): Promise<{ archived: boolean }> {
    if (input.kind === 'draft') throw new ShieldnoteError('VALIDATION', 'Drafts are not archived; delete one instead.');
    await setArchived(this.requireVault(), input.kind, input.id, input.archived);
    return { archived: input.archived };
  }

  async undoDelete(input: InputOf<'undoDelete'>): Promise<{ restored: true }> {
    const vault = this.requireVault();
    await undoDelete(vault, input.kind, input.id);
    if (input.kind === 'draft') return { restored: true };
    await this.searchIndex?.refresh(input.kind, [input.id]);
    if (input.kind === 'source') await this.searchIndex?.refresh('statement', listStatements(vault, { sourceId: input.id, includeArchived: true }).map((s) => s.id));
    return { restored: true };
  }

  async listAudit(input: InputOf<'listAudit'>): Promise<AuditEntry[]> {
    return listAudit(this.requireVault(), input.limit);
  }

  async listDrafts(): Promise<DraftMeta[]> {
    return listDrafts(this.requireVault());
  }

  async createDraft(input: InputOf<'createDraft'>): Promise<Draft> {
    return createDraft(this.requireVault(), input);
  }

  async getDraft(input: InputOf<'getDraft'>): Promise<Draft> {
    return getDraft(this.requireVault(), input.id);
  }

  async saveDraftBody(input: InputOf<'saveDraftBody'>): Promise<DraftMeta> {
    const vault = this.requireVault();
    await saveDraftBody(vault, input.id, input.baseRevision, input.body);
    // Editor review: an edited passage reopens exactly the approvals it touched.
    await reopenChangedApprovals(vault, input.id);
    return toMeta(storedDraft(vault, input.id));
  }

  async saveDraftMeta(input: InputOf<'saveDraftMeta'>): Promise<DraftMeta> {
    const { id, ...fields } = input;
    return saveDraftMeta(this.requireVault(), id, fields);
  }

  async setDraftStatus(input: InputOf<'setDraftStatus'>): Promise<DraftMeta> {
    return setDraftStatus(this.requireVault(), input.id, input.status);
  }

  async scanDraft(input: InputOf<'scanDraft'>): Promise<LeakReport> {
    const vault = this.requireVault();
    return scanDraft(vault, await this.leakScanner(), input.id);
  }

  async dismissFinding(input: InputOf<'dismissFinding'>): Promise<LeakReport> {
    const vault = this.requireVault();
    // Only a finding the draft really has can be dismissed (the key names a source).
    const current = await scanDraft(vault, await this.leakScanner(), input.draftId);
    if (!current.findings.some((f) => f.key === input.key)) {
      throw new ShieldnoteError('NOT_FOUND', 'That finding is no longer in the draft.');
    }
    await dismissFinding(vault, input.draftId, input.key, input.reason);
    return scanDraft(vault, await this.leakScanner(), input.draftId);
  }

  // --- editor review ---
  async getReview(input: InputOf<'getReview'>): Promise<ReviewView> {
    return getReview(this.requireVault(), await this.leakScanner(), input.subject);
  }

  async decideCitation(input: InputOf<'decideCitation'>): Promise<ReviewView> {
    return decideCitation(this.requireVault(), await this.leakScanner(), input);
  }

  async tickChecklist(input: InputOf<'tickChecklist'>): Promise<ReviewView> {
    return tickChecklist(this.requireVault(), await this.leakScanner(), input);
  }

  async signOff(input: InputOf<'signOff'>): Promise<ReviewView> {
    return signOff(this.requireVault(), await this.leakScanner(), input.subject);
  }

  async listCorroborations(input: InputOf<'listCorroborations'>): Promise<CorroborationLink[]> {
    return listCorroborations(this.requireVault(), input.statementId);
  }

  async linkCorroboration(input: InputOf<'linkCorroboration'>): Promise<CorroborationLink[]> {
    return linkCorroboration(this.requireVault(), input.statementIds, input.linked);
  }

  /** For the export gate: a final export needs an approved draft whose approvals still hold. */
  async requireFinalExportable(draftId: string): Promise<void> {
    await requireFinalExportable(this.requireVault(), draftId);
  }

  // --- people and review packages ---
  async getMyProfile(): Promise<{ profile: MyProfile | null }> {
    return { profile: myProfile(this.requireVault()) };
  }

  async saveProfile(input: InputOf<'saveProfile'>): Promise<MyProfile> {
    await saveProfile(this.requireVault(), input);
    return myProfile(this.requireVault())!;
  }

  async copyMyKey(): Promise<ResultOf<'copyMyKey'>> {
    const me = myProfile(this.requireVault());
    if (!me) throw new ShieldnoteError('NOT_FOUND', 'Set your name and role first: your key is made with your profile.');
    await this.copySecret(me.keyString);
    return { clearsAfterSeconds: this.clipboardClearSeconds };
  }

  async listContacts(): Promise<Contact[]> {
    return listContacts(this.requireVault());
  }

  async previewContact(input: InputOf<'previewContact'>): Promise<ContactPreview> {
    return previewContact(this.requireVault(), input.keyString);
  }

  async addContact(input: InputOf<'addContact'>): Promise<Contact> {
    return addContact(this.requireVault(), input.keyString);
  }

  async removeContact(input: InputOf<'removeContact'>): Promise<{ removed: true }> {
    return removeContact(this.requireVault(), input.id);
  }

  async sendForReview(input: InputOf<'sendForReview'>): Promise<SavedFile> {
    return sendForReview(this.requireVault(), this.options.platform, input);
  }

  async listSentPackages(input: InputOf<'listSentPackages'>): Promise<SentPackageSummary[]> {
    return listSent(this.requireVault(), input.draftId);
  }

  async importReviewPackage(): Promise<ImportedPackage> {
    return importPackageFile(this.requireVault(), this.options.platform);
  }

  async listReviewCopies(): Promise<ReviewCopySummary[]> {
    return listCopies(this.requireVault());
  }

  async saveReviewResponse(input: InputOf<'saveReviewResponse'>): Promise<SavedFile> {
    return saveResponseFile(this.requireVault(), this.options.platform, input.copyId);
  }

  async importReviewResponse(): Promise<ImportedResponse> {
    const imported = await importResponseFile(this.requireVault(), this.options.platform);
    if (imported.draftId) await settleReturnedSignOff(this.requireVault(), await this.leakScanner(), imported.draftId);
    return imported;
  }

  async revealCopyIdentity(input: InputOf<'revealCopyIdentity'>): Promise<RevealedIdentity> {
    const { identityRevealSeconds } = await this.getPreferences();
    return revealCopyIdentity(this.requireVault(), { ...input, passphrase: passphraseBytes(input.passphrase) }, identityRevealSeconds);
  }

  /** The publishable document of a draft: what the preview shows and every export serializes. */
  async publishableDocument(draftId: string, images: PubImage[] = []): Promise<PublishableDocument> {
    const vault = this.requireVault();
    const { meta, body } = await getDraft(vault, draftId);
    const statements = new Map(listStatements(vault, { includeArchived: true }).map((s) => [s.id, s]));
    const labels = new Map(listSources(vault, true).map((s) => [s.id, s.label]));
    return buildPublishable(meta, body, statements, labels, images);
  }

  /**
   * The export gate: one call that scans a finished document, every field a reader can see,
   * and returns the findings (dismissals made in the draft apply).
   */
  async gateScan(doc: PublishableDocument, draftId?: string): Promise<LeakReport['findings']> {
    const { labelOf, dismissed } = gateContext(this.requireVault(), draftId);
    return scanPublishable(await this.leakScanner(), doc, labelOf, dismissed);
  }

  // --- export ---
  async listDraftImages(input: InputOf<'listDraftImages'>): Promise<DraftImage[]> {
    return listDraftImages(this.requireVault(), input.draftId);
  }

  async addDraftImage(input: InputOf<'addDraftImage'>): Promise<DraftImage[]> {
    const { draftId, name, dataBase64, ...fields } = input;
    return addDraftImage(this.requireVault(), draftId, { name, data: Buffer.from(dataBase64, 'base64') }, fields);
  }

  async updateDraftImage(input: InputOf<'updateDraftImage'>): Promise<DraftImage[]> {
    const { draftId, imageId, ...fields } = input;
    return updateDraftImage(this.requireVault(), draftId, imageId, fields);
  }

  async removeDraftImage(input: InputOf<'removeDraftImage'>): Promise<DraftImage[]> {
    return removeDraftImage(this.requireVault(), input.draftId, input.imageId);
  }

  async getDraftImage(input: InputOf<'getDraftImage'>): Promise<ResultOf<'getDraftImage'>> {
    const { image, data } = await readDraftImage(this.requireVault(), input.draftId, input.imageId);
    return { mimeType: image.mimeType, dataBase64: Buffer.from(data).toString('base64') };
  }

  async previewExport(input: InputOf<'previewExport'>): Promise<ExportPreview> {
    return previewExport(await this.exportContext(), input.draftId, input.format);
  }

  async exportDraft(input: InputOf<'exportDraft'>): Promise<ExportResult> {
    const folder = async () => input.folder ?? (await this.options.platform.pickFolder('export'));
    return exportDraftFiles(await this.exportContext(), { ...input, folder, overrideReason: input.override?.reason });
  }

  /** What exports (files here, WordPress in its own module) need from the open vault. */
  async exportContext(): Promise<ExportContext> {
    return { vault: this.requireVault(), scanner: await this.leakScanner(), publishable: (id, images) => this.publishableDocument(id, images), now: this.now };
  }

  // --- wordpress ---
  async getWordPressSettings(): Promise<{ settings: WordPressSettingsView | null }> {
    return { settings: getWordPressSettings(this.requireVault()) };
  }

  async saveWordPressSettings(input: InputOf<'saveWordPressSettings'>): Promise<WordPressSettingsView> {
    return saveWordPressSettings(this.requireVault(), input);
  }

  async forgetWordPressSettings(): Promise<{ forgotten: true }> {
    await forgetWordPressSettings(this.requireVault());
    return { forgotten: true };
  }

  async getWordPressPublication(input: InputOf<'getWordPressPublication'>): Promise<{ publication: WordPressPublication | null }> {
    return { publication: getWordPressPublication(this.requireVault(), input.draftId) };
  }

  async publishToWordPress(input: InputOf<'publishToWordPress'>): Promise<WordPressPublishResult> {
    return publishToWordPress(await this.exportContext(), input.draftId, input.override?.reason);
  }

  /** The compiled leak scanner (for the export gate too). */
  leakScanner(): Promise<LeakScanner> {
    this.scanner ??= buildScanner(this.requireVault());
    return this.scanner;
  }

  /** Every identity term with its source: for the leak guard inside main, never over IPC. */
  async identityTerms() {
    return allIdentityTerms(this.requireVault());
  }

  // --- hardening: passphrase, recovery key, travel mode, burn ---
  async changePassphrase(input: InputOf<'changePassphrase'>): Promise<VaultStatus> {
    await changePassphrase(this.requireVault(), input.currentPassphrase, input.newPassphrase, this.kdfPolicy);
    return this.unlockedStatus(this.requireVault());
  }

  async setPassphraseAfterRecovery(input: InputOf<'setPassphraseAfterRecovery'>): Promise<VaultStatus> {
    if (!this.unlockedWithRecovery) throw new ShieldnoteError('FORBIDDEN', 'Change the passphrase in Vault settings; it needs the current one.');
    await setPassphraseAfterRecovery(this.requireVault(), input.newPassphrase, this.kdfPolicy);
    this.unlockedWithRecovery = false;
    return this.unlockedStatus(this.requireVault());
  }

  async replaceRecoveryKey(input: InputOf<'replaceRecoveryKey'>): Promise<ResultOf<'replaceRecoveryKey'>> {
    const recoveryKey = await replaceRecoveryKey(this.requireVault(), input.passphrase);
    this.pendingRecoveryKey = recoveryKey; // shown once, copied and confirmed like a new vault's
    return { status: this.unlockedStatus(this.requireVault()), recoveryKey };
  }

  async getTravelStatus(): Promise<TravelStatus> {
    return travelStatus(this.requireVault(), this.settings);
  }

  async createTravelKey(): Promise<{ travelKey: string }> {
    this.requireVault();
    this.pendingTravelKey = newTravelKey();
    return { travelKey: this.pendingTravelKey };
  }

  async enterTravelMode(input: InputOf<'enterTravelMode'>): Promise<TravelOutcome> {
    const outcome = await enterTravelMode(this.travelDeps(), input.sealTo, input.key, this.pendingTravelKey);
    if (outcome.done) this.afterIdentitiesMoved();
    return outcome;
  }

  async restoreFromTravel(input: InputOf<'restoreFromTravel'>): Promise<RestoreOutcome> {
    const outcome = await restoreFromTravel(this.travelDeps(), input.key, input.deleteFile);
    if (outcome.done) this.afterIdentitiesMoved();
    return outcome;
  }

  async burnIdentity(input: InputOf<'burnIdentity'>): Promise<BurnOutcome> {
    const outcome = await burnIdentity(this.requireVault(), this.settings, input);
    this.reveals.close(input.sourceId);
    this.scanner = null;
    return outcome;
  }

  private travelDeps() {
    return { vault: this.requireVault(), platform: this.options.platform, settings: this.settings, now: this.now };
  }

  private afterIdentitiesMoved(): void {
    this.pendingTravelKey = null;
    this.reveals.clear();
    this.scanner = null;
  }

  // --- hardening: backups, rollback, auto-lock ---
  private readonly safety: VaultSafety;

  private createSafety(options: SafetyOptions | undefined): VaultSafety {
    return new VaultSafety(
      {
        appDataDir: this.options.platform.appDataDir,
        now: this.now,
        current: () => this.vault,
        path: () => this.currentPath(),
        status: () => this.getStatus(),
        close: () => this.closeVault(),
        adopt: async (vault) => {
          this.vault = vault;
          await this.afterUnlock(vault);
          await this.settings.rememberVault(vault.dir, this.now());
          return this.unlockedStatus(vault);
        },
        lock: (reason) => this.serialized(() => this.closeVault(reason)),
      },
      options,
    );
  }

  async getSafetySettings(): Promise<ResultOf<'getSafetySettings'>> {
    return this.safety.getSettings(this.requireVault());
  }

  async updateSafetySettings(input: InputOf<'updateSafetySettings'>): Promise<ResultOf<'updateSafetySettings'>> {
    return this.safety.updateSettings(this.requireVault(), input);
  }

  async listBackups(): Promise<ResultOf<'listBackups'>> {
    return this.safety.listBackups(this.vault?.dir ?? (await this.currentPath()));
  }

  async backUpNow(): Promise<ResultOf<'backUpNow'>> {
    this.requireVault();
    return this.safety.backUpNow();
  }

  async verifyVault(): Promise<ResultOf<'verifyVault'>> {
    return this.safety.verify(this.requireVault());
  }

  restoreBackup(input: InputOf<'restoreBackup'>): Promise<ResultOf<'restoreBackup'>> {
    return this.serialized(() => this.safety.restore(input));
  }

  async getRollbackWarning(): Promise<ResultOf<'getRollbackWarning'>> {
    return { warning: this.safety.rollbackWarning() };
  }

  resolveRollback(input: InputOf<'resolveRollback'>): Promise<ResultOf<'resolveRollback'>> {
    return this.serialized(() => this.safety.resolve(input.choice));
  }

  awaitLock(): Promise<ResultOf<'awaitLock'>> {
    return this.safety.awaitLock();
  }

  async reportActivity(): Promise<{ ok: true }> {
    this.safety.touch();
    return { ok: true };
  }

  /** Main-side lock triggers (idle is internal): system suspend, screen lock, global panic shortcut. */
  requestLock(reason: LockReason): void {
    this.safety.requestLock(reason);
  }

  private requireIndex(): SearchIndex {
    if (!this.searchIndex) throw new ShieldnoteError('LOCKED', 'The vault is locked. Unlock it first.');
    return this.searchIndex;
  }

  /** The open vault, for features built on the service; LOCKED when there is none. */
  requireVault(): Vault {
    if (!this.vault?.isOpen) throw new ShieldnoteError('LOCKED', 'The vault is locked. Unlock it first.');
    this.safety.touch(); // every call that uses the vault counts as activity
    return this.vault;
  }

  /** Locks and lets go of everything: for app quit and for tests that restart the service. */
  async shutdown(): Promise<void> {
    await this.serialized(() => this.closeVault());
  }

  private async afterUnlock(vault: Vault): Promise<void> {
    // A crash before the last lock may have left deleted items behind: they go now.
    await purgeTrash(vault);
    await finishTravelOut(vault); // a travel-mode start cut short by a crash finishes now
    this.scanner = null;
    this.searchIndex = SearchIndex.build(vault);
    await this.safety.opened(vault);
  }

  private async closeVault(reason: LockReason = 'user'): Promise<void> {
    await this.safety.closing();
    await this.safety.releaseHeld();
    this.pendingRecoveryKey = null;
    this.pendingTravelKey = null;
    this.unlockedWithRecovery = false;
    this.reveals.clear();
    this.scanner = null;
    await this.clearCopiedSecret();
    this.searchIndex?.drop();
    this.searchIndex = null;
    const vault = this.vault;
    this.vault = null;
    try {
      if (vault?.isOpen) {
        try {
          await purgeTrash(vault);
        } finally {
          await vault.close();
        }
      }
    } catch (error) {
      // A vault changed on disk was locked all the same (keys wiped); the failed save said so.
      if (!(error instanceof ShieldnoteError && error.code === 'CONFLICT')) throw error;
    } finally {
      await this.safety.closed(vault, reason);
    }
  }

  private async copySecret(secret: string): Promise<void> {
    await this.options.platform.clipboard.writeText(secret);
    this.clipboardSecret = secret;
    if (this.clipboardTimer) clearTimeout(this.clipboardTimer);
    this.clipboardTimer = setTimeout(() => void this.clearCopiedSecret(), this.clipboardClearSeconds * 1000);
    this.clipboardTimer.unref?.();
  }

  /** Clears the clipboard only if it still holds what we put there. */
  private async clearCopiedSecret(): Promise<void> {
    if (this.clipboardTimer) clearTimeout(this.clipboardTimer);
    this.clipboardTimer = null;
    const secret = this.clipboardSecret;
    this.clipboardSecret = null;
    if (secret !== null && (await this.options.platform.clipboard.readText()) === secret) {
      await this.options.platform.clipboard.clear();
    }
  }

  private async currentPath(): Promise<string> {
    if (this.vaultPath) return this.vaultPath;
    const settings = await this.settings.read();
    this.vaultPath = settings.lastVaultPath ?? this.defaultVaultPath;
    return this.vaultPath;
  }

  private unlockedStatus(vault: Vault): VaultStatus {
    const meta = vault.catalog.meta;
    return {
      path: vault.dir,
      state: 'unlocked',
      name: meta.name,
      createdAt: meta.createdAt,
      kdf: kdfSummary(vault.header),
      recoveryKeyPending: !meta.recoveryKeyConfirmed,
      passphraseResetSuggested: this.unlockedWithRecovery,
      identitiesAway: isAway(vault),
    };
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.transition.catch(() => undefined).then(work);
    this.transition = run;
    return run;
  }
}

function kdfSummary(header: VaultHeader): VaultStatus['kdf'] {
  return {
    algorithm: header.kdf.algorithm,
    opsLimit: header.kdf.opsLimit,
    memLimitMiB: Math.round(header.kdf.memLimitBytes / MIB),
    calibratedMs: header.kdf.calibratedMs,
  };
}
