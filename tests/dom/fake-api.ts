import type { InterfaceLanguageChoice } from '../../common/api/interface-languages';
// An in-memory stand-in for `window.shieldnote`: enough behaviour to drive every screen.
import type { ShieldnoteApi } from '../../common/api/bridge';
import { contract } from '../../common/api/contract';
import type { ApiError, ApiResult, ErrorCode } from '../../common/api/errors';
import { METHOD_NAMES, type MethodName } from '../../common/api/method-names';
import type { InputOf } from '../../common/api/contract';
import type { KdfSummary, VaultStatus } from '../../common/api/types';
import { formatRecoveryKey } from '../../common/vault/recovery-key';
import { createFakeLibrary, type FakeLibraryOptions } from './fake-library';

export interface FakeVault {
  name: string;
  passphrase: string;
  recoveryKey: string;
  createdAt: string;
  recoveryKeyPending: boolean;
}

export interface FakeApiOptions {
  path?: string;
  /** Vaults that already exist, by folder path. */
  vaults?: Record<string, Partial<FakeVault>>;
  /** Start with the vault at `path` unlocked. */
  unlocked?: boolean;
  /** What the folder dialog returns. */
  pickedFolder?: string | null;
  clearsAfterSeconds?: number;
  /** Sources, statements, identities and drafts of the unlocked vault. */
  library?: FakeLibraryOptions;
}

export const DEFAULT_PATH = '/home/reporter/Shieldnote';
export const KDF: KdfSummary = { algorithm: 'argon2id13', opsLimit: 3, memLimitMiB: 256, calibratedMs: 50 };

let keySeed = 1;
/** A well-formed recovery key (valid check byte) that differs on every call. */
export function makeRecoveryKey(): string {
  const seed = keySeed++;
  return formatRecoveryKey(Uint8Array.from({ length: 24 }, (_, i) => (i * 37 + seed * 101) & 0xff));
}

const cleanKey = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

