import fc from 'fast-check';
import type { z } from 'zod';

// Random payloads shaped by a contract schema, for attacks on the API: every string is either
// a known id (so calls reach real items), a text from the attacker's pool (guesses at names,
// hostile strings) or random text. Values are schema-shaped but not always schema-valid (a
// refine or a regex may still refuse them); refusals are fine, the property is about answers.

export interface PayloadPool {
  ids: string[];
  texts: string[];
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function stringArbitrary(def: Def, pool: PayloadPool): fc.Arbitrary<string> {
  const checks = (def.checks as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? [];
  const max = checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum ?? 200;
  const options: fc.Arbitrary<string>[] = [fc.string({ maxLength: Math.min(max, 40) })];
  if (pool.ids.length) options.push(fc.constantFrom(...pool.ids));
  if (pool.texts.length) options.push(fc.constantFrom(...pool.texts).map((t) => t.slice(0, max)));
  return fc.oneof(...options);
}

/** A small editor document whose paragraphs mix the pool's texts with citations of known ids. */
function docArbitrary(pool: PayloadPool): fc.Arbitrary<unknown> {
  const text = fc.constantFrom(...(pool.texts.length ? pool.texts : ['text'])).filter((t) => t.length > 0);
  const citation = fc
    .tuple(fc.constantFrom(...(pool.ids.length ? pool.ids : ['x'])), fc.nat({ max: 99 }))
    .map(([statementId, n]) => ({ type: 'citation', attrs: { citationId: `c${n}`, statementIds: [statementId], revisions: [1], override: null, customText: null, showDate: n % 2 === 0, outlet: '' } }));
  const inline = fc.oneof(text.map((t) => ({ type: 'text', text: t })), citation);
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((content) => ({ type: 'paragraph', content }));
  return fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((content) => ({ type: 'doc', content }));
}

export function arbitraryFor(schema: unknown, pool: PayloadPool, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(undefined);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, pool);
    case 'number':
      return fc.oneof(fc.integer({ min: -1, max: 1_000 }), fc.constantFrom(0, 1, 30, 3600));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return fc.option(arbitraryFor(def.innerType, pool, depth + 1), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType, pool, depth + 1), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return arbitraryFor(def.innerType, pool, depth + 1);
    case 'pipe':
      return arbitraryFor(def.in, pool, depth + 1);
    case 'array':
      return fc.array(arbitraryFor(def.element, pool, depth + 1), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => arbitraryFor(item, pool, depth + 1)));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => arbitraryFor(option, pool, depth + 1)));
    case 'record':
      return fc.dictionary(stringArbitrary({ type: 'string' }, pool), arbitraryFor(def.valueType, pool, depth + 1), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, pool, depth + 1)]));
      return fc.record(entries).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
    }
    case 'custom':
      return docArbitrary(pool);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
