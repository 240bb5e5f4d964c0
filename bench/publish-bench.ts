import path from 'node:path';
import { scrubImage } from '../main/export/image-scrub';
import { ShieldnoteService } from '../main/service/shieldnote-service';
import { WordPressClient } from '../main/wordpress/wordpress-client';
import { approveDraftForTest } from '../tests/support/approve-draft';
import { largePhotoWithGps } from '../tests/support/camera-image';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../tests/support/temp-dirs';
import { readWordPressEnv, wordPressEnvFile, wpGet } from '../tests/support/wordpress-env';
import { interleavedPairs, reportRatio } from './paired';
import { median, report, timeAsync } from './report';

const PAIRS = 7;

/**
 * A whole publish (scrub, upload, post, captions) of a draft with one 5 MB photo to the local
 * WordPress of scripts/wordpress/start.sh; baselines from the same run: the scrub alone, a bare
 * upload of the same bytes (WordPress's own work: storing it and resizing it with GD) and one
 * authenticated GET. Each run publishes a new draft; what it made is deleted afterwards.
 */
export async function benchPublish(): Promise<void> {
  const env = readWordPressEnv();
  if (!env) {
    console.log(`# publish_ms not measured: no local WordPress (${wordPressEnvFile()}); run scripts/wordpress/start.sh`);
    return;
  }
  const dir = tempDir('shieldnote-bench-');
  const service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
  const made: { posts: number[]; media: number[] } = { posts: [], media: [] };
  try {
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'bench', passphrase: STRONG_PASSPHRASE });
    await service.saveWordPressSettings({ siteUrl: env.url, user: env.user, applicationPassword: env.applicationPassword });
    const photo = await largePhotoWithGps(5);
    const dataBase64 = Buffer.from(photo).toString('base64');
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Boats crossed the river at night, traders said.' }] }] };

    const client = new WordPressClient({ siteUrl: env.url, user: env.user, applicationPassword: env.applicationPassword });
    await client.connect();
    const scrub: number[] = [];
    const upload: number[] = [];
    const get: number[] = [];
    let n = 0;
    // A: a whole publish of a fresh draft (made untimed); B: the scrub + a bare upload of the same photo.
    const publishOnce = async () => {
      const draft = await service.createDraft({ title: `Bench crossing ${n++}`, byline: 'By a staff reporter', dateline: 'SEOUL' });
      await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body });
      await service.addDraftImage({ draftId: draft.meta.id, name: 'photo.jpg', dataBase64, caption: 'Boats.', credit: 'Staff', alt: 'Boats' });
      await approveDraftForTest(service, draft.meta.id);
      let result: Awaited<ReturnType<ShieldnoteService['publishToWordPress']>> | null = null;
      const publishMs = await timeAsync(async () => (result = await service.publishToWordPress({ draftId: draft.meta.id })));
      const done = result as Awaited<ReturnType<ShieldnoteService['publishToWordPress']>> | null;
      if (done?.status !== 'published') throw new Error('The bench publish did not go through.');
      made.posts.push(done.publication.postId);
      made.media.push(...done.publication.mediaIds);
      return publishMs;
    };
    const baselineOnce = async () => {
      let clean: Awaited<ReturnType<typeof scrubImage>> | null = null;
      const scrubMs = await timeAsync(async () => (clean = await scrubImage(photo, 'photo.jpg')));
      const bytes = (clean as Awaited<ReturnType<typeof scrubImage>> | null)!.bytes;
      const uploadMs = await timeAsync(async () => made.media.push((await client.uploadMedia({ bytes, mime: 'image/jpeg', fileName: 'bench.jpg' }, `dbench${n}`)).id));
      get.push(await timeAsync(() => client.getPost(1)));
      scrub.push(scrubMs);
      upload.push(uploadMs);
      return scrubMs + uploadMs;
    };
    const pairs = await interleavedPairs(publishOnce, baselineOnce, { pairs: PAIRS, warmup: 1 }); // warm-up: first sharp and PHP runs
    report('publish_ms', pairs.a, `draft + one ${(photo.length / 1024 / 1024).toFixed(1)} MB photo to the local WordPress, median of ${PAIRS}; target ≤ 1000`);
    report('publish_scrub_ms', median(scrub.slice(1)), 'baseline: scrubbing that photo alone (sharp)');
    report('publish_upload_ms', median(upload.slice(1)), 'baseline: a bare upload of the scrubbed photo (WordPress stores it and makes its sizes)');
    report('publish_get_ms', median(get.slice(1)), 'baseline: one authenticated REST GET');
    reportRatio('publish_ratio', pairs, 'publish ÷ (scrub + bare upload): what the rest of the publish adds');
  } finally {
    for (const id of made.media) await wpGet(env, `/wp/v2/media/${id}`, { force: 'true' }, 'DELETE').catch(() => undefined);
    for (const id of made.posts) await wpGet(env, `/wp/v2/posts/${id}`, { force: 'true' }, 'DELETE').catch(() => undefined);
    await service.shutdown();
    dir.remove();
  }
}
