import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readImportBytes } from '../main/import/import-reader';
import { telegramExport } from '../tests/support/import-fixtures';
import { median, report } from './report';

// Reading files in for review (nothing saved): a 20-page Word interview transcript (about
// 10,000 words in 400 "Name:" turns) through the zip budget check, mammoth and paste-and-split;
// a Telegram export of 10,000 messages through JSON and the identity-term scan of every message.

const WORDS = 'the boats left the north pier after ten and the traders waited by the customs shed until the price moved again'.split(' ');

async function transcript(): Promise<Uint8Array> {
  const paragraphs = Array.from({ length: 400 }, (_, i) => {
    const words = Array.from({ length: 25 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ');
    return new Paragraph({ children: [new TextRun({ text: i % 2 ? 'Trader:' : 'Q:', bold: true }), new TextRun(` ${words}.`)] });
  });
  return Packer.pack(new Document({ sections: [{ children: paragraphs }] }), 'uint8array');
}

async function timed(work: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times.slice(Math.min(3, runs - 1)));
}

export async function benchImport(): Promise<void> {
  const id = 'a'.repeat(32);
  const docx = await transcript();
  const word = await timed(() => readImportBytes(docx, { path: '/bench/transcript.docx', purpose: 'statements', id }), 15);
  report('import_docx_ms', word, `20-page transcript (${(docx.length / 1024).toFixed(0)} KiB, 400 turns): zip budget check, mammoth, split into candidates`);
  const json = new TextEncoder().encode(JSON.stringify(telegramExport({ messages: 10_000 })));
  const telegram = await timed(() => readImportBytes(json, { path: '/bench/result.json', purpose: 'statements', id }), 8);
  report('import_telegram_ms', telegram, `Telegram result.json of 10,000 messages (${(json.length / 1024 / 1024).toFixed(1)} MB): parse, candidates, identity terms offered`);
}
