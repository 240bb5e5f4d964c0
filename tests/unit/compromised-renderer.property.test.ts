import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { METHOD_NAMES, type MethodName } from '../../common/api/method-names';
import { createApiHandler, type ApiHandler } from '../../main/ipc/api-handler';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { arbitraryFor, type PayloadPool } from '../support/schema-arbitrary';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, dialogAnswers, tempDir, testPlatform } from '../support/temp-dirs';

// A compromised renderer calls every method with random schema-shaped payloads, as the app's
// own main frame. Whatever it sends, no answer (and nothing put on the clipboard) may carry an
// identity term it did not send itself: only a reveal with the passphrase discloses one, and
// the attacker does not know the passphrase. The user answers no to every dialog main shows and
// cancels every picker, so nothing may be written outside the vault either.

const ORIGIN = 'app://shieldnote';
const MAIN_FRAME = { url: `${ORIGIN}/index.html`, isMainFrame: true };

/** Changes which vault is open, or waits for a lock: exercised by the lifecycle tests instead. */
const LIFECYCLE = new Set<MethodName>(['awaitLock', 'lock', 'unlock', 'createVault', 'selectVault', 'restoreBackup', 'resolveRollback']);
const ATTACKED = METHOD_NAMES.filter((name) => !LIFECYCLE.has(name));

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const TERMS = SOURCES.flatMap((s) => s.identity.map((t) => t.value)).map((value) => ({ value, folded: fold(value) }));

describe('a compromised renderer', () => {
  const dir = tempDir();
  const dialogs = dialogAnswers(false);
  const platform = testPlatform(dir.path, async () => null, { open: null, saveDir: null }, dialogs);
  const service = new ShieldnoteService({ platform, kdfPolicy: FAST_KDF });
  let handler: ApiHandler;
  let pool: PayloadPool;
  const elsewhere = path.join(dir.path, 'elsewhere');

  beforeAll(async () => {
    await service.createVault({ path: `${dir.path}/vault`, name: 'Desk', passphrase: STRONG_PASSPHRASE });
    const { sourceIds, statements } = await seedStory(service);
    const draft = await service.createDraft({ title: 'Border trade' });
    handler = createApiHandler(service, { allowedOrigin: ORIGIN });
    mkdirSync(elsewhere);
    pool = {
      ids: [...Object.values(sourceIds), ...statements.map((s) => s.id), draft.meta.id],
      // Guesses at parts of identities, hostile strings and filler; never a whole identity term
      // and never the passphrase.
      texts: ['Liu', 'Zhenhai', 'Park', 'Sun', 'hee', 'Bak', '박', '철수', 'Kim', '138', '0411', 'liuzh', 'Yalu', 'Wholesale', 'L i u Z h e n h a i', 'a b c d e', '<img src=x onerror=alert(1)>', '../../../etc/passwd', 'http://127.0.0.1:9/collect', 'source', 'Dandong', elsewhere, path.join(elsewhere, 'story.html'), path.join(elsewhere, 'vault')],
    };
  });

  afterAll(async () => {
    await service.shutdown();
    dir.remove();
  });

  const disclosedIn = (answer: unknown, sent: string) => {
    const seen = fold(JSON.stringify(answer));
    return TERMS.filter((t) => seen.includes(t.folded) && !sent.includes(t.folded)).map((t) => t.value);
  };

  it('sees a disclosure when there is one: a reveal with the passphrase', async () => {
    const sourceId = pool.ids[0]!;
    const answer = await handler(MAIN_FRAME, 'revealIdentity', { sourceId, passphrase: STRONG_PASSPHRASE });
    expect(disclosedIn(answer, '')).toContain('Liu Zhenhai');
    await handler(MAIN_FRAME, 'hideIdentity', { sourceId });
  });

  it('never answers with an identity term it was not sent, whatever it calls', async () => {
    let sent = '';
    const call = fc.constantFrom(...ATTACKED).chain((method) => arbitraryFor(contract[method].input, pool).map((payload) => ({ method, payload })));
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 6 }), async (calls) => {
        for (const { method, payload } of calls) {
          sent += fold(JSON.stringify(payload) ?? '');
          const answer = await handler(MAIN_FRAME, method, payload);
          const disclosed = disclosedIn({ answer, clipboard: await platform.clipboard.readText() }, sent);
          expect(disclosed.map((term) => `${method}: ${term}`)).toEqual([]);
        }
      }),
      { numRuns: process.env.CI ? 150 : 60 },
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
