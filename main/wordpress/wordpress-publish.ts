import { createHash, randomBytes } from 'node:crypto';
import { ShieldnoteError } from '../../common/api/errors';
import { UPDATABLE_POST_STATUSES, type WordPressClient, type WpPost } from './wordpress-client';

// A publish as WordPress sees it: images through the media endpoint first, then one draft post
// that references them. What was created is written down (through `save`) before and after each
// create request, so a retry, even after a timeout that hid WordPress's answer, updates the same
// post and images instead of making copies.

export interface OutgoingImage {
  /** The draft image it came from (to recognise it on the next publish). */
  imageId: string;
  /** The neutral name it is exported under. */
  fileName: string;
  bytes: Uint8Array;
  mime: string;
  /** The caption as WordPress shows it (caption and credit). */
  caption: string;
  alt: string;
}

export interface StoredMedia {
  imageId: string;
  /** SHA-256 of the scrubbed bytes: the same picture is not uploaded twice. */
  digest: string;
  mediaId?: number;
  sourceUrl?: string;
  /** Set while an upload is in flight: the random slug it was sent with. */
  pendingSlug?: string;
}

/** What Shieldnote remembers of a draft's post on one site (kept in the vault). */
export interface PublicationState {
  siteUrl: string;
  postId?: number;
  postUrl?: string;
  /** Set while a create is in flight: the random slug the post was sent with. */
  pendingPostSlug?: string;
  media: StoredMedia[];
  publishedAt?: string;
}

export interface PublishRequest {
  client: WordPressClient;
  title: string;
  /** The post body, given the address WordPress serves each image from (by export file name). */
  renderContent: (imageUrl: (fileName: string) => string) => string;
  /** Called with the final body before the post is sent; throws to stop (the leak gate). */
  checkContent?: (content: string) => Promise<void>;
  images: OutgoingImage[];
  previous: PublicationState | null;
  save: (state: PublicationState) => Promise<void>;
  now?: () => Date;
}

export interface PublishOutcome {
  state: PublicationState;
  post: WpPost;
  updated: boolean;
}

/** A slug that says nothing about the story or the tool: 16 random hex digits. */
export function neutralSlug(): string {
  return `d${randomBytes(8).toString('hex')}`;
}

export async function publishPost(request: PublishRequest): Promise<PublishOutcome> {
  const { client } = request;
  await client.connect();
  const state: PublicationState =
    request.previous && request.previous.siteUrl === client.siteUrl
      ? structuredClone(request.previous)
      : { siteUrl: client.siteUrl, media: [] };
  const save = () => request.save(structuredClone(state));

  const superseded: number[] = [];
  const urls = new Map<string, string>();
  const mediaIds: number[] = [];
  for (const image of request.images) {
    const media = await syncMedia(client, state, image, save, superseded);
    urls.set(image.fileName, media.sourceUrl);
    mediaIds.push(media.mediaId);
  }
  // Images gone from the draft: their uploads go too (they were made for this post only).
  const keep = new Set(request.images.map((i) => i.imageId));
  for (const m of state.media) if (!keep.has(m.imageId) && m.mediaId) superseded.push(m.mediaId);
  state.media = state.media.filter((m) => keep.has(m.imageId));

  const content = request.renderContent((fileName) => urls.get(fileName) ?? fileName);
  await request.checkContent?.(content);

  const fields = { title: request.title, content, status: 'draft', featured_media: mediaIds[0] ?? 0 };
  let existing = await findExistingPost(client, state);
  let post: WpPost;
  const updated = existing !== null;
  if (existing) {
    // The create's marker slug goes once the post is safely ours; a slug an editor set stays.
    const clearSlug = existing.slug !== '' && existing.slug === state.pendingPostSlug;
    post = await client.updatePost(existing.id, clearSlug ? { ...fields, slug: '' } : fields);
  } else {
    state.pendingPostSlug = neutralSlug();
    await save();
    existing = await client.createPost({ ...fields, slug: state.pendingPostSlug });
    state.postId = existing.id;
    await save();
    post = await client.updatePost(existing.id, { slug: '' });
  }
  state.postId = post.id;
  delete state.pendingPostSlug;

  for (const [index, image] of request.images.entries()) {
    await client.updateMedia(mediaIds[index]!, { post: post.id, caption: image.caption, alt_text: image.alt });
  }
  for (const id of superseded) await client.deleteMedia(id);

  state.postUrl = post.link;
  state.publishedAt = (request.now?.() ?? new Date()).toISOString();
  await save();
  return { state, post, updated };
}

/** The post this draft made before, if WordPress still has it in a state we may overwrite. */
async function findExistingPost(client: WordPressClient, state: PublicationState): Promise<WpPost | null> {
  let post: WpPost | null = null;
  if (state.postId) post = await client.getPost(state.postId);
  // A create that never reported back: WordPress may have made the post anyway.
  if (!post && state.pendingPostSlug) post = await client.findPostBySlug(state.pendingPostSlug);
  if (!post || post.status === 'trash') {
    delete state.postId;
    return null;
  }
  if (!UPDATABLE_POST_STATUSES.has(post.status)) {
    throw new ShieldnoteError(
      'CONFLICT',
      `The WordPress post (id ${post.id}) is no longer a draft (it is “${post.status}”), so Shieldnote will not overwrite it. Change it in WordPress, or move it to the trash there to publish a new draft.`,
    );
  }
  return post;
}

async function syncMedia(
  client: WordPressClient,
  state: PublicationState,
  image: OutgoingImage,
  save: () => Promise<void>,
  superseded: number[],
): Promise<{ mediaId: number; sourceUrl: string }> {
  const digest = createHash('sha256').update(image.bytes).digest('hex');
  let entry = state.media.find((m) => m.imageId === image.imageId);
  if (entry && entry.digest !== digest) {
    // The picture changed: upload the new one, and remove the old upload once the post is updated.
    if (entry.mediaId) superseded.push(entry.mediaId);
    state.media = state.media.filter((m) => m !== entry);
    entry = undefined;
  }
  if (entry?.mediaId) {
    const media = await client.getMedia(entry.mediaId);
    if (media) return { mediaId: media.id, sourceUrl: media.sourceUrl };
    delete entry.mediaId;
  }
  if (entry?.pendingSlug) {
    const media = await client.findMediaBySlug(entry.pendingSlug);
    if (media) return recordUpload(entry, media, save);
  }
  if (!entry) {
    entry = { imageId: image.imageId, digest };
    state.media.push(entry);
  }
  entry.pendingSlug = neutralSlug();
  await save();
  const media = await client.uploadMedia({ bytes: image.bytes, mime: image.mime, fileName: image.fileName }, entry.pendingSlug);
  return recordUpload(entry, media, save);
}

async function recordUpload(entry: StoredMedia, media: { id: number; sourceUrl: string }, save: () => Promise<void>) {
  entry.mediaId = media.id;
  entry.sourceUrl = media.sourceUrl;
  delete entry.pendingSlug;
  await save();
  return { mediaId: media.id, sourceUrl: media.sourceUrl };
}
