import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../common/api/contract';
import { ERROR_CODES } from '../../common/api/errors';
import { METHOD_NAMES } from '../../common/api/method-names';
import { APP_ORIGIN } from '../../common/security/csp';
import { createApiHandler } from '../../main/ipc/api-handler';
import type { ServiceMethods } from '../../main/service/shieldnote-service';

const mainFrame = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

/** A service whose every method records the call; the handler must never reach it with bad input. */
function spyService() {
  const calls: string[] = [];
  const service = Object.fromEntries(
    METHOD_NAMES.map((name) => [name, vi.fn(async () => { calls.push(name); return { ok: true }; })]),
  ) as unknown as ServiceMethods;
  return { service, calls };
}

// Payloads built to break things: wrong types, prototype tricks, huge and deep values, and
// near-misses of the real shapes (right keys, wrong values; extra keys).
const hostile = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom(
    null, undefined, 0, -1, NaN, Infinity, '', 'x'.repeat(100_000), [], [{}], true,
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.record({
    path: fc.oneof(fc.string(), fc.constant('relative/path'), fc.constant('/ok\0evil'), fc.integer()),
    passphrase: fc.oneof(fc.constant(''), fc.integer(), fc.constant('p'.repeat(5000)), fc.array(fc.string())),
    name: fc.oneof(fc.constant(''), fc.constant('   '), fc.constant('bell\u0007'), fc.constant('n'.repeat(81)), fc.object()),
    recoveryKey: fc.oneof(fc.constant(''), fc.constant('k'.repeat(500)), fc.integer()),
    method: fc.oneof(fc.constant('passphrase'), fc.constant('recoveryKey'), fc.constant('magic'), fc.integer()),
  }, { requiredKeys: [] }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }), { minKeys: 1, maxKeys: 6 }),
);

describe('IPC handler', () => {
  it.each(METHOD_NAMES)('%s: 1,000 hostile payloads are each rejected with VALIDATION, and the service is never called', async (method) => {
    const { service, calls } = spyService();
    const handler = createApiHandler(service, { allowedOrigin: APP_ORIGIN });
    const schema = contract[method].input;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(hostile.filter((p) => !schema.safeParse(p).success), async (payload) => {
        const result = await handler(mainFrame, method, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(typeof result.error.message).toBe('string');
        }
        rejected++;
      }),
      { numRuns: 1000 },
    );
    expect(rejected).toBe(1000);
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown method names, including prototype keys', async () => {
    const { service, calls } = spyService();
    const handler = createApiHandler(service, { allowedOrigin: APP_ORIGIN });
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'requireVault', 'shutdown', 'identityTerms', 'leakScanner', 'gateScan', 'publishableDocument', '', 42, null]) {
      const result = await handler(mainFrame, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(calls).toEqual([]);
  });

  it('answers only the app’s own origin and main frame', async () => {
    const { service, calls } = spyService();
    const handler = createApiHandler(service, { allowedOrigin: APP_ORIGIN });
    for (const caller of [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: 'app://shieldnote.evil/index.html', isMainFrame: true },
      { url: 'file:///work/main/out/renderer/index.html', isMainFrame: true },
      { url: `${APP_ORIGIN}/index.html`, isMainFrame: false },
      { url: 'not a url', isMainFrame: true },
      { url: '', isMainFrame: true },
    ]) {
      expect(await handler(caller, 'getStatus', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
    expect(await handler(mainFrame, 'getStatus', {})).toMatchObject({ ok: true });
  });

  it('turns unexpected failures into INTERNAL without leaking details, and keeps coded ones', async () => {
    const logged: unknown[] = [];
    const service = {
      getStatus: async () => { throw new Error('secret path /home/reporter/sources.txt'); },
      lock: async () => { throw Object.assign(new Error('disk'), { code: 'ENOSPC' }); },
    } as unknown as ServiceMethods;
    const handler = createApiHandler(service, { allowedOrigin: APP_ORIGIN, logError: (_m, e) => logged.push(e) });
    const internal = await handler(mainFrame, 'getStatus', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('sources.txt');
    expect(logged).toHaveLength(1);
    expect(await handler(mainFrame, 'lock', {})).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringMatching(/disk is full/) } });
  });

  it('uses only the fixed set of error codes', () => {
    expect(ERROR_CODES).toEqual(['VALIDATION', 'FORBIDDEN', 'LOCKED', 'WRONG_PASSPHRASE', 'VAULT_DAMAGED', 'VAULT_UNSUPPORTED', 'NOT_FOUND', 'CONFLICT', 'ROLLED_BACK', 'IO', 'INTERNAL']);
  });
});
