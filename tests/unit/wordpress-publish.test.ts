import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { WordPressClient } from '../../main/wordpress/wordpress-client';
import { publishPost, type PublicationState, type PublishRequest } from '../../main/wordpress/wordpress-publish';
import { SOURCES } from '../fixtures/border-story';
import { approveDraftForTest } from '../support/approve-draft';
import { photoWithGps } from '../support/camera-image';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

const IDENTITY_TERMS = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

describe('publishing a draft to WordPress (fake server)', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  let wp: FakeWordPress;

  beforeEach(async () => {
    dir = tempDir();
    wp = await startFakeWordPress();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    seeded = await seedStory(service);
  });
  afterEach(async () => {
    await service.shutdown();
    await wp.close();
    dir.remove();
  });

  const storyDoc = () => seededStoryDoc(seeded);
  async function approvedDraft(doc: DocNode = storyDoc()) {
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    await service.addDraftImage({ draftId: draft.meta.id, name: 'IMG_2231 at the stall.jpg', dataBase64: Buffer.from(await photoWithGps()).toString('base64'), caption: 'Boats near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank' });
    await approveDraftForTest(service, draft.meta.id);
    return draft.meta.id;
  }
  const connect = () => service.saveWordPressSettings({ siteUrl: wp.url, user: wp.user, applicationPassword: wp.password });

  it('keeps the password in the vault and shows only the site, the user and its last four characters', async () => {
    expect(await service.getWordPressSettings()).toEqual({ settings: null });
    const saved = await connect();
    expect(saved).toMatchObject({ siteUrl: wp.url, user: 'editor', passwordEnding: wp.password.slice(-4) });
    expect(JSON.stringify(await service.getWordPressSettings())).not.toContain(wp.password);
    // Another folder on the same origin, same user, keeps the password (another origin or user
    // needs it again: tests/unit/wordpress-origin.test.ts).
    await service.saveWordPressSettings({ siteUrl: `${wp.url}/blog`, user: wp.user });
    expect((await service.getWordPressSettings()).settings).toMatchObject({ siteUrl: `${wp.url}/blog`, user: 'editor', passwordEnding: wp.password.slice(-4) });
    await service.forgetWordPressSettings();
    expect(await service.getWordPressSettings()).toEqual({ settings: null });
    await expect(service.saveWordPressSettings({ siteUrl: wp.url, user: 'editor' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('publishes an approved draft as a WordPress draft: images first, referenced from the post, then marks it exported', async () => {
    const draftId = await approvedDraft();
    await connect();
    const result = await service.publishToWordPress({ draftId });
    expect(result).toMatchObject({ status: 'published', updated: false, overridden: false, draftStatus: 'exported' });
    if (result.status !== 'published') return;

    const [post] = [...wp.posts.values()];
    const [media] = [...wp.media.values()];
    expect(wp.posts.size).toBe(1);
    expect(wp.media.size).toBe(1);
    expect(post).toMatchObject({ title: 'Smuggling on the Yalu', status: 'draft', slug: '', featured_media: media!.id });
    expect(post!.content).toContain(`<img src="${wp.url}/wp-content/uploads/smuggling-on-the-yalu-1.jpg" alt="Small boats at a river bank" width="48" height="32">`);
    expect(post!.content).toContain('a source based in China');
    expect(post!.content).not.toMatch(/<h1>|<header>|<html/);
    for (const term of IDENTITY_TERMS) expect(post!.content).not.toContain(term);
    expect(media).toMatchObject({ fileName: 'smuggling-on-the-yalu-1.jpg', mime: 'image/jpeg', caption: 'Boats near Dandong. <small>Staff photographer</small>', alt_text: 'Small boats at a river bank', post: post!.id });
    expect(media!.bytes.includes('Exif')).toBe(false);
    expect(media!.bytes.includes('EOS R5')).toBe(false);

    expect(result.publication).toMatchObject({ siteUrl: wp.url, postId: post!.id, postUrl: `${wp.url}/?p=${post!.id}`, mediaIds: [media!.id] });
    expect(await service.getWordPressPublication({ draftId })).toEqual({ publication: result.publication });
    const audit = await service.listAudit({});
    expect(audit.find((a) => a.action === 'export.written')?.detail).toMatch(new RegExp(`WordPress .* draft post ${post!.id}`));
    expect(JSON.stringify(audit)).not.toContain(wp.password);
  });

  it('a re-publish updates the same post and re-uses the unchanged image', async () => {
    const draftId = await approvedDraft();
    await connect();
    const first = await service.publishToWordPress({ draftId });
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Prices rose again in June.' }] });
    const draft = await service.getDraft({ id: draftId });
    await service.saveDraftBody({ id: draftId, baseRevision: draft.meta.bodyRevision, body: doc });
    const second = await service.publishToWordPress({ draftId });
    expect(second).toMatchObject({ status: 'published', updated: true });
    expect(wp.posts.size).toBe(1);
    expect(wp.media.size).toBe(1);
    expect([...wp.posts.values()][0]!.content).toContain('Prices rose again in June.');
    expect(wp.requests.filter((r) => r.method === 'POST' && r.route === '/wp/v2/media')).toHaveLength(1);
    if (first.status === 'published' && second.status === 'published') expect(second.publication.postId).toBe(first.publication.postId);
  });

  it('needs an approved draft, and settings', async () => {
    const draft = await service.createDraft({ title: 'Not yet', byline: '', dateline: '' });
    await connect();
    await expect(service.publishToWordPress({ draftId: draft.meta.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await service.forgetWordPressSettings();
    const draftId = await approvedDraft();
    await expect(service.publishToWordPress({ draftId })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/Set up WordPress/) });
    expect(wp.requests).toEqual([]);
  });

  it('refuses a draft that shows a source’s identity before sending anything; an override with a reason goes through and is audited', async () => {
    const doc = storyDoc();
    doc.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Old Liu laughed.' }] });
    const draftId = await approvedDraft(doc);
    await connect();
    const refused = await service.publishToWordPress({ draftId });
    expect(refused.status).toBe('refused');
    if (refused.status === 'refused') expect(refused.findings.map((f) => f.sourceLabel)).toContain('a source based in China');
    expect(wp.requests).toEqual([]);
    expect((await service.getDraft({ id: draftId })).meta.status).toBe('approved');

    const through = await service.publishToWordPress({ draftId, override: { reason: 'The nickname is the market’s, agreed with the desk' } });
    expect(through).toMatchObject({ status: 'published', overridden: true });
    expect((await service.listAudit({})).map((a) => a.action)).toContain('export.override');
  });

  it('a failed publish leaves the draft as it was (not marked exported), and the retry updates what was made', async () => {
    const draftId = await approvedDraft();
    await connect();
    let failPostUpdates = true;
    wp.hook = (req, res, route) => {
      if (failPostUpdates && req.method === 'POST' && /^\/wp\/v2\/posts\/\d+$/.test(route)) {
        res.writeHead(500, { 'Content-Type': 'text/html' });
        res.end('critical error');
        return true;
      }
      return false;
    };
    await expect(service.publishToWordPress({ draftId })).rejects.toMatchObject({ code: 'IO' });
    expect((await service.getDraft({ id: draftId })).meta.status).toBe('approved');
    expect(await service.getWordPressPublication({ draftId })).toEqual({ publication: null });
    failPostUpdates = false;
    const result = await service.publishToWordPress({ draftId });
    expect(result).toMatchObject({ status: 'published', updated: true, draftStatus: 'exported' });
    expect(wp.posts.size).toBe(1);
    expect(wp.media.size).toBe(1);
  });

  it('will not overwrite a post that was published on WordPress meanwhile', async () => {
    const draftId = await approvedDraft();
    await connect();
    await service.publishToWordPress({ draftId });
    [...wp.posts.values()][0]!.status = 'publish';
    await expect(service.publishToWordPress({ draftId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no longer a draft/) });
  });

  it('a post deleted on WordPress is made again on the next publish', async () => {
    const draftId = await approvedDraft();
    await connect();
    await service.publishToWordPress({ draftId });
    wp.posts.clear();
    expect(await service.publishToWordPress({ draftId })).toMatchObject({ status: 'published', updated: false });
    expect(wp.posts.size).toBe(1);
  });
});

describe('a retry after WordPress made something but its answer was lost', () => {
  let wp: FakeWordPress;
  beforeEach(async () => {
    wp = await startFakeWordPress();
  });
  afterEach(async () => {
    await wp.close();
  });

  /** Lets the request through to WordPress, then holds the answer back past the client's timeout. */
  function swallowAnswer(match: (method: string, route: string) => boolean) {
    let armed = true;
    wp.hook = (req, res, route) => {
      if (!armed || !match(req.method ?? '', route)) return false;
      armed = false;
      const end = res.end.bind(res);
      res.end = ((..._args: unknown[]) => {
        setTimeout(() => end(), 2_000).unref();
        return res;
      }) as typeof res.end;
      return false;
    };
  }

  function request(state: { current: PublicationState | null }): PublishRequest {
    return {
      client: new WordPressClient({ siteUrl: wp.url, user: wp.user, applicationPassword: wp.password, timeoutMs: 300, uploadTimeoutMs: 300 }),
      title: 'A story',
      renderContent: (url) => `<figure><img src="${url('story-1.jpg')}" alt=""></figure><p>Body</p>`,
      images: [{ imageId: 'a'.repeat(32), fileName: 'story-1.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]), mime: 'image/jpeg', caption: 'Cap', alt: 'Alt' }],
      previous: state.current,
      save: async (s) => {
        state.current = s;
      },
    };
  }

  it('a post create that timed out is found by its marker and updated, not made twice', async () => {
    const state = { current: null as PublicationState | null };
    swallowAnswer((method, route) => method === 'POST' && route === '/wp/v2/posts');
    await expect(publishPost(request(state))).rejects.toMatchObject({ code: 'IO', message: expect.stringMatching(/did not answer/) });
    expect(wp.posts.size).toBe(1);
    expect(state.current?.pendingPostSlug).toMatch(/^d[0-9a-f]{16}$/);

    const outcome = await publishPost(request(state));
    expect(outcome.updated).toBe(true);
    expect(wp.posts.size).toBe(1);
    expect([...wp.posts.values()][0]).toMatchObject({ id: outcome.post.id, slug: '', status: 'draft' });
    expect(outcome.state.pendingPostSlug).toBeUndefined();
  });

  it('an upload that timed out is found by its marker, not uploaded twice', async () => {
    const state = { current: null as PublicationState | null };
    swallowAnswer((method, route) => method === 'POST' && route === '/wp/v2/media');
    await expect(publishPost(request(state))).rejects.toMatchObject({ code: 'IO' });
    expect(wp.media.size).toBe(1);
    expect(wp.posts.size).toBe(0);

    await publishPost(request(state));
    expect(wp.media.size).toBe(1);
    expect(wp.posts.size).toBe(1);
    expect([...wp.posts.values()][0]!.content).toContain('/wp-content/uploads/story-1.jpg');
  });

  it('a changed picture replaces its old upload', async () => {
    const state = { current: null as PublicationState | null };
    await publishPost(request(state));
    const before = [...wp.media.keys()];
    const changed = request(state);
    changed.images[0]!.bytes = new Uint8Array([0xff, 0xd8, 0xff, 9, 9, 9]);
    await publishPost(changed);
    expect(wp.media.size).toBe(1);
    expect([...wp.media.keys()]).not.toEqual(before);
    expect(wp.posts.size).toBe(1);
  });
});
