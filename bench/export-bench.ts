import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../common/export/export-format';
import { toHtml } from '../common/export/html-export';
import { benchVaultWith } from './bench-vault';
import { draftDoc } from './draft-bench';
import { interleavedPairs, reportRatio } from './paired';
import { median, report } from './report';

// Exporting a 5,000-word draft with 200 citations: read and decrypt the body, build the
// publishable document, serialize, scan every field and the file as written and as read, write
// the file durably (fsync). HTML against plain text from the same run as the baseline.

export async function benchExport(): Promise<void> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-bench-export-'));
  // Main's folder picker answers a fresh folder each time: an export never replaces a file, so
  // the same folder would measure the search for a free name instead of the write.
  const { service, source, statements, dispose } = await benchVaultWith(1_000, 0, async () => mkdtempSync(path.join(out, 'run-')));
  try {
    // The shared generator writes dates in an older shape; the export sorts statements by date.
    await service.requireVault().update((data) => {
      for (const s of Object.values(data.collections.statements ?? {}) as { saidOn: unknown }[]) {
        if (s.saidOn && typeof s.saidOn === 'object') s.saidOn = (s.saidOn as { date: string }).date;
      }
    });
    await service.saveIdentity({ sourceId: source.id, terms: [
      { kind: 'name', value: 'Liu Zhenhai', isPublic: false },
      { kind: 'alias', value: 'Old Liu', isPublic: false },
      { kind: 'phone', value: '+86 138 0411 2233', isPublic: false },
      { kind: 'email', value: 'zhenhai.liu@mail.example', isPublic: false },
    ] });
    const draft = await service.createDraft({ title: 'Bench story', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: draftDoc(statements.slice(0, 200).map((s) => s.id)) });

    const id = draft.meta.id;
    const time = async (work: () => Promise<unknown>, runs = 7, warmup = 0) => {
      const times: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const started = performance.now();
        await work();
        if (i >= warmup) times.push(performance.now() - started);
      }
      return median(times);
    };
    // The export itself (read, render, serialize, gate) and, apart, the same with the durable write.
    const prepared = (format: ExportFormat) => time(() => service.previewExport({ draftId: id, format }));
    const written = (format: ExportFormat) =>
      time(async () => {
        const result = await service.exportDraft({ draftId: id, format, final: false });
        if (result.status !== 'exported') throw new Error(`bench export was ${result.status}`);
      }, 30, 10);
    // Warm the JIT on both, then HTML and text in turns.
    for (let i = 0; i < 10; i++) {
      await service.previewExport({ draftId: id, format: 'text' });
      await service.previewExport({ draftId: id, format: 'html' });
    }
    const pairs = await interleavedPairs(() => prepared('html'), () => prepared('text'), { pairs: 9 });
    const htmlWritten = await written('html');
    const docx = await prepared('docx');
    const doc = await service.publishableDocument(id);
    const serialize: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      toHtml(doc);
      serialize.push(performance.now() - started);
    }
    report('export_html_ms', pairs.a, `HTML export of a 5,000-word draft with 200 citations: decrypt, render, serialize, gate (file as written and as read); target ≤ 20 (serializing alone: ${median(serialize.slice(10)).toFixed(2)} ms)`);
    report('export_docx_ms', docx, 'the same draft as Word (.docx): packed by the docx library, every XML part and the words as read gated');
    report('export_text_ms', pairs.b, 'the same draft as plain text: the baseline');
    reportRatio('export_html_ratio', pairs, 'HTML export ÷ plain-text export');
    report('export_html_written_ms', htmlWritten, 'the HTML export written durably (file fsync, audit entry in the catalog): disk-bound');
  } finally {
    rmSync(out, { recursive: true, force: true });
    await dispose();
  }
}