function fail(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

export function createFakeApi(options: FakeApiOptions = {}) {
  let currentPath = options.path ?? DEFAULT_PATH;
  let unlockedPath: string | null = options.unlocked ? currentPath : null;
  let interfaceLanguage: InterfaceLanguageChoice = 'system';
  const vaults = new Map<string, FakeVault>();
  for (const [path, vault] of Object.entries(options.vaults ?? {})) {
    vaults.set(path, {
      name: 'My notebook',
      passphrase: 'correct maple lantern orbit',
      recoveryKey: makeRecoveryKey(),
      createdAt: '2025-03-14T09:30:00.000Z',
      recoveryKeyPending: false,
      ...vault,
    });
  }
  const calls: { method: MethodName; input: unknown }[] = [];
  const holds = new Map<MethodName, Promise<void>>();
  const failures = new Map<MethodName, ApiError>();

  function status(): VaultStatus {
    const vault = vaults.get(currentPath);
    if (!vault) {
      return { path: currentPath, state: 'absent', name: null, createdAt: null, kdf: null, recoveryKeyPending: false };
    }
    const unlocked = unlockedPath === currentPath;
    return {
      path: currentPath,
      state: unlocked ? 'unlocked' : 'locked',
      name: unlocked ? vault.name : null,
      createdAt: vault.createdAt,
      kdf: KDF,
      recoveryKeyPending: vault.recoveryKeyPending,
    };
  }

  function currentUnlocked(): FakeVault | null {
    return unlockedPath === currentPath ? (vaults.get(currentPath) ?? null) : null;
  }

  /**
   * Records the call, validates it with the contract's schema (as main does), waits while a test
   * holds the method, and applies an injected failure.
   */
  function handle<M extends MethodName, T>(
    method: M,
    input: unknown,
    run: (parsed: InputOf<M>) => ApiResult<T>,
  ): Promise<ApiResult<T>> {
    calls.push({ method, input });
    const hold = holds.get(method) ?? Promise.resolve();
    return hold.then(() => {
      const injected = failures.get(method);
      if (injected) {
        failures.delete(method);
        return { ok: false, error: injected };
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail('VALIDATION', `Fake API refused ${method}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      }
      return run(parsed.data as InputOf<M>);
    });
  }

  const library = createFakeLibrary(options.library ?? {}, {
    isUnlocked: () => currentUnlocked() !== null,
    passphrase: () => currentUnlocked()?.passphrase ?? '',
    clearsAfterSeconds: () => options.clearsAfterSeconds ?? 30,
  });
  /** Runs a library method only while the vault is unlocked. */
  function unlockedOnly<I, T>(run: (parsed: I) => ApiResult<T>): (parsed: I) => ApiResult<T> {
    return (parsed) => (currentUnlocked() ? run(parsed) : fail('LOCKED', 'The vault is locked.'));
  }

  let acronymReadings: { acronym: string; reading: string }[] = [];
  const implemented: Partial<ShieldnoteApi> = {
    getStatus: (input) => handle('getStatus', input, () => ({ ok: true, value: status() })),
    listVaults: (input) =>
      handle('listVaults', input, () => ({
        ok: true,
        value: [...new Set([currentPath, ...vaults.keys()])].map((path) => ({
          path,
          isDefault: path === DEFAULT_PATH,
          exists: vaults.has(path) || path === currentPath,
          lastOpenedAt: vaults.has(path) ? '2025-04-01T10:00:00.000Z' : null,
        })),
      })),
    selectVault: (input) =>
      handle('selectVault', input, () => {
        unlockedPath = null;
        currentPath = input.path;
        return { ok: true, value: status() };
      }),
    pickVaultFolder: (input) =>
      handle('pickVaultFolder', input, () => ({ ok: true, value: { path: options.pickedFolder ?? null } })),
    createVault: (input) =>
      handle('createVault', input, () => {
        if (vaults.has(input.path)) return fail('CONFLICT', 'A vault already exists in that folder.');
        const vault: FakeVault = {
          name: input.name,
          passphrase: input.passphrase,
          recoveryKey: makeRecoveryKey(),
          createdAt: '2025-05-02T08:00:00.000Z',
          recoveryKeyPending: true,
        };
        vaults.set(input.path, vault);
        currentPath = input.path;
        unlockedPath = input.path;
        return { ok: true, value: { status: status(), recoveryKey: vault.recoveryKey } };
      }),
    copyRecoveryKey: (input) =>
      handle('copyRecoveryKey', input, () => {
        const vault = currentUnlocked();
        if (!vault?.recoveryKeyPending) return fail('FORBIDDEN', 'The recovery key is no longer available.');
        return { ok: true, value: { clearsAfterSeconds: options.clearsAfterSeconds ?? 30 } };
      }),
    confirmRecoveryKey: (input) =>
      handle('confirmRecoveryKey', input, () => {
        const vault = currentUnlocked();
        if (!vault) return fail('LOCKED', 'The vault is locked.');
        if (cleanKey(input.recoveryKey) !== cleanKey(vault.recoveryKey)) {
          return fail('WRONG_PASSPHRASE', 'That is not the recovery key shown for this vault.');
        }
        vault.recoveryKeyPending = false;
        return { ok: true, value: status() };
      }),
    unlock: (input) =>
      handle('unlock', input, () => {
        const vault = vaults.get(currentPath);
        if (!vault) return fail('NOT_FOUND', 'There is no vault in this folder.');
        const matches =
          input.method === 'passphrase'
            ? input.passphrase === vault.passphrase
            : cleanKey(input.recoveryKey) === cleanKey(vault.recoveryKey);
        if (!matches) {
          return fail(
            'WRONG_PASSPHRASE',
            input.method === 'passphrase'
              ? 'That passphrase does not open this vault.'
              : 'That recovery key does not open this vault.',
          );
        }
        unlockedPath = currentPath;
        return { ok: true, value: status() };
      }),
    lock: (input) =>
      handle('lock', input, () => {
        unlockedPath = null;
        library.onLock();
        return { ok: true, value: status() };
      }),
    renameVault: (input) =>
      handle('renameVault', input, () => {
        const vault = currentUnlocked();
        if (!vault) return fail('LOCKED', 'The vault is locked.');
        vault.name = input.name;
        return { ok: true, value: status() };
      }),
    getInterfaceLanguage: (input) => handle('getInterfaceLanguage', input, () => ({ ok: true, value: { choice: interfaceLanguage } })),
    setInterfaceLanguage: (input) =>
      handle('setInterfaceLanguage', input, (parsed) => {
        interfaceLanguage = parsed.choice;
        return { ok: true, value: { choice: interfaceLanguage } };
      }),
    getPreferences: (input) => handle('getPreferences', input, unlockedOnly(() => library.getPreferences())),
    updatePreferences: (input) => handle('updatePreferences', input, unlockedOnly((parsed) => library.updatePreferences(parsed))),
    getAcronymReadings: (input) => handle('getAcronymReadings', input, unlockedOnly(() => ({ ok: true, value: { entries: acronymReadings } }))),
    saveAcronymReadings: (input) =>
      handle('saveAcronymReadings', input, unlockedOnly((parsed) => {
        acronymReadings = parsed.entries;
        return { ok: true, value: { entries: acronymReadings } };
      })),
    listSources: (input) => handle('listSources', input, unlockedOnly((parsed) => library.listSources(parsed))),
    saveSource: (input) => handle('saveSource', input, unlockedOnly((parsed) => library.saveSource(parsed))),
    revealIdentity: (input) => handle('revealIdentity', input, unlockedOnly((parsed) => library.revealIdentity(parsed))),
    hideIdentity: (input) => handle('hideIdentity', input, unlockedOnly((parsed) => library.hideIdentity(parsed))),
    saveIdentity: (input) => handle('saveIdentity', input, unlockedOnly((parsed) => library.saveIdentity(parsed))),
    copyIdentityTerm: (input) => handle('copyIdentityTerm', input, unlockedOnly((parsed) => library.copyIdentityTerm(parsed))),
    listStatements: (input) => handle('listStatements', input, unlockedOnly((parsed) => library.listStatements(parsed))),
    getStatement: (input) => handle('getStatement', input, unlockedOnly((parsed) => library.getStatement(parsed))),
    saveStatement: (input) => handle('saveStatement', input, unlockedOnly((parsed) => library.saveStatement(parsed))),
    saveStatements: (input) => handle('saveStatements', input, unlockedOnly((parsed) => library.saveStatements(parsed))),
    addAttachment: (input) => handle('addAttachment', input, unlockedOnly((parsed) => library.addAttachment(parsed))),
    getAttachment: (input) => handle('getAttachment', input, unlockedOnly((parsed) => library.getAttachment(parsed))),
    removeAttachment: (input) => handle('removeAttachment', input, unlockedOnly((parsed) => library.removeAttachment(parsed))),
    search: (input) => handle('search', input, unlockedOnly((parsed) => library.search(parsed))),
    listTags: (input) => handle('listTags', input, unlockedOnly(() => library.listTags())),
    deleteItem: (input) => handle('deleteItem', input, unlockedOnly((parsed) => library.deleteItem(parsed))),
    setArchived: (input) => handle('setArchived', input, unlockedOnly((parsed) => library.setArchived(parsed))),
    undoDelete: (input) => handle('undoDelete', input, unlockedOnly((parsed) => library.undoDelete(parsed))),
    listAudit: (input) => handle('listAudit', input, unlockedOnly((parsed) => library.listAudit(parsed))),
    // No desk folder set: the settings section and the frame's arrival watch see an empty desk.
    getDeskSettings: (input) => handle('getDeskSettings', input, unlockedOnly(() => ({ ok: true, value: { folder: null, reachable: false, cleanupDays: 14 } }))),
    listDesk: (input) => handle('listDesk', input, unlockedOnly(() => ({ ok: true, value: { folder: null, reachable: false, items: [] } }))),
  };
  // Methods of other features (drafts…) answer with an error rather than break these tests.
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      implemented[name] ??
        ((input: unknown) => handle(name, input, () => fail('INTERNAL', `${name} is not part of the DOM tests' fake API.`))),
    ]),
  ) as unknown as ShieldnoteApi;

  return {
    api,
    vaults,
    calls,
    status,
    library,
    callsTo: (method: MethodName) => calls.filter((call) => call.method === method),
    /** Makes the method wait until the returned function is called. */
    hold(method: MethodName): () => void {
      let release!: () => void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    failNext(method: MethodName, code: ErrorCode, message: string) {
      failures.set(method, { code, message });
    },
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;

/** Installs a fake as `window.shieldnote` (setup.ts removes it after each test). */
export function installFakeApi(options: FakeApiOptions = {}): FakeApi {
  const fake = createFakeApi(options);
  window.shieldnote = fake.api;
  return fake;
}
