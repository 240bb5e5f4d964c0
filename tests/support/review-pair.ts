import path from 'node:path';
import type { Role } from '../../common/domain/people';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { seededStoryDoc, seedStory } from './seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, dialogAnswers, tempDir, testPlatform, type DialogAnswers, type FilePickerAnswers } from './temp-dirs';

// People with their own vaults (separate app data folders), for review-package tests: each has
// a profile, and `exchangeKeys` adds two of them to each other's contacts.

export interface Person {
  service: ShieldnoteService;
  files: FilePickerAnswers;
  /** Main's own dialogs (the fingerprint check): answered yes unless a test says otherwise. */
  dialogs: DialogAnswers;
  dir: string;
}

export async function person(root: string, key: string, name: string, role: Role): Promise<Person> {
  const dir = path.join(root, key);
  const files: FilePickerAnswers = { open: null, saveDir: root };
  const dialogs = dialogAnswers(true);
  const service = new ShieldnoteService({ platform: testPlatform(dir, async () => null, files, dialogs), kdfPolicy: FAST_KDF });
  await service.createVault({ path: path.join(dir, 'vault'), name: `${name}’s desk`, passphrase: STRONG_PASSPHRASE });
  // Becoming an editor takes the passphrase.
  await service.saveProfile({ name, role, ...(role === 'editor' ? { passphrase: STRONG_PASSPHRASE } : {}) });
  return { service, files, dialogs, dir };
}

export async function exchangeKeys(a: Person, b: Person): Promise<void> {
  const keyOf = async (p: Person) => (await p.service.getMyProfile()).profile!.keyString;
  await a.service.addContact({ keyString: await keyOf(b) });
  await b.service.addContact({ keyString: await keyOf(a) });
}

/** A reporter with the seed story in a draft, and an editor; both know each other. */
export async function reviewPair() {
  const root = tempDir('shieldnote-review-');
  const reporter = await person(root.path, 'reporter', 'Ana Reyes', 'reporter');
  const editor = await person(root.path, 'editor', 'Mina Cho', 'editor');
  await exchangeKeys(reporter, editor);
  const seeded = await seedStory(reporter.service);
  const doc = seededStoryDoc(seeded);
  const draft = await reporter.service.createDraft({ title: 'Smuggling on the Yalu', byline: 'Staff reporter' });
  await reporter.service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
  const contactId = async (of: Person, name: string) => (await of.service.listContacts()).find((c) => c.name === name)!.id;
  return {
    root,
    reporter,
    editor,
    seeded,
    draftId: draft.meta.id,
    doc,
    contactId,
    close: async (...others: Person[]) => {
      for (const p of [reporter, editor, ...others]) await p.service.shutdown();
      root.remove();
    },
  };
}
