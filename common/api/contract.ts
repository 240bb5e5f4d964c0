import type { z } from 'zod';
import type { MethodName } from './method-names';
import { deskMethods } from './contract/desk';
import { draftsMethods } from './contract/drafts';
import { exportMethods } from './contract/export';
import type { MethodSpec } from './contract/fields';
import { importMethods } from './contract/import';
import { leakGuardMethods } from './contract/leak-guard';
import { libraryMethods } from './contract/library';
import { overviewMethods } from './contract/overview';
import { readingsMethods } from './contract/readings';
import { reviewMethods } from './contract/review';
import { safetyMethods } from './contract/safety';
import { sampleMethods } from './contract/sample';
import { syncMethods } from './contract/sync';
import { vaultMethods } from './contract/vault';

// The one contract: every method's input schema and result type, declared once in the file of
// its area (common/api/contract/<area>.ts, one per service facade) and assembled here.

export { ATTACHMENT_MAX_BYTES, type MethodSpec } from './contract/fields';
export { SAVE_STATEMENTS_MAX_CHARS } from './contract/library';

/** The areas' methods as one object; a name declared in two areas refuses to load. */
function assemble<const T extends readonly Record<string, MethodSpec<z.ZodType, unknown>>[]>(...areas: T): AllOf<T> {
  const all: Record<string, MethodSpec<z.ZodType, unknown>> = {};
  for (const area of areas) {
    for (const [name, spec] of Object.entries(area)) {
      if (name in all) throw new Error(`${name} is declared in more than one area of the contract`);
      all[name] = spec;
    }
  }
  return all as AllOf<T>;
}
type AllOf<T extends readonly object[]> = (T[number] extends infer U ? (U extends unknown ? (area: U) => void : never) : never) extends (area: infer I) => void ? I : never;

export const contract = assemble(
  vaultMethods,
  libraryMethods,
  draftsMethods,
  leakGuardMethods,
  exportMethods,
  reviewMethods,
  deskMethods,
  safetyMethods,
  importMethods,
  readingsMethods,
  syncMethods,
  overviewMethods,
  sampleMethods,
) satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;
// And no method that method-names.ts does not list (the preload exposes only those).
const _onlyListedMethods: Record<Exclude<keyof typeof contract, MethodName>, never> = {};

export type Contract = typeof contract;
export type InputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['_result']>;
