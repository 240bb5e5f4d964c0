import type { DocNode } from '../common/domain/draft';
import { benchVaultWith } from './bench-vault';
import { rng, sentence } from './fixture-data';
import { median, report } from './report';

/** A 5,000-word draft body with a citation every ~25 words, as the editor saves it. */
export function draftDoc(statementIds: string[]): DocNode {
  const random = rng(11);
  const content: DocNode[] = [];
  let words = 0;
  let n = 0;
  while (words < 5_000) {
    const inline: DocNode[] = [];
    for (let i = 0; i < 4; i++) {
      inline.push({ type: 'text', text: `${sentence(random, 25)} ` });
      inline.push({ type: 'citation', attrs: { citationId: `c${n++}`, statementIds: [statementIds[n % statementIds.length]!], revisions: [1], override: null, customText: null, showDate: false, outlet: '' } });
      words += 26;
    }
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content };
}

async function autosaveIn(statements: number): Promise<number> {
  const { service, statements: generated, dispose } = await benchVaultWith(statements);
  try {
    const draft = await service.createDraft({ title: 'Bench' });
    const doc = draftDoc(generated.slice(0, 200).map((s) => s.id));
    let meta = await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc }); // citations land in the catalog once
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      (doc.content![0]!.content![0] as { text: string }).text = `Edit ${i}: ${sentence(rng(i), 25)} `;
      const started = performance.now();
      meta = await service.saveDraftBody({ id: draft.meta.id, baseRevision: meta.bodyRevision, body: doc });
      if (i >= 5) times.push(performance.now() - started); // the first saves warm up the JIT
    }
    return median(times);
  } finally {
    await dispose();
  }
}

export async function benchDrafts(): Promise<void> {
  const small = await autosaveIn(1_000);
  const large = await autosaveIn(100_000);
  report('autosave_ms', large, `5,000-word draft with 200 citations, vault of 100,000 statements (1,000: ${small.toFixed(2)} ms)`);
  report('autosave_ratio', large / small, 'autosave in a 100,000-statement vault ÷ in a 1,000-statement vault; target ≤ 1.5');
}
