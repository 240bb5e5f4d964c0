import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepsSavedPassword } from '../../common/domain/wordpress';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { approveDraftForTest } from '../support/approve-draft';
import { photoWithGps } from '../support/camera-image';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

// DESIGN §2 threat 6, issue 13 attack 3: the application password goes only to the origin and
// user it was entered for, and a publish requests nothing but that origin, whatever addresses
// WordPress's answers name.

describe('the saved password is bound to its origin and user', () => {
  it('is kept only for the same scheme, host, port and user', () => {
    const saved = { siteUrl: 'https://news.example.org', user: 'desk' };
    expect(keepsSavedPassword(saved, { siteUrl: 'https://news.example.org/blog', user: 'desk' })).toBe(true);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://NEWS.example.org', user: 'desk' })).toBe(true);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://news.example.org:443', user: 'desk' })).toBe(true);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://evil.example', user: 'desk' })).toBe(false);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://news.example.org.evil.example', user: 'desk' })).toBe(false);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://news.example.org:8443', user: 'desk' })).toBe(false);
    expect(keepsSavedPassword({ siteUrl: 'http://127.0.0.1:8080', user: 'desk' }, { siteUrl: 'http://127.0.0.1:8081', user: 'desk' })).toBe(false);
    expect(keepsSavedPassword({ siteUrl: 'http://localhost', user: 'desk' }, { siteUrl: 'https://localhost', user: 'desk' })).toBe(false);
    expect(keepsSavedPassword(saved, { siteUrl: 'https://news.example.org', user: 'Desk' })).toBe(false);
    expect(keepsSavedPassword(saved, { siteUrl: 'not a url', user: 'desk' })).toBe(false);
  });
});

describe('publishing sends the password to the entered site only (two fake servers)', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  let site: FakeWordPress;
  let elsewhere: FakeWordPress;

  beforeEach(async () => {
    dir = tempDir();
    site = await startFakeWordPress();
    elsewhere = await startFakeWordPress();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    seeded = await seedStory(service);
  });
  afterEach(async () => {
    await service.shutdown();
    await site.close();
    await elsewhere.close();
    dir.remove();
  });

  async function approvedDraft() {
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: '', dateline: 'SEOUL' });
    const doc = seededStoryDoc(seeded);
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    await service.addDraftImage({ draftId: draft.meta.id, name: 'boats.jpg', dataBase64: Buffer.from(await photoWithGps()).toString('base64'), caption: 'Boats.', credit: '', alt: 'Boats' });
    await approveDraftForTest(service, draft.meta.id);
    return draft.meta.id;
  }

  it('pointing the settings at another host or user without the password is refused and changes nothing', async () => {
    await service.saveWordPressSettings({ siteUrl: site.url, user: site.user, applicationPassword: site.password });
    await expect(service.saveWordPressSettings({ siteUrl: elsewhere.url, user: site.user })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/paste the application password again/) });
    await expect(service.saveWordPressSettings({ siteUrl: site.url, user: 'someone-else' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await service.getWordPressSettings()).settings).toMatchObject({ siteUrl: site.url, user: site.user });

    const draftId = await approvedDraft();
    expect(await service.publishToWordPress({ draftId })).toMatchObject({ status: 'published' });
    expect(elsewhere.requests).toEqual([]);
    expect(site.requests.every((r) => r.host === new URL(site.url).host)).toBe(true);
  });

  it('with the password typed again for the new site, that site gets it and the old one nothing more', async () => {
    await service.saveWordPressSettings({ siteUrl: site.url, user: site.user, applicationPassword: site.password });
    await service.saveWordPressSettings({ siteUrl: elsewhere.url, user: elsewhere.user, applicationPassword: elsewhere.password });
    const draftId = await approvedDraft();
    expect(await service.publishToWordPress({ draftId })).toMatchObject({ status: 'published' });
    expect(site.requests).toEqual([]);
    expect(elsewhere.posts.size).toBe(1);
  });

  it('never requests an address an answer names: image addresses, post links, `_links`, Location headers', async () => {
    await service.saveWordPressSettings({ siteUrl: site.url, user: site.user, applicationPassword: site.password });
    const away = elsewhere.url;
    // Every JSON answer grows addresses on the other server; redirects point there too.
    site.hook = (req, res, route) => {
      if (route === '/wp/v2/users/me' && req.method === 'GET' && new URL(req.url ?? '/', 'http://x').pathname.startsWith('/wp-json')) {
        res.writeHead(301, { Location: `${away}/wp-json/wp/v2/users/me` });
        res.end();
        return true;
      }
      const head = res.writeHead.bind(res);
      res.writeHead = ((status: number, headers: Record<string, string>) =>
        head(status, { ...headers, Link: `<${away}/wp-json/>; rel="https://api.w.org/"`, 'Content-Location': `${away}/elsewhere` })) as typeof res.writeHead;
      const write = res.end.bind(res);
      res.end = ((chunk?: unknown) => {
        if (typeof chunk !== 'string' || !chunk.startsWith('{')) return write(chunk as string);
        const body = JSON.parse(chunk) as Record<string, unknown>;
        const links = { self: [{ href: `${away}/wp-json/wp/v2/posts/1` }], 'wp:attachment': [{ href: `${away}/wp-json/wp/v2/media` }], collection: [{ href: `${away}/wp-json/wp/v2/posts` }] };
        const hostile = { ...body, _links: links, link: `${away}/?p=1`, guid: { rendered: `${away}/?p=1` }, ...('source_url' in body ? { source_url: `${away}/wp-content/uploads/boats.jpg` } : {}) };
        return write(JSON.stringify(hostile));
      }) as typeof res.end;
      return false;
    };
    const draftId = await approvedDraft();
    const result = await service.publishToWordPress({ draftId });
    expect(result).toMatchObject({ status: 'published' });
    expect(elsewhere.requests).toEqual([]);
    // The redirect from /wp-json/ was not followed: the client fell back to ?rest_route= on the same site.
    expect(site.requests.some((r) => r.route === '/wp/v2/posts' && r.method === 'POST')).toBe(true);
    // What the server named is only text in the post, never a request.
    expect([...site.posts.values()][0]!.content).toContain(`${away}/wp-content/uploads/boats.jpg`);
  });

  it('a redirect to another host is reported, not followed', async () => {
    await service.saveWordPressSettings({ siteUrl: site.url, user: site.user, applicationPassword: site.password });
    site.hook = (_req, res) => {
      res.writeHead(307, { Location: `${elsewhere.url}/wp-json/wp/v2/users/me` });
      res.end();
      return true;
    };
    const draftId = await approvedDraft();
    await expect(service.publishToWordPress({ draftId })).rejects.toMatchObject({ code: 'IO', message: expect.stringMatching(/never follows redirects/) });
    expect(elsewhere.requests).toEqual([]);
  });
});
