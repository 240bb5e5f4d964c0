import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import { keepsSavedPassword, type WordPressPublication, type WordPressPublishResult, type WordPressSettingsView } from '../../common/domain/wordpress';
import type { ExportContext } from '../export/export-draft';
import { auditOverride, gateFindings, openFindings, recordExport, requireFinalExportable } from '../export/export-gate';
import type { Vault } from '../vault/vault';
import { WordPressClient } from '../wordpress/wordpress-client';
import { prepareWordPressPost, wordPressGateFiles } from '../wordpress/wordpress-document';
import type { WordPressConnection } from '../wordpress/wordpress-http';
import { publishPost, type PublicationState } from '../wordpress/wordpress-publish';
import { collectionIn } from './collections';

// WordPress settings and publishes inside the vault. The application password lives only in the
// encrypted catalog and main; the renderer sees the site, the user and its last four characters.
// Each draft's post (id, address, uploads, in-flight markers) is kept so a retry updates it.

const COLLECTION = 'wordpress';

interface StoredSettings {
  siteUrl: string;
  user: string;
  applicationPassword: string;
  savedAt: string;
}

interface WordPressCollection {
  settings?: StoredSettings;
  posts?: Record<string, PublicationState>;
}

function stored(vault: Vault): WordPressCollection {
  return vault.collection<unknown>(COLLECTION) as WordPressCollection;
}

function view(settings: StoredSettings): WordPressSettingsView {
  return { siteUrl: settings.siteUrl, user: settings.user, passwordEnding: settings.applicationPassword.slice(-4), savedAt: settings.savedAt };
}

export function getWordPressSettings(vault: Vault): WordPressSettingsView | null {
  const settings = stored(vault).settings;
  return settings ? view(settings) : null;
}

/**
 * Saves the connection. The stored password is bound to its origin and user: new settings for
 * another scheme, host, port or user need the password typed again, so a request from the
 * renderer cannot point the saved credential at a host the reporter never entered it for.
 */
export async function saveWordPressSettings(vault: Vault, input: { siteUrl: string; user: string; applicationPassword?: string | undefined }): Promise<WordPressSettingsView> {
  const previous = stored(vault).settings;
  let password = input.applicationPassword;
  if (!password && previous) {
    if (!keepsSavedPassword(previous, input)) {
      throw new ShieldnoteError('VALIDATION', 'The site or the user changed: paste the application password again. A saved password is only ever sent to the site and user it was entered for.');
    }
    password = previous.applicationPassword;
  }
  if (!password) throw new ShieldnoteError('VALIDATION', 'Paste the application password WordPress showed you.');
  const settings: StoredSettings = { siteUrl: input.siteUrl, user: input.user, applicationPassword: password, savedAt: new Date().toISOString() };
  await vault.update((data) => {
    collectionIn<StoredSettings>(data, COLLECTION).settings = settings;
  });
  return view(settings);
}

export async function forgetWordPressSettings(vault: Vault): Promise<void> {
  await vault.update((data) => {
    delete collectionIn<StoredSettings>(data, COLLECTION).settings;
  });
}

export function getWordPressPublication(vault: Vault, draftId: string): WordPressPublication | null {
  const state = stored(vault).posts?.[draftId];
  if (!state?.postId || !state.publishedAt) return null;
  return {
    siteUrl: state.siteUrl,
    postId: state.postId,
    postUrl: state.postUrl ?? '',
    mediaIds: state.media.flatMap((m) => (m.mediaId ? [m.mediaId] : [])),
    publishedAt: state.publishedAt,
  };
}

async function savePublication(vault: Vault, draftId: string, state: PublicationState): Promise<void> {
  await vault.update((data) => {
    const collection = collectionIn<Record<string, PublicationState>>(data, COLLECTION);
    collection.posts = { ...collection.posts, [draftId]: state };
  });
}

/** Only for tests and the bench: shorter timeouts than a reporter's slow connection needs. */
export type ConnectionTuning = Pick<WordPressConnection, 'timeoutMs' | 'uploadTimeoutMs'>;

/**
 * Publishes an approved draft as a WordPress draft post. The gate scans everything sent before
 * any request; open findings refuse it unless an override reason is given (audited). The draft
 * is marked exported only once WordPress has confirmed the post.
 */
export async function publishToWordPress(ctx: ExportContext, draftId: string, overrideReason?: string, tuning: ConnectionTuning = {}): Promise<WordPressPublishResult> {
  const { vault, scanner } = ctx;
  const settings = stored(vault).settings;
  if (!settings) throw new ShieldnoteError('VALIDATION', 'Set up WordPress first: the site address, the user and an application password.');
  await requireFinalExportable(vault, draftId);
  const post = await prepareWordPressPost(ctx, draftId);

  // Gated before any request, with the images under their export names.
  const gated = await gateFindings(vault, ctx, draftId, { way: 'wordpress' }, post.doc, wordPressGateFiles(post, post.renderContent((name) => name)));
  const open = openFindings(gated.findings);
  // Held-back findings refuse even with an override reason: nobody has seen what they are.
  if (gated.withheld > 0 || (open.length > 0 && overrideReason === undefined)) return { status: 'refused', findings: open, withheld: gated.withheld };
  if (open.length > 0) await auditOverride(vault, scanner, draftId, { way: 'wordpress' }, open, overrideReason ?? '');
  const overridden = new Set(open.map((f) => f.key));

  const client = new WordPressClient({ siteUrl: settings.siteUrl, user: settings.user, applicationPassword: settings.applicationPassword, ...tuning });
  const outcome = await publishPost({
    client,
    title: post.title,
    images: post.images,
    renderContent: post.renderContent,
    // The body again with WordPress's image addresses in it: exactly what is sent.
    checkContent: async (content) => {
      const regated = await gateFindings(vault, ctx, draftId, { way: 'wordpress' }, post.doc, wordPressGateFiles(post, content));
      const fresh = openFindings(regated.findings).filter((f) => !overridden.has(f.key));
      if (fresh.length > 0 || regated.withheld > 0) {
        throw new ShieldnoteError('CONFLICT', 'The image addresses WordPress gave would put a source’s identity into the post; nothing more was sent. Rename the images’ draft title, or check the site address.');
      }
    },
    previous: stored(vault).posts?.[draftId] ?? null,
    save: (state) => savePublication(vault, draftId, state),
  });

  const detail = message('audit.detail.published', { site: settings.siteUrl, post: String(outcome.post.id), updated: outcome.updated ? 'yes' : 'no', images: post.images.length, overridden: overridden.size ? 'yes' : 'no' });
  const draftStatus = await recordExport(vault, draftId, { final: true, detail });
  return { status: 'published', publication: getWordPressPublication(vault, draftId)!, updated: outcome.updated, overridden: overridden.size > 0, draftStatus };
}
