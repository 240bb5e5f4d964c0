import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import type { IdentityTerm } from '../../common/domain/identity';
import { EXPORT_FORMATS } from '../../common/export/export-format';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { jpegWithExif } from '../support/test-images';

// The rule is "never": whatever a vault holds and a draft says, an export either is refused by
// the gate or carries no identity term (in any spelling the leak guard knows), no source's private
// nickname, and no internal id.
// The check here is written independently of the scanner: letters and digits folded, no
// word boundaries, so it is stricter than the guard itself.

const fold = (s: string) => s.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

const SURNAMES = ['Kwon', 'Baek', 'Ryu', 'Hwang', 'Nam'];
const SYLLABLES = ['tae', 'gyu', 'hyo', 'seok', 'jin', 'woo', 'rim', 'chan'];
const FILLER = 'the river trade moved slowly across a border town where boats came at night and officers looked away while prices rose over winter months'.split(' ');
const LABELS = [
  { adjective: '', noun: 'source', qualifier: 'in China' },
  { adjective: 'North Korean', noun: 'official', qualifier: '' },
  { adjective: '', noun: 'trader', qualifier: 'based in Dandong' },
  { adjective: 'Daily NK', noun: 'source', qualifier: '' },
];

const arbSyllable = fc.constantFrom(...SYLLABLES);
const arbName = fc.tuple(fc.constantFrom(...SURNAMES), arbSyllable, arbSyllable).map(([s, a, b]) => `${s} ${a[0]!.toUpperCase()}${a.slice(1)}-${b}`);
const arbIdentity = fc.record({
  name: arbName,
  phone: fc.tuple(fc.integer({ min: 2000, max: 9999 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b]) => `+82 10 ${a} ${b}`),
  email: fc.tuple(arbSyllable, arbSyllable, fc.integer({ min: 10, max: 99 })).map(([a, b, n]) => `${a}.${b}${n}@mail.example`),
  handle: fc.tuple(arbSyllable, arbSyllable, fc.integer({ min: 10, max: 99 })).map(([a, b, n]) => `@${a}_${b}${n}`),
});
// The reporter's private nickname for a source: never a word of the filler, so any trace is a leak.
const arbNickname = fc.tuple(fc.constantFrom('Uncle', 'Auntie', 'Captain', 'Cousin'), arbSyllable, arbSyllable).map(([t, a, b]) => `${t} ${a[0]!.toUpperCase()}${a.slice(1)}${b}`);
type Identity = typeof arbIdentity extends fc.Arbitrary<infer T> ? T : never;

/** A spelling of one identity term as a reporter might slip it in. */
function variant(identity: Identity, kind: keyof Identity, how: number): string {
  const value = identity[kind];
  if (kind === 'phone') {
    const [, , a, b] = value.split(' ');
    return [`010-${a}-${b}`, `+82 10 ${a} ${b}`, `0082 10${a}${b}`, `(010) ${a} ${b}`][how % 4]!;
  }
  if (kind === 'handle') return [value, value.slice(1), value.toUpperCase()][how % 3]!;
  return [value, value.toUpperCase(), value.toLowerCase(), value.replace(/-/g, ' '), value.replace(/-/g, ''), fullWidth(value)][how % 6]!;
}

const PLACES = ['title', 'byline', 'body', 'caption', 'credit', 'alt'] as const;
const arbCase = fc.record({
  identities: fc.array(arbIdentity, { minLength: 1, maxLength: 3 }),
  nicknames: fc.array(arbNickname, { minLength: 3, maxLength: 3 }),
  labels: fc.array(fc.constantFrom(...LABELS), { minLength: 3, maxLength: 3 }),
  paragraphs: fc.array(fc.array(fc.constantFrom(...FILLER), { minLength: 3, maxLength: 20 }), { minLength: 1, maxLength: 5 }),
  citeWhich: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  plant: fc.option(fc.record({ who: fc.nat(), kind: fc.constantFrom('name', 'phone', 'email', 'handle', 'nickname') as fc.Arbitrary<keyof Identity | 'nickname'>, how: fc.nat(), where: fc.constantFrom(...PLACES) }), { nil: null, freq: 2 }),
});

