import { INTERFACE_LANGUAGE_CHOICES, type InterfaceLanguageSetting } from './interface-languages';
import { z } from 'zod';
import type { MethodName } from './method-names';
import type {
  Preferences,
  ClipboardCopy,
  CreatedVault,
  KnownVault,
  PickedFolder,
  VaultStatus,
} from './types';
import { PASSPHRASE_MAX_LENGTH } from '../vault/passphrase-strength';
import { identityTermsSchema, type RevealedIdentity } from '../domain/identity';
import { sourceFieldsSchema, type Source } from '../domain/source';
import { CHANNELS, STATEMENT_KINDS, saidOnSchema, statementFieldsSchema, tagSchema, type Statement } from '../domain/statement';
import type { DeleteOutcome, SearchResult, TagCount } from '../domain/search';
import type { AuditEntry } from '../domain/audit';
import type { LeakReport } from '../domain/leak-report';
import { DRAFT_STATUSES, docSchema, draftMetaFieldsSchema, type Draft, type DraftMeta } from '../domain/draft';
import { RECOVERY_KEY_MAX_INPUT } from '../vault/recovery-key';
import { draftImageFieldsSchema, type DraftImage } from '../domain/draft-image';
import type { ExportPreview, ExportResult } from '../domain/export-result';
import { EXPORT_FORMATS } from '../export/export-format';
import { wordPressSettingsInputSchema, type WordPressPublication, type WordPressPublishResult, type WordPressSettingsView } from '../domain/wordpress';
import { ROLES, personNameSchema, type AddedContact, type Contact, type ContactPreview, type MyProfile } from '../domain/people';
import type { ImportedPackage, ImportedResponse, ReviewCopySummary, SavedFile, SentPackageSummary } from '../domain/review-package';
import type { BurnOutcome, RestoreOutcome, TravelOutcome, TravelStatus } from '../domain/travel';
import type { BackupInfo, BackupRestoreOutcome, LockNotice, RollbackWarning, SafetySettings, VerifyReport } from '../domain/vault-health';
import { CHECKLIST_ITEMS, DECISION_STATES, citationKeySchema, decisionCommentSchema, reviewSubjectSchema, type ChecklistItemId, type CorroborationLink } from '../domain/review';
import type { ReviewView } from '../review/review-view';
import { mergeNoticeIdSchema, type MergeNotice } from '../domain/merge-notice';
import { IMPORT_PURPOSES, saveImportedDraftSchema, saveImportedStatementsSchema, type ImportSaved, type ReadImportResult } from '../domain/import';

/** A pasted key string: about 170 characters; room for line breaks a mail program adds. */
const keyString = z.string().trim().min(1, 'Paste the key string').max(2_000, 'That is far longer than a key string');

/** A method of the API: its input schema and, as a phantom type, its result. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  readonly _result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const noInput = z.strictObject({});

/** Pasted notes saved in one go (text and notes of every statement): a long interview transcript is ~200,000. */
export const SAVE_STATEMENTS_MAX_CHARS = 500_000;

// Absolute POSIX or Windows path; no NUL bytes (they truncate paths in native calls).
const vaultPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'Path must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'Path must be absolute');

const passphrase = z.string().min(1, 'Enter the passphrase').max(PASSPHRASE_MAX_LENGTH);
const recoveryKey = z.string().min(1, 'Enter the recovery key').max(RECOVERY_KEY_MAX_INPUT);
const vaultName = z
  .string()
  .trim()
  .min(1, 'Give the vault a name')
  .max(80, 'Keep the name under 80 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Name must not contain control characters');

const id = z.string().regex(/^[0-9a-f]{32}$/, 'Malformed id');
const itemKind = z.enum(['source', 'statement', 'draft']);
/** Attachments cross as base64; 25 MiB of file is about 35 MB of text. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
// The length is checked first and stops the check: a 100 MB payload never reaches the pattern.
const base64 = z
  .string()
  .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, { abort: true, message: 'Attachments are limited to 25 MB' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

/** A file's name as the reporter's system gave it: kept for them, never exported. */
const fileName = z.string().trim().min(1).max(255).refine((s) => !/[\u0000-\u001f\u007f/\\]/.test(s), 'Not a valid file name');

