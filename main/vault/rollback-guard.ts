import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { durableWrite } from './durable-write';

// Rollback detection. The catalog's container revision is its generation: it grows by one with
// every save and is bound into the container's associated data, so it cannot be changed without
// the vault key. This installation remembers, outside the vault, the highest generation it has
// seen of each vault (by vault id). A catalog older than that is an older copy of the vault put
// back (a sync tool, a restored disk image, someone swapping the folder), and is reported before
// it is used. The marks file holds vault ids, numbers and times: nothing about the content.

export const GENERATIONS_FILE = 'vault-generations.json';

const marksSchema = z.record(
  z.string().regex(/^[0-9a-f]{32}$/),
  z.object({ generation: z.string().regex(/^\d{1,20}$/), seenAt: z.string().max(40) }),
);

export interface GenerationMark {
  generation: bigint;
  seenAt: string;
}

export interface RollbackFinding {
  /** The newest generation this installation has seen, and when. */
  seen: GenerationMark;
  /** The generation of the catalog on disk, and when it was saved (from inside the catalog). */
  found: { generation: bigint; savedAt: string };
}

export class GenerationMarks {
  private cached: z.infer<typeof marksSchema> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly appDataDir: string) {}

  private get file(): string {
    return path.join(this.appDataDir, GENERATIONS_FILE);
  }

  private async all(): Promise<z.infer<typeof marksSchema>> {
    if (this.cached) return this.cached;
    try {
      const parsed = marksSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      this.cached = parsed.success ? parsed.data : {};
    } catch {
      // Missing or unreadable: rollback detection starts again from what is opened next.
      this.cached = {};
    }
    return this.cached;
  }

  async get(vaultId: string): Promise<GenerationMark | null> {
    const mark = (await this.all())[vaultId];
    return mark ? { generation: BigInt(mark.generation), seenAt: mark.seenAt } : null;
  }

  /** Raises the mark to `generation` (never lowers it). */
  raise(vaultId: string, generation: bigint, at: Date): Promise<void> {
    return this.change(vaultId, (current) => (current && current.generation >= generation ? null : generation), at);
  }

  /** Sets the mark to `generation` even if lower: the user chose to continue with an older copy. */
  accept(vaultId: string, generation: bigint, at: Date): Promise<void> {
    return this.change(vaultId, () => generation, at);
  }

  /** A finding when `generation` is older than the newest seen; null when it is not. */
  async check(vaultId: string, generation: bigint, savedAt: string): Promise<RollbackFinding | null> {
    const seen = await this.get(vaultId);
    return seen && generation < seen.generation ? { seen, found: { generation, savedAt } } : null;
  }

  private change(vaultId: string, next: (current: GenerationMark | null) => bigint | null, at: Date): Promise<void> {
    const run = this.queue.catch(() => undefined).then(async () => {
      const marks = await this.all();
      const value = next(await this.get(vaultId));
      if (value === null) return;
      this.cached = { ...marks, [vaultId]: { generation: value.toString(), seenAt: at.toISOString() } };
      await fs.mkdir(this.appDataDir, { recursive: true, mode: 0o700 });
      await durableWrite(this.file, new TextEncoder().encode(JSON.stringify(this.cached, null, 2)));
    });
    this.queue = run;
    return run;
  }
}
