import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { approveDraftForTest } from '../support/approve-draft';
import { cameraImage } from '../support/camera-image';
import { exiftoolMissingReason, metadataBeyondBasics } from '../support/exiftool';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { readWordPressEnv, wordPressMissingReason, wpGet, type WordPressEnv } from '../support/wordpress-env';

// Against the real WordPress that scripts/wordpress/start.sh runs (Debian's packages, on
// 127.0.0.1). CI starts it and sets CI, so there a missing WordPress fails instead of skipping.
const missing = wordPressMissingReason() ?? exiftoolMissingReason();
if (missing) console.log(`wordpress-publish.integration: skipped, ${missing}`);

const IDENTITY_TERMS = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

interface RestPost {
  id: number;
  status: string;
  title: { raw: string };
  content: { raw: string };
  featured_media: number;
}
interface RestMedia {
  id: number;
  source_url: string;
  caption: { raw: string };
  alt_text: string;
}

describe.skipIf(missing !== null)('publishing the fixture story to a real WordPress', () => {
  let env: WordPressEnv;
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let draftId: string;

  const total = async (route: string, query: Record<string, string> = {}) => Number((await wpGet(env, route, { per_page: '1', context: 'edit', ...query })).headers.get('x-wp-total'));

  beforeAll(async () => {
    env = readWordPressEnv()!;
    dir = tempDir();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    const seeded = await seedStory(service);
    const doc = seededStoryDoc(seeded);
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    draftId = draft.meta.id;
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
    // A phone picture: GPS, camera, serial, capture time, XMP, IPTC, ICC and a thumbnail.
    const photo = await cameraImage('jpg', 6);
    await service.addDraftImage({ draftId, name: 'IMG_2231 Dandong stall.jpg', dataBase64: Buffer.from(photo).toString('base64'), caption: 'Boats near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank' });
    await approveDraftForTest(service, draftId);
    await service.saveWordPressSettings({ siteUrl: env.url, user: env.user, applicationPassword: env.applicationPassword });
  });
  afterAll(async () => {
    await service?.shutdown();
    dir?.remove();
  });

  it('makes a draft post with the rendered attributions and a scrubbed image; a re-publish updates the same post', async () => {
    const postsBefore = await total('/wp/v2/posts', { status: 'any' });
    const mediaBefore = await total('/wp/v2/media');

    const first = await service.publishToWordPress({ draftId });
    expect(first).toMatchObject({ status: 'published', updated: false, draftStatus: 'exported' });
    if (first.status !== 'published') return;
    const postId = first.publication.postId;

    const post = (await wpGet(env, `/wp/v2/posts/${postId}`, { context: 'edit' })).body as RestPost;
    expect(post.status).toBe('draft');
    expect(post.title.raw).toBe('Smuggling on the Yalu');
    expect(post.content.raw).toContain('a source based in China');
    expect(post.content.raw).toContain('according to Daily NK sources in China.');
    for (const term of IDENTITY_TERMS) expect(post.content.raw).not.toContain(term);

    const media = (await wpGet(env, '/wp/v2/media', { parent: String(postId), context: 'edit' })).body as RestMedia[];
    expect(media).toHaveLength(1);
    expect(post.featured_media).toBe(media[0]!.id);
    expect(media[0]!.caption.raw).toBe('Boats near Dandong. <small>Staff photographer</small>');
    expect(media[0]!.alt_text).toBe('Small boats at a river bank');
    expect(post.content.raw).toContain(`<img src="${media[0]!.source_url}"`);
    const downloaded = new Uint8Array(await (await fetch(media[0]!.source_url)).arrayBuffer());
    expect(metadataBeyondBasics(downloaded, 'jpg')).toEqual({});

    const second = await service.publishToWordPress({ draftId });
    expect(second).toMatchObject({ status: 'published', updated: true });
    if (second.status === 'published') expect(second.publication.postId).toBe(postId);
    expect(await total('/wp/v2/posts', { status: 'any' })).toBe(postsBefore + 1);
    expect(await total('/wp/v2/media')).toBe(mediaBefore + 1);
    expect(((await wpGet(env, `/wp/v2/posts/${postId}`, { context: 'edit' })).body as RestPost).status).toBe('draft');
  });
});
