import type { DocNode } from '../../common/domain/draft';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES, STATEMENTS, type FixtureSource } from '../fixtures/border-story';
import { borderStoryDoc } from '../fixtures/border-story-doc';

/** Enters the fixture story's sources, identities and statements through the service. */
export async function seedStory(service: ShieldnoteService) {
  const sourceIds = {} as Record<FixtureSource['key'], string>;
  for (const source of SOURCES) {
    const saved = await service.saveSource(source.fields);
    await service.saveIdentity({ sourceId: saved.id, terms: source.identity });
    sourceIds[source.key] = saved.id;
  }
  const statements = await service.saveStatements({
    statements: STATEMENTS.map((s) => ({ ...s.fields, sourceId: sourceIds[s.source] })),
  });
  return { sourceIds, statements };
}

export type SeededStory = Awaited<ReturnType<typeof seedStory>>;

/** The fixture story's draft, its citations pointing at the seeded statements. */
export function seededStoryDoc(seeded: SeededStory): DocNode {
  return borderStoryDoc(seeded.statements, (s) => SOURCES.find((src) => seeded.sourceIds[src.key] === s.sourceId)!.key);
}
