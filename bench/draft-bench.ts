import type { DocNode } from '../common/domain/draft';
import { benchVaultWith } from './bench-vault';
import { rng, sentence } from './fixture-data';
import { interleavedPairs, reportRatio } from './paired';
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

/** A vault of `statements` with one cited draft; each sample is the median of 5 autosaves. */
async function autosaver(statements: number) {
  const { service, statements: generated, dispose } = await benchVaultWith(statements);
  const draft = await service.createDraft({ title: 'Bench' });
  const doc = draftDoc(generated.slice(0, 200).map((s) => s.id));
  let meta = await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc }); // citations land in the catalog once
  let edit = 0;
  const sample = async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      (doc.content![0]!.content![0] as { text: string }).text = `Edit ${edit}: ${sentence(rng(edit++), 25)} `;
      const started = performance.now();
      meta = await service.saveDraftBody({ id: draft.meta.id, baseRevision: meta.bodyRevision, body: doc });
      times.push(performance.now() - started);
    }
    return median(times);
  };
  return { sample, dispose };
}

export async function benchDrafts(): Promise<void> {
  const small = await autosaver(1_000);
  const large = await autosaver(100_000);
  try {
    const pairs = await interleavedPairs(large.sample, small.sample, { pairs: 9, warmup: 1 }); // the first saves warm up the JIT
    report('autosave_ms', pairs.a, `5,000-word draft with 200 citations, vault of 100,000 statements (1,000: ${pairs.b.toFixed(2)} ms)`);
    reportRatio('autosave_ratio', pairs, 'autosave in a 100,000-statement vault ÷ in a 1,000-statement vault; target ≤ 1.5');
  } finally {
    await large.dispose();
    await small.dispose();
  }
}
