import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { DOC_BUDGET } from '../../common/domain/draft';
import { METHOD_NAMES } from '../../common/api/method-names';
import { runWorstCalls, worstCalls, worstWorld, type TimedCall, type WorstWorld } from '../support/worst-inputs';
import { tempDir } from '../support/temp-dirs';

// The largest input each method accepts, through the real IPC handler and service: every call
// ends in a result or a clean error (never INTERNAL, a crash or running out of memory). How long
// each takes is a figure in bench/ (main_worst_call_ms), not an assertion here.

describe('worst-case inputs', () => {
  let dir: ReturnType<typeof tempDir>;
  let world: WorstWorld;
  let results: TimedCall[];

  beforeAll(async () => {
    dir = tempDir();
    world = await worstWorld(dir.path);
    results = await runWorstCalls(world, process.env.WORST_VERBOSE ? (c) => console.log(`${c.ms.toFixed(0).padStart(6)} ms (held ${c.stallMs.toFixed(0)})  ${c.method} (${c.label}) ${c.result.ok ? "ok" : `${c.result.error.code}: ${c.result.error.message.slice(0, 120)}`}`) : undefined);
  }, 600_000);
  afterAll(async () => {
    await world?.service.shutdown();
    dir?.remove();
  });

  it('covers every method with schema-valid inputs', () => {
    const calls = worstCalls(world);
    expect(new Set(calls.map((c) => c.method))).toEqual(new Set(METHOD_NAMES));
    for (const call of calls) {
      const parsed = contract[call.method].input.safeParse(call.input);
      expect(parsed.success, `${call.method} (${call.label}): ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
  });

  it('answers each with a result or a clean error', () => {
    const unclean = results.filter((r) => !r.result.ok && r.result.error.code === 'INTERNAL').map((r) => `${r.method} (${r.label})`);
    expect(unclean).toEqual([]);
    for (const r of results) if (!r.result.ok) expect(r.result.error.message.length, `${r.method}`).toBeGreaterThan(0);
  });
});

describe('payloads over their budget', () => {
  it('are refused by the schema with VALIDATION and a message naming the limit', () => {
    const refused = (method: keyof typeof contract, input: unknown) => {
      const parsed = contract[method].input.safeParse(input);
      expect(parsed.success).toBe(false);
      return parsed.error!.issues[0]!.message;
    };
    const id = 'a'.repeat(32);
    const words = (n: number) => ({ type: 'doc', content: [{ type: 'paragraph', content: Array.from({ length: n }, () => ({ type: 'text', text: 'w ' })) }] });
    expect(refused('saveDraftBody', { id, baseRevision: 1, body: words(DOC_BUDGET.nodes) })).toMatch(/too large \(over 20,000 parts\)/);
    expect(refused('saveDraftBody', { id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(DOC_BUDGET.textChars + 1) }] }] } })).toMatch(/too long \(over 250,000 characters of text\)/);
    const marked = { type: 'text', text: 'x', marks: [{ type: 'quoteSource', attrs: { original: 'y'.repeat(90_000) } }] };
    expect(refused('saveDraftBody', { id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: Array.from({ length: 50 }, () => marked) }] } })).toMatch(/too large \(over 1.5 million characters/);
    expect(refused('saveDraftBody', { id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'bold' }] }] }] } })).toMatch(/mark is repeated/);
    const statement = { sourceId: id, kind: 'quote', saidOn: null, channel: 'phone', text: 'x'.repeat(40_000), notes: '', tags: [] };
    const cite = (i: number) => ({ type: 'citation', attrs: { citationId: `c${i}` } });
    expect(refused('saveDraftBody', { id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: Array.from({ length: DOC_BUDGET.citations + 1 }, (_, i) => cite(i)) }] } })).toMatch(/too many citations \(over 1,000\)/);
    expect(refused('saveStatements', { statements: Array.from({ length: 13 }, () => statement) })).toMatch(/at most 500,000 characters/);
    expect(refused('addAttachment', { statementId: id, name: 'a.bin', mimeType: '', dataBase64: 'A'.repeat(36_000_000) })).toBe('Attachments are limited to 25 MB');
  });

  it('refuses a draft whose review would hash too much, before saving it', async () => {
    const dir = tempDir();
    const world = await worstWorld(dir.path);
    try {
      const cite = (i: number) => ({ type: 'citation', attrs: { citationId: `c${i}`, statementIds: Array.from({ length: 50 }, () => world.longStatement.id), revisions: [], override: null, customText: null, showDate: false, outlet: '' } });
      const body = { type: 'doc', content: [{ type: 'paragraph', content: Array.from({ length: 2 }, (_, i) => cite(i)) }] };
      const saved = await world.call('saveDraftBody', { id: world.draftId, baseRevision: 1, body });
      expect(saved).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/quote too much to review/) } });
      expect((await world.service.getDraft({ id: world.draftId })).meta.bodyRevision).toBe(1);
    } finally {
      await world.service.shutdown();
      dir.remove();
    }
  });
});