export const contract = {
  getStatus: method<VaultStatus>()(noInput),
  listVaults: method<KnownVault[]>()(noInput),
  selectVault: method<VaultStatus>()(z.strictObject({ path: vaultPath })),
  pickVaultFolder: method<PickedFolder>()(noInput),
  createVault: method<CreatedVault>()(
    z.strictObject({ path: vaultPath, name: vaultName, passphrase }),
  ),
  copyRecoveryKey: method<ClipboardCopy>()(noInput),
  confirmRecoveryKey: method<VaultStatus>()(z.strictObject({ recoveryKey })),
  unlock: method<VaultStatus>()(
    z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('passphrase'), passphrase }),
      z.strictObject({ method: z.literal('recoveryKey'), recoveryKey }),
    ]),
  ),
  lock: method<VaultStatus>()(noInput),
  renameVault: method<VaultStatus>()(z.strictObject({ name: vaultName })),

  getPreferences: method<Preferences>()(noInput),
  updatePreferences: method<Preferences>()(
    z.strictObject({
      identityRevealSeconds: z.number().int().min(5, 'At least 5 seconds').max(600, 'At most 10 minutes').optional(),
      newsroomRegions: z.array(z.string().regex(/^[A-Z]{2}$/, 'Two-letter region codes, such as KR or CN')).max(30, 'At most 30 regions').optional(),
    }),
  ),

  /** This installation's interface language (kept outside the vault: the lock screen needs it). */
  getInterfaceLanguage: method<InterfaceLanguageSetting>()(noInput),
  setInterfaceLanguage: method<InterfaceLanguageSetting>()(z.strictObject({ choice: z.enum(INTERFACE_LANGUAGE_CHOICES) })),

  listSources: method<Source[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
  /** Creates a source when `id` is absent, otherwise replaces its profile fields. */
  saveSource: method<Source>()(sourceFieldsSchema.extend({ id: id.optional() })),
  /** Asks for the passphrase again; every reveal (and refusal) is audited. */
  revealIdentity: method<RevealedIdentity>()(z.strictObject({ sourceId: id, passphrase })),
  hideIdentity: method<{ hidden: true }>()(z.strictObject({ sourceId: id })),
  /** Replaces the identity terms. Allowed for a source with none yet, or while it is revealed. */
  saveIdentity: method<Source>()(z.strictObject({ sourceId: id, terms: identityTermsSchema })),
  /** Main copies the term; the clipboard is cleared later if it still holds it. Needs a reveal. */
  copyIdentityTerm: method<ClipboardCopy>()(z.strictObject({ sourceId: id, index: z.number().int().min(0).max(199) })),

  listStatements: method<Statement[]>()(z.strictObject({ sourceId: id.optional(), includeArchived: z.boolean().optional() })),
  getStatement: method<Statement>()(z.strictObject({ id })),
  /** Creates a statement when `id` is absent; a changed text moves the old one into history. */
  saveStatement: method<Statement>()(statementFieldsSchema.extend({ id: id.optional() })),
  /** Saves several new statements at once (paste-and-split capture): all or none. */
  saveStatements: method<Statement[]>()(
    z.strictObject({
      statements: z
        .array(statementFieldsSchema)
        .min(1)
        .max(500, 'At most 500 statements at once')
        .refine((list) => list.reduce((n, s) => n + s.text.length + s.notes.length, 0) <= SAVE_STATEMENTS_MAX_CHARS, `Paste at most ${SAVE_STATEMENTS_MAX_CHARS.toLocaleString('en')} characters of notes at once`),
    }),
  ),
  addAttachment: method<Statement>()(
    z.strictObject({
      statementId: id,
      name: fileName,
      mimeType: z.string().max(100).regex(/^[\w.+-]+\/[\w.+-]+$|^$/, 'Not a media type'),
      dataBase64: base64,
    }),
  ),
  getAttachment: method<{ name: string; mimeType: string; dataBase64: string }>()(z.strictObject({ statementId: id, attachmentId: id })),
  removeAttachment: method<Statement>()(z.strictObject({ statementId: id, attachmentId: id })),

  search: method<SearchResult>()(
    z.strictObject({
      query: z.string().max(500),
      sourceId: id.optional(),
      kinds: z.array(z.enum(STATEMENT_KINDS)).max(3).optional(),
      channels: z.array(z.enum(CHANNELS)).max(5).optional(),
      tags: z.array(tagSchema).max(30).optional(),
      from: saidOnSchema.optional(),
      to: saidOnSchema.optional(),
      types: z.array(z.enum(['statement', 'source'])).max(2).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
  ),
  listTags: method<TagCount[]>()(noInput),

  /** Deletes (undoable until lock) unless a draft cites it; then lists the drafts instead. */
  deleteItem: method<DeleteOutcome>()(z.strictObject({ kind: itemKind, id })),
  setArchived: method<{ archived: boolean }>()(z.strictObject({ kind: itemKind, id, archived: z.boolean() })),
  undoDelete: method<{ restored: true }>()(z.strictObject({ kind: itemKind, id })),
  listAudit: method<AuditEntry[]>()(z.strictObject({ limit: z.number().int().min(1).max(10_000).optional() })),

  listDrafts: method<DraftMeta[]>()(noInput),
  createDraft: method<Draft>()(draftMetaFieldsSchema.partial()),
  getDraft: method<Draft>()(z.strictObject({ id })),
  /**
   * Autosave: writes only this draft's record file. `baseRevision` is the revision the editor
   * started from; if the draft changed since (another window), the save is refused with CONFLICT.
   */
  saveDraftBody: method<DraftMeta>()(z.strictObject({ id, baseRevision: z.number().int().min(0), body: docSchema })),
  saveDraftMeta: method<DraftMeta>()(draftMetaFieldsSchema.extend({ id })),
  setDraftStatus: method<DraftMeta>()(z.strictObject({ id, status: z.enum(DRAFT_STATUSES) })),

  /** Leak guard over the saved draft: findings point at the draft's own text, sources by label. */
  scanDraft: method<LeakReport>()(z.strictObject({ id })),
  /** Dismisses a finding (all occurrences of that spelling) with a reason; audited. */
  dismissFinding: method<LeakReport>()(
    z.strictObject({ draftId: id, key: z.string().min(3).max(600), reason: z.string().trim().min(3, 'Say why this is not a leak').max(500) }),
  ),
  /**
   * Shows the findings held back past the session's leak-guard budget, for this draft and its
   * exports: main checks the passphrase; audited (a refusal too). Returns the draft's report.
   */
  revealLeakFindings: method<LeakReport>()(z.strictObject({ draftId: id, passphrase })),

  // Export and publish (export area)
  /** Images that go out with a draft (the bytes stay encrypted; exports scrub them). */
  listDraftImages: method<DraftImage[]>()(z.strictObject({ draftId: id })),
  /** Refused (VALIDATION) unless the file is a JPEG, PNG or WebP that can be scrubbed. */
  addDraftImage: method<DraftImage[]>()(
    draftImageFieldsSchema.extend({
      draftId: id,
      name: fileName,
      dataBase64: base64,
    }),
  ),
  updateDraftImage: method<DraftImage[]>()(draftImageFieldsSchema.extend({ draftId: id, imageId: id })),
  removeDraftImage: method<DraftImage[]>()(z.strictObject({ draftId: id, imageId: id })),
  getDraftImage: method<{ mimeType: string; dataBase64: string }>()(z.strictObject({ draftId: id, imageId: id })),
  /** The exact text an export would write, and the gate's findings on it; writes nothing. */
  previewExport: method<ExportPreview>()(z.strictObject({ draftId: id, format: z.enum(EXPORT_FORMATS) })),
  /**
   * Gates, then writes the files into the folder the reporter picks in main's own dialog (no
   * request field can name one), never replacing a file already there. Open leak findings
   * refuse it unless `override` gives a reason (audited). `final` needs approval.
   */
  exportDraft: method<ExportResult>()(
    z.strictObject({
      draftId: id,
      format: z.enum(EXPORT_FORMATS),
      final: z.boolean(),
      override: z.strictObject({ reason: z.string().trim().min(3, 'Say why this export may go out').max(500) }).optional(),
    }),
  ),

  // WordPress (export area)
  /** The saved site and user, and the last 4 characters of the application password only. */
  getWordPressSettings: method<{ settings: WordPressSettingsView | null }>()(noInput),
  /** Saves (replaces) the settings; without `applicationPassword` the saved one is kept. No network. */
  saveWordPressSettings: method<WordPressSettingsView>()(wordPressSettingsInputSchema),
  forgetWordPressSettings: method<{ forgotten: true }>()(noInput),
  /** The WordPress post a draft was published as (re-publishing updates it). */
  getWordPressPublication: method<{ publication: WordPressPublication | null }>()(z.strictObject({ draftId: id })),
  /**
   * Publishes an approved draft as a WordPress draft post (images first). Gated like exports:
   * open findings refuse it unless `override` gives a reason (audited). The only network request.
   */
  publishToWordPress: method<WordPressPublishResult>()(
    z.strictObject({
      draftId: id,
      override: z.strictObject({ reason: z.string().trim().min(3, 'Say why this may go out').max(500) }).optional(),
    }),
  ),
  // People and review packages (review area)
  /** The vault owner's name, role, fingerprint and key string; null until set at first use. */
  getMyProfile: method<{ profile: MyProfile | null }>()(noInput),
  /**
   * Sets name and role; the first call creates the key pairs (secret keys stay in main). Becoming
   * an editor (first profile included) needs the passphrase, which main checks.
   */
  saveProfile: method<MyProfile>()(z.strictObject({ name: personNameSchema, role: z.enum(ROLES), passphrase: passphrase.optional() })),
  /** Copies my key string; the clipboard is cleared later if it still holds it. */
  copyMyKey: method<ClipboardCopy>()(noInput),
  listContacts: method<Contact[]>()(noInput),
  /** Reads a pasted key string for the fingerprint check; saves nothing. */
  previewContact: method<ContactPreview>()(z.strictObject({ keyString })),
  /**
   * Saves a contact only when the user confirms the fingerprint in main's own dialog (no field
   * of the request can); `contact` is null when they did not.
   */
  addContact: method<AddedContact>()(z.strictObject({ keyString })),
  removeContact: method<{ removed: true }>()(z.strictObject({ id })),
  /**
   * Seals the draft to an editor contact and asks where to save the .snreview file. Identities go
   * along only with the passphrase, which main checks (refusals audited).
   */
  sendForReview: method<SavedFile>()(z.strictObject({ draftId: id, contactId: id, includeIdentities: z.boolean(), passphrase: passphrase.optional() })),
  listSentPackages: method<SentPackageSummary[]>()(z.strictObject({ draftId: id.optional() })),
  /** Asks for a .snreview file and imports it as a read-only review copy. */
  importReviewPackage: method<ImportedPackage>()(noInput),
  listReviewCopies: method<ReviewCopySummary[]>()(noInput),
  /** Seals the editor's decisions on a copy to its reporter and asks where to save the .snresponse file. */
  saveReviewResponse: method<SavedFile>()(z.strictObject({ copyId: id })),
  /** Asks for a .snresponse file and puts the editor's decisions on the draft. */
  importReviewResponse: method<ImportedResponse>()(noInput),
  /** Reveals identities that came with a review copy; re-asks the passphrase, audited. */
  revealCopyIdentity: method<RevealedIdentity>()(z.strictObject({ copyId: id, sourceId: id, passphrase })),

  // Editor review (review area)
  /** The review of a draft (or of an editor's copy from a package): every citation, the checklist, what sign-off needs. */
  getReview: method<ReviewView>()(z.strictObject({ subject: reviewSubjectSchema })),
  /** Approve, flag (with a comment) or reopen one citation; recorded with the vault profile and audited. */
  decideCitation: method<ReviewView>()(
    z.strictObject({ subject: reviewSubjectSchema, citationKey: citationKeySchema, state: z.enum(DECISION_STATES), comment: decisionCommentSchema.optional() }),
  ),
  /** Ticks a checklist item the data cannot decide. */
  tickChecklist: method<ReviewView>()(
    z.strictObject({ subject: reviewSubjectSchema, item: z.number().int().min(1).max(CHECKLIST_ITEMS.length) as z.ZodType<ChecklistItemId>, checked: z.boolean() }),
  ),
  /**
   * Signs the draft off: refused while a citation is not approved or the leak guard has an open
   * finding. A draft written in this vault is self-approved: that needs the passphrase.
   */
  signOff: method<ReviewView>()(z.strictObject({ subject: reviewSubjectSchema, passphrase: passphrase.optional() })),
  listCorroborations: method<CorroborationLink[]>()(z.strictObject({ statementId: id.optional() })),
  /** Links (or unlinks) two statements of different sources as corroborating each other. */
  linkCorroboration: method<CorroborationLink[]>()(z.strictObject({ statementIds: z.tuple([id, id]), linked: z.boolean() })),
  // Passphrase, recovery key, travel mode, burn (safety area)
  /** Rewraps the vault key with a new passphrase (KDF recalibrated); the data is not re-encrypted. */
  changePassphrase: method<VaultStatus>()(z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase })),
  /** Sets a new passphrase without the old one: only right after unlocking with the recovery key. */
  setPassphraseAfterRecovery: method<VaultStatus>()(z.strictObject({ newPassphrase: passphrase })),
  /** A new recovery key replaces the old one (which stops working); shown once, then confirmed. */
  replaceRecoveryKey: method<CreatedVault>()(z.strictObject({ passphrase })),
  getTravelStatus: method<TravelStatus>()(noInput),
  /** A fresh travel key, shown once to print; main keeps it until travel mode starts or the vault locks. */
  createTravelKey: method<{ travelKey: string }>()(noInput),
  /** Seals the identities into a travel file (main asks where), then removes them from the vault and every backup. */
  enterTravelMode: method<TravelOutcome>()(z.strictObject({ sealTo: z.enum(['recovery-key', 'travel-key']), key: recoveryKey })),
  /** Brings the identities back from a travel file (main asks which); burned sources are skipped. */
  restoreFromTravel: method<RestoreOutcome>()(z.strictObject({ key: recoveryKey, deleteFile: z.boolean() })),
  /** Destroys one source's identity everywhere on this device. `confirmation` is the source's label; main checks the passphrase. */
  burnIdentity: method<BurnOutcome>()(z.strictObject({ sourceId: id, confirmation: z.string().max(400), passphrase, key: recoveryKey.optional() })),

  // Backups, rollback, auto-lock (safety area)
  getSafetySettings: method<SafetySettings>()(noInput),
  updateSafetySettings: method<SafetySettings>()(
    z.strictObject({
      autoLockMinutes: z.number().int().min(1, 'At least 1 minute').max(240, 'At most 4 hours').optional(),
      backupsKept: z.number().int().min(1, 'Keep at least 1 backup').max(100, 'At most 100 backups').optional(),
      backupIntervalMinutes: z.number().int().min(1, 'At least 1 minute').max(1440, 'At most a day').optional(),
      contentProtection: z.boolean().optional(),
    }),
  ),
  /** The vault's backups, newest first: time and size only. Works while locked. */
  listBackups: method<BackupInfo[]>()(noInput),
  backUpNow: method<BackupInfo>()(noInput),
  /** Decrypts every file of the vault and of every backup and reports what is damaged. */
  verifyVault: method<VerifyReport>()(noInput),
  /**
   * Restores the newest intact backup (or the one named); the replaced files are moved aside. While
   * unlocked the open vault's keys check the backups and the vault locks; while locked the secret does
   * and the restored vault opens.
   */
  restoreBackup: method<{ outcome: BackupRestoreOutcome; status: VaultStatus }>()(
    z.strictObject({
      backupId: z.string().regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/, 'Malformed backup id').optional(),
      passphrase: passphrase.optional(),
      recoveryKey: recoveryKey.optional(),
    }),
  ),
  /** After unlock answered CONFLICT for an older copy: what it was and what this computer saw. */
  getRollbackWarning: method<{ warning: RollbackWarning | null }>()(noInput),
  resolveRollback: method<{ status: VaultStatus; restored: BackupRestoreOutcome | null }>()(
    z.strictObject({ choice: z.enum(['continue', 'restore', 'cancel']) }),
  ),
  /** Long poll: resolves when main wants the vault locked (idle, suspend, screen lock, panic) or it locked. */
  awaitLock: method<LockNotice>()(noInput),

  // Word and messenger imports (import area)
  /**
   * Main asks for the file (Word, Telegram result.json, WhatsApp .txt/.zip), reads it within its
   * size budgets and answers the candidates to review. Nothing is saved; the path stays in main.
   */
  readImport: method<ReadImportResult>()(z.strictObject({ purpose: z.enum(IMPORT_PURPOSES) })),
  /** Saves the chosen candidates (texts, dates and media from the file) all or nothing. */
  saveImportedStatements: method<ImportSaved>()(saveImportedStatementsSchema),
  /** Saves a Word document read for a draft as a new draft (its images as draft images). */
  saveImportedDraft: method<ImportSaved>()(saveImportedDraftSchema),
  /** After a save: main asks the user itself, then overwrites and removes the file it read. */
  deleteImportedOriginal: method<{ deleted: boolean }>()(z.strictObject({ importId: id })),
  /** Forgets a read import without saving it. */
  discardImport: method<{ discarded: true }>()(z.strictObject({ importId: id })),

  // Copies of the vault from other devices (sync area)
  /** What merging other devices' copies did (changes both made, deletions undone, conflicting copies), newest first. */
  listMergeNotices: method<MergeNotice[]>()(noInput),
  /** Hides one merge notice (on every device: the dismissal merges too). */
  dismissMergeNotice: method<{ dismissed: true }>()(z.strictObject({ id: mergeNoticeIdSchema })),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['_result']>;