describe('no export carries an identity or an internal id', () => {
  const dir = tempDir();
  const service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
  let photo = '';
  const everyTerm: string[] = [];
  const everyId: string[] = [];

  beforeAll(async () => {
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    photo = Buffer.from(await jpegWithExif()).toString('base64');
  });
  afterAll(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('for random vaults, drafts and identities, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(arbCase, async (c) => {
        // The vault grows run by run: every identity ever added must stay out.
        const sourceIds: string[] = [];
        for (const [i, identity] of c.identities.entries()) {
          const nickname = c.nicknames[i % 3]!;
          const source = await service.saveSource({ label: c.labels[i % 3]!, nickname, access: '', anonymityReason: '', reliability: 'new', poolSize: 500, notes: '' });
          const terms: IdentityTerm[] = (['name', 'phone', 'email', 'handle'] as const).map((kind) => ({ kind, value: identity[kind], isPublic: false }));
          await service.saveIdentity({ sourceId: source.id, terms });
          sourceIds.push(source.id);
          everyId.push(source.id);
          everyTerm.push(fold(identity.name), fold(identity.email), fold(identity.handle), fold(identity.phone).slice(2), fold(nickname));
        }
        const statements = await service.saveStatements({ statements: sourceIds.map((sourceId, i) => ({ sourceId, text: `Statement ${i} about the river.`, kind: 'paraphrase', saidOn: '2024-05-05', channel: 'phone', notes: '', tags: [] })) });
        everyId.push(...statements.map((s) => s.id));

        const planted = !c.plant ? null : c.plant.kind === 'nickname' ? c.nicknames[c.plant.who % c.identities.length]! : variant(c.identities[c.plant.who % c.identities.length]!, c.plant.kind, c.plant.how);
        const at = (place: (typeof PLACES)[number]) => (planted && c.plant?.where === place ? ` ${planted}` : '');
        const content: DocNode[] = c.paragraphs.map((words, i) => ({
          type: 'paragraph',
          content: [
            { type: 'text', text: `${words.join(' ')} ` },
            { type: 'citation', attrs: { citationId: `c${i}`, statementIds: [statements[c.citeWhich[i % c.citeWhich.length]! % statements.length]!.id], revisions: [1], override: null, customText: null, showDate: i % 2 === 0, outlet: '' } },
            { type: 'text', text: `.${i === 0 ? at('body') : ''}` },
          ],
        }));
        const draft = await service.createDraft({ title: `River trade${at('title')}`, byline: `By a staff reporter${at('byline')}`, dateline: 'DANDONG' });
        everyId.push(draft.meta.id);
        await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: { type: 'doc', content } });
        const [image] = await service.addDraftImage({ draftId: draft.meta.id, name: `${c.identities[0]!.name}.jpg`, dataBase64: photo, caption: `Boats${at('caption')}`, credit: `Staff${at('credit')}`, alt: `Boats at night${at('alt')}` });
        everyId.push(image!.id);

        for (const format of EXPORT_FORMATS) {
          const preview = await service.previewExport({ draftId: draft.meta.id, format });
          const written = [preview.text, preview.fileName, ...preview.images.map((i) => i.fileName)].join('\n');
          if (planted) expect(preview.openCount, `${format}: planted “${planted}” in ${c.plant!.where}`).toBeGreaterThan(0);
          if (preview.openCount > 0) continue; // refused: nothing leaves
          const folded = fold(written);
          for (const term of everyTerm) expect(folded, format).not.toContain(term);
          expect(written).not.toMatch(/[0-9a-f]{32}/i);
          for (const id of everyId) expect(written).not.toContain(id);
        }
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
