import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES, STATEMENTS, type FixtureSource } from '../fixtures/border-story';

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
