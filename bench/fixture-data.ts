// Generated vault contents of realistic size for the benchmarks: statements of ~60 words with
// notes and tags, and draft metadata. Deterministic, so runs compare like with like.

// Function words make up about 40% of running text; content words are many and mostly rare.
const FUNCTION_WORDS = (
  'the a of and to in is was that it for on with as by at from they he she said we there were ' +
  'had has have not but or an be this which their his her been would could will about more than'
).split(' ');
const LETTERS = 'eeeeeeeeeeeetttttttttaaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvkjxqz';

export function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// 8,000 content words of 3–11 letters with English letter frequencies, drawn with a Zipf-like
// skew. A tiny or syllable-built vocabulary would make every prefix match half the corpus.
const VOCABULARY: string[] = (() => {
  const random = rng(99);
  const words = new Set<string>(
    ('border smuggling coal river customs merchants police patrol boats seafood reed leaves sanctions ' +
      'trade market prices warehouse truck night checkpoint officials bribes shipment quota rice fuel').split(' '),
  );
  while (words.size < 8_000) {
    const n = 3 + Math.floor(random() * 9);
    let w = '';
    for (let i = 0; i < n; i++) w += LETTERS[Math.floor(random() * LETTERS.length)];
    words.add(w);
  }
  return [...words];
})();

/** A content word (Zipf-skewed). */
export function word(random: () => number): string {
  return VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.5)]!;
}

function anyWord(random: () => number): string {
  return random() < 0.4 ? FUNCTION_WORDS[Math.floor(FUNCTION_WORDS.length * random() ** 1.5)]! : word(random);
}

export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(anyWord(random));
  return out.join(' ');
}

export interface BenchStatement {
  id: string;
  sourceId: string;
  text: string;
  kind: 'quote' | 'paraphrase' | 'background';
  saidOn: { date: string; precision: 'day' };
  channel: string;
  notes: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export function generateCatalogCollections(statements: number, drafts: number) {
  const random = rng(42);
  const sources: Record<string, unknown> = {};
  for (let i = 0; i < 200; i++) {
    sources[`src${i}`] = { id: `src${i}`, label: { noun: 'source', qualifier: `in region ${i % 17}` }, access: sentence(random, 12), reliability: 'established', poolSize: 50 + i };
  }
  const statementMap: Record<string, BenchStatement> = {};
  for (let i = 0; i < statements; i++) {
    const id = `st${i.toString(36).padStart(6, '0')}`;
    statementMap[id] = {
      id,
      sourceId: `src${i % 200}`,
      text: sentence(random, 63),
      kind: 'quote',
      saidOn: { date: `2025-0${1 + (i % 9)}-1${i % 10}`, precision: 'day' },
      channel: 'messenger',
      notes: sentence(random, 12),
      tags: ['border', `t${i % 40}`],
      createdAt: '2025-05-05T10:00:00.000Z',
      updatedAt: '2025-05-05T10:00:00.000Z',
    };
  }
  const draftMap: Record<string, unknown> = {};
  for (let i = 0; i < drafts; i++) {
    draftMap[`dr${i}`] = { id: `dr${i}`, title: sentence(random, 8), dateline: 'SEOUL', byline: 'Staff reporter', status: 'drafting', bodyRecordId: i.toString(16).padStart(32, '0'), createdAt: '2025-05-05T10:00:00.000Z', updatedAt: '2025-05-05T10:00:00.000Z' };
  }
  return { sources, statements: statementMap, drafts: draftMap };
}

/** A draft body of about `words` words, as the editor will store it (JSON document). */
export function draftBody(words: number): Uint8Array {
  const random = rng(7);
  const paragraphs = [];
  for (let w = 0; w < words; w += 80) paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: sentence(random, 80) }] });
  return new TextEncoder().encode(JSON.stringify({ type: 'doc', content: paragraphs }));
}
