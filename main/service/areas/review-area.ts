import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { RevealedIdentity } from '../../../common/domain/identity';
import type { AddedContact, Contact, ContactPreview, MyProfile } from '../../../common/domain/people';
import type { CorroborationLink } from '../../../common/domain/review';
import type { ImportedPackage, ImportedResponse, ReviewCopySummary, SavedFile, SentPackageSummary } from '../../../common/domain/review-package';
import type { ReviewView } from '../../../common/review/review-view';
import { readPreferences } from '../../features/collections';
import { addContact, listContacts, previewContact, removeContact } from '../../features/contacts';
import { linkCorroboration, listCorroborations } from '../../features/corroboration';
import { myProfile, saveProfile } from '../../features/profile';
import { decideCitation, getReview, settleReturnedSignOff, signOff, tickChecklist } from '../../features/review';
import { passphraseBytes } from '../../features/vault-secrets';
import { listSent } from '../../review-packages/exchange';
import { importPackageFile, importResponseFile, revealCopyIdentity, saveResponseFile, sendForReview } from '../../review-packages/package-actions';
import { listCopies } from '../../review-packages/review-copies';
import type { ServiceContext } from '../service-context';

// The editor's review, and the people it involves: the vault owner's profile and keys,
// contacts, and the sealed packages a draft and its decisions travel in.

export class ReviewArea {
  constructor(private readonly ctx: ServiceContext) {}

  async getReview(input: InputOf<'getReview'>): Promise<ReviewView> {
    const session = this.ctx.requireSession();
    return getReview(session.vault, await session.leakGuard(), input.subject);
  }

  async decideCitation(input: InputOf<'decideCitation'>): Promise<ReviewView> {
    const session = this.ctx.requireSession();
    return decideCitation(session.vault, await session.leakGuard(), input);
  }

  async tickChecklist(input: InputOf<'tickChecklist'>): Promise<ReviewView> {
    const session = this.ctx.requireSession();
    return tickChecklist(session.vault, await session.leakGuard(), input);
  }

  async signOff(input: InputOf<'signOff'>): Promise<ReviewView> {
    const session = this.ctx.requireSession();
    return signOff(session.vault, await session.leakGuard(), input.subject, input.passphrase);
  }

  async listCorroborations(input: InputOf<'listCorroborations'>): Promise<CorroborationLink[]> {
    return listCorroborations(this.ctx.requireVault(), input.statementId);
  }

  async linkCorroboration(input: InputOf<'linkCorroboration'>): Promise<CorroborationLink[]> {
    return linkCorroboration(this.ctx.requireVault(), input.statementIds, input.linked);
  }

  async getMyProfile(): Promise<{ profile: MyProfile | null }> {
    return { profile: myProfile(this.ctx.requireVault()) };
  }

  async saveProfile(input: InputOf<'saveProfile'>): Promise<MyProfile> {
    const vault = this.ctx.requireVault();
    await saveProfile(vault, input);
    return myProfile(vault)!;
  }

  async copyMyKey(): Promise<ResultOf<'copyMyKey'>> {
    const me = myProfile(this.ctx.requireVault());
    if (!me) throw new ShieldnoteError('NOT_FOUND', 'Set your name and role first: your key is made with your profile.');
    return this.ctx.copySecret(me.keyString);
  }

  async listContacts(): Promise<Contact[]> {
    return listContacts(this.ctx.requireVault());
  }

  async previewContact(input: InputOf<'previewContact'>): Promise<ContactPreview> {
    return previewContact(this.ctx.requireVault(), input.keyString);
  }

  async addContact(input: InputOf<'addContact'>): Promise<AddedContact> {
    return addContact(this.ctx.requireVault(), this.ctx.platform, input.keyString);
  }

  async removeContact(input: InputOf<'removeContact'>): Promise<{ removed: true }> {
    return removeContact(this.ctx.requireVault(), input.id);
  }

  async sendForReview(input: InputOf<'sendForReview'>): Promise<SavedFile> {
    return sendForReview(this.ctx.requireVault(), this.ctx.platform, input);
  }

  async listSentPackages(input: InputOf<'listSentPackages'>): Promise<SentPackageSummary[]> {
    return listSent(this.ctx.requireVault(), input.draftId);
  }

  async importReviewPackage(): Promise<ImportedPackage> {
    return importPackageFile(this.ctx.requireVault(), this.ctx.platform);
  }

  async listReviewCopies(): Promise<ReviewCopySummary[]> {
    return listCopies(this.ctx.requireVault());
  }

  async saveReviewResponse(input: InputOf<'saveReviewResponse'>): Promise<SavedFile> {
    return saveResponseFile(this.ctx.requireVault(), this.ctx.platform, input.copyId, input.toDesk ?? false);
  }

  async importReviewResponse(): Promise<ImportedResponse> {
    const session = this.ctx.requireSession();
    const imported = await importResponseFile(session.vault, this.ctx.platform);
    if (imported.draftId) await settleReturnedSignOff(session.vault, await session.leakGuard(), imported.draftId);
    return imported;
  }

  async revealCopyIdentity(input: InputOf<'revealCopyIdentity'>): Promise<RevealedIdentity> {
    const vault = this.ctx.requireVault();
    const { identityRevealSeconds } = readPreferences(vault);
    return revealCopyIdentity(vault, { ...input, passphrase: passphraseBytes(input.passphrase) }, identityRevealSeconds);
  }
}
