import type { InputOf, ResultOf } from '../../common/api/contract';
import { METHOD_NAMES, type MethodName } from '../../common/api/method-names';
import type { LockReason } from '../../common/domain/vault-health';
import type { PublishableDocument, PubImage } from '../../common/document/publishable';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import type { ExportContext } from '../export/export-draft';
import { requireFinalExportable } from '../export/export-gate';
import { allIdentityTerms } from '../features/identity-compartment';
import type { Vault } from '../vault/vault';
import { DeskArea } from './areas/desk-area';
import { DraftsArea } from './areas/drafts-area';
import { ExportArea } from './areas/export-area';
import { ImportArea } from './areas/import-area';
import { LeakGuardArea } from './areas/leak-guard-area';
import { OverviewArea } from './areas/overview-area';
import { SampleArea } from './areas/sample-area';
import { LibraryArea } from './areas/library-area';
import { ReadingsArea } from './areas/readings-area';
import { ReviewArea } from './areas/review-area';
import { SafetyArea } from './areas/safety-area';
import { SyncArea } from './areas/sync-area';
import { VaultArea } from './areas/vault-area';
import { ServiceContext, type ServiceOptions } from './service-context';

export { DEFAULT_VAULT_FOLDER, type ServiceOptions } from './service-context';

/** Every contract method, implemented once. IPC, the CLI and the tests all call this. */
export type ServiceMethods = { [M in MethodName]: (input: InputOf<M>) => Promise<ResultOf<M>> };

/** What callers see: a method that takes no fields may be called without an argument. */
type ServiceCalls = { [M in MethodName]: Record<string, never> extends InputOf<M> ? (input?: InputOf<M>) => Promise<ResultOf<M>> : ServiceMethods[M] };

// The service is its areas: each contract method is implemented by exactly one of them. Adding
// an area is one line here; adding a method touches only its area (and the contract).
function createAreas(ctx: ServiceContext) {
  const exports = new ExportArea(ctx);
  return {
    vault: new VaultArea(ctx),
    library: new LibraryArea(ctx),
    drafts: new DraftsArea(ctx),
    leakGuard: new LeakGuardArea(ctx, exports),
    export: exports,
    review: new ReviewArea(ctx),
    safety: new SafetyArea(ctx),
    import: new ImportArea(ctx),
    readings: new ReadingsArea(ctx),
    desk: new DeskArea(ctx),
    sync: new SyncArea(ctx),
    overview: new OverviewArea(ctx),
    sample: new SampleArea(ctx),
  };
}

type Areas = ReturnType<typeof createAreas>;
type ContractPart<A> = Extract<keyof A, MethodName>;
type ImplementedTwice = { [A in keyof Areas]: { [B in Exclude<keyof Areas, A>]: ContractPart<Areas[A]> & ContractPart<Areas[B]> }[Exclude<keyof Areas, A>] }[keyof Areas];
type NotImplemented = Exclude<MethodName, { [A in keyof Areas]: ContractPart<Areas[A]> }[keyof Areas]>;
type WrongSignature = { [A in keyof Areas]: { [M in ContractPart<Areas[A]>]: Areas[A][M] extends ServiceMethods[M] ? never : M }[ContractPart<Areas[A]>] }[keyof Areas];
// Compile-time proof: each of these must be `never`; the assignments fail to type check otherwise.
const everyMethodOnce: [ImplementedTwice | NotImplemented | WrongSignature] extends [never] ? true : false = true;
void everyMethodOnce;

/** Typed as the contract; the constructor fills each method in from the area that owns it. */
const ContractMethods = class {} as new () => ServiceCalls;

export class ShieldnoteService extends ContractMethods {
  private readonly ctx: ServiceContext;
  private readonly areas: Areas;

  constructor(options: ServiceOptions) {
    super();
    this.ctx = new ServiceContext(options);
    this.areas = createAreas(this.ctx);
    const self = this as unknown as Record<MethodName, unknown>;
    for (const name of METHOD_NAMES) {
      const owners = Object.values(this.areas).filter((area) => typeof (area as unknown as Record<string, unknown>)[name] === 'function');
      if (owners.length !== 1) throw new Error(`${name} must be implemented by exactly one area (found ${owners.length})`);
      const owner = owners[0] as unknown as Record<MethodName, (input: unknown) => Promise<unknown>>;
      self[name] = owner[name].bind(owner);
    }
  }

  get defaultVaultPath(): string {
    return this.ctx.defaultVaultPath;
  }

  /** The open vault, for features built on the service; LOCKED when there is none. */
  requireVault(): Vault {
    return this.ctx.requireVault();
  }

  /** Resolves once the search index built at unlock is ready (searches before then scan): for benches. */
  searchReady(): Promise<void> {
    return this.ctx.requireSession().searchIndex.whenReady();
  }

  /** The compiled leak scanner (for the export gate too). */
  leakScanner(): Promise<LeakScanner> {
    return this.ctx.requireSession().leakScanner();
  }

  /** Every identity term with its source: for the leak guard inside main, never over IPC. */
  async identityTerms() {
    return allIdentityTerms(this.ctx.requireVault());
  }

  exportContext(): Promise<ExportContext> {
    return this.areas.export.exportContext();
  }

  publishableDocument(draftId: string, images: PubImage[] = []): Promise<PublishableDocument> {
    return this.areas.export.publishableDocument(draftId, images);
  }

  gateScan(doc: PublishableDocument, draftId?: string) {
    return this.areas.export.gateScan(doc, draftId);
  }

  /** For the export gate: a final export needs an approved draft whose approvals still hold. */
  async requireFinalExportable(draftId: string): Promise<void> {
    await requireFinalExportable(this.ctx.requireVault(), draftId);
  }

  /** Main-side lock triggers (idle is internal): system suspend, screen lock, global panic shortcut. */
  requestLock(reason: LockReason): void {
    this.ctx.safety.requestLock(reason);
  }

  /**
   * Input main saw reach the window (Electron's before-input-event and input-event): the only
   * thing that postpones the idle lock. Not in the contract: the renderer cannot claim it.
   */
  noteUserInput(): void {
    this.ctx.safety.userInput();
  }

  /** Locks and lets go of everything: for app quit and for tests that restart the service. */
  async shutdown(): Promise<void> {
    await this.ctx.serialized(() => this.ctx.closeSession());
  }
}
