import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { previewLabel } from '../../common/attribution/label-forms';
import type { IdentityTerm } from '../../common/domain/identity';
import { LeakScanner } from '../../common/leak-guard/leak-scanner';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { writeBackup } from '../../main/vault/backups';
import { SOURCES, STATEMENTS } from '../fixtures/border-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform, type FilePickerAnswers } from '../support/temp-dirs';
import { decryptorReady, readFolderWith, type Secret } from '../support/test-decryptor';

// The rule is "never": after travel mode, and after a burn, no file in the vault folder (backups
// included) holds an identity term, read with the passphrase or with the recovery key, neither as
// written nor in any form the leak guard would recognise (folded case, diacritics, full-width,
// name parts, phone digits, e-mail user names).

const pick = (chars: string, min: number, max: number) => fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
// Long enough that a random word cannot occur in the rest of the vault by chance.
const latinWord = pick('abcdefghijklmnopqrstuvwxyzàáâãäåçèéêëìíîïñòóôõöùúûüýÿąčęėįšųūžłńśźżőű', 7, 10).map((w) => w[0]!.toUpperCase() + w.slice(1));
const cjkName = fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 3, maxLength: 4 }).map((codes) => String.fromCodePoint(...codes));
const hangulName = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 3, maxLength: 4 }).map((codes) => String.fromCodePoint(...codes));
const phone = pick('0123456789', 10, 10).map((d) => `+${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`);
const email = fc.tuple(pick('abcdefghijklmnopqrstuvwxyz', 7, 10), pick('abcdefghijklmnopqrstuvwxyz', 6, 9)).map(([u, d]) => `${u}@${d}.example`);
const handle = pick('abcdefghijklmnopqrstuvwxyz_', 8, 12).map((h) => `@${h}`);

const term = fc.oneof(
  fc.tuple(latinWord, latinWord).map(([a, b]): IdentityTerm => ({ kind: 'name', value: `${a} ${b}`, isPublic: false })),
  cjkName.map((value): IdentityTerm => ({ kind: 'name', value, isPublic: false })),
  hangulName.map((value): IdentityTerm => ({ kind: 'alias', value, isPublic: false })),
  phone.map((value): IdentityTerm => ({ kind: 'phone', value, isPublic: false })),
  email.map((value): IdentityTerm => ({ kind: 'email', value, isPublic: false })),
  handle.map((value): IdentityTerm => ({ kind: 'handle', value, isPublic: false })),
);
const identities = fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { minLength: SOURCES.length, maxLength: SOURCES.length });

/** Identity terms (any leak-guard variant) found in the vault folder read with `secret`. */
function leaksIn(vaultDir: string, secret: Secret, terms: { sourceId: string; term: IdentityTerm }[]): string[] {
  const scanner = new LeakScanner(terms.map(({ sourceId, term }) => ({ sourceId, kind: term.kind, value: term.value, isPublic: term.isPublic })));
  const reading = readFolderWith(vaultDir, secret);
  expect(reading.refused).toEqual([]);
  // Every container opened: nothing was left unread.
  expect(reading.files.filter((f) => /\.sn[cr]$/.test(f.file) && !f.plaintext).map((f) => f.file)).toEqual([]);
  const found = new Set<string>();
  for (const f of reading.files) {
    for (const bytes of [f.raw, f.plaintext]) {
      if (!bytes) continue;
      const text = Buffer.from(bytes).toString('utf8');
      for (const { term } of terms) if (text.includes(term.value)) found.add(term.value);
      for (const finding of scanner.scan(text)) found.add(`${finding.matched} (${finding.part})`);
    }
  }
  return [...found];
}

describe('travel mode and burn leave no identity in the vault folder (property)', () => {
  beforeAll(decryptorReady);

  it('holds for random identities: names with diacritics, CJK, Hangul, phones, e-mails, handles', async () => {
    await fc.assert(
      fc.asyncProperty(identities, fc.nat(SOURCES.length - 1), fc.boolean(), async (identitySets, burnIndex, sealToTravelKey) => {
        const dir = tempDir('shieldnote-prop-');
        const files: FilePickerAnswers = { save: path.join(dir.path, 'usb', 'trip.sntravel'), open: null };
        mkdirSync(path.join(dir.path, 'usb'));
        const service = new ShieldnoteService({ platform: testPlatform(path.join(dir.path, 'app'), async () => null, files), kdfPolicy: FAST_KDF });
        const vaultDir = path.join(dir.path, 'vault');
        try {
          const { recoveryKey } = await service.createVault({ path: vaultDir, name: 'Border desk', passphrase: STRONG_PASSPHRASE });
          await service.confirmRecoveryKey({ recoveryKey });
          const ids: string[] = [];
          for (const [i, source] of SOURCES.entries()) {
            const saved = await service.saveSource(source.fields);
            await service.saveIdentity({ sourceId: saved.id, terms: identitySets[i]! });
            ids.push(saved.id);
          }
          const byKey = Object.fromEntries(SOURCES.map((s, i) => [s.key, ids[i]!]));
          await service.saveStatements({ statements: STATEMENTS.map((s) => ({ ...s.fields, sourceId: byKey[s.source]! })) });
          await writeBackup(vaultDir);
          const terms = identitySets.flatMap((set, i) => set.map((t) => ({ sourceId: ids[i]!, term: t })));
          const secrets: Secret[] = [{ passphrase: STRONG_PASSPHRASE }, { recoveryKey }];
          // Sanity: before travel, the check finds the terms (in the compartment).
          expect(leaksIn(vaultDir, secrets[0]!, terms).length).toBeGreaterThan(0);

          const key = sealToTravelKey ? (await service.createTravelKey()).travelKey : recoveryKey;
          await service.enterTravelMode({ sealTo: sealToTravelKey ? 'travel-key' : 'recovery-key', key });
          await writeBackup(vaultDir, new Date(Date.now() + 1000)); // a later backup, still identity-free
          for (const secret of secrets) expect(leaksIn(vaultDir, secret, terms)).toEqual([]);

          files.open = files.save ?? null;
          await service.restoreFromTravel({ key, deleteFile: false });
          const burned = SOURCES[burnIndex]!;
          await service.burnIdentity({ sourceId: ids[burnIndex]!, confirmation: previewLabel(burned.fields.label).first, passphrase: STRONG_PASSPHRASE, key });
          const burnedTerms = terms.filter((t) => t.sourceId === ids[burnIndex]);
          // Others' terms may share a form with the burned ones (e.g. the same random word).
          const kept = new Set(terms.filter((t) => t.sourceId !== ids[burnIndex]).map((t) => t.term.value));
          for (const secret of secrets) expect(leaksIn(vaultDir, secret, burnedTerms.filter((t) => !kept.has(t.term.value)))).toEqual([]);
        } finally {
          await service.shutdown();
          dir.remove();
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

