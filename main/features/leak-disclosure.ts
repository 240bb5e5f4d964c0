import { message } from '../../common/domain/message';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import { IDENTITY_TERM_KINDS } from '../../common/domain/source';
import type { ExportFormat } from '../../common/export/export-format';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';

// The leak guard's budget (DESIGN §2 threat 6): a finding says which source a text belongs to,
// so the renderer could probe identities by scanning guesses. Every path that returns findings
// (the draft scan, the review, the export preview, a refused export or publish) passes them
// through here. Per unlocked session, only so many distinct identity terms are shown; past that,
// the answer says how many more there are and nothing else, the export stays refused, and the
// passphrase (checked by main) shows them. The state lives in the unlocked session: a lock
// forgets it.

/**
 * Distinct identity terms (a source and a spelling) shown per session without the passphrase.
 * A story that names its own sources by mistake shows one to three; a reporter fixing several
 * drafts in one sitting stays well under twelve. Twelve answers are too few to map a
 * newsroom's sources by guessing, and each one is in the audit log.
 */
export const LEAK_DISCLOSURE_BUDGET = 12;

/** The scanner and the session's budget: what every scan that answers the renderer needs. */
export interface LeakGuard {
  scanner: LeakScanner;
  disclosures: LeakDisclosures;
}

export interface Disclosed {
  findings: LeakReportFinding[];
  /** Findings held back: a count only (no source, kind or text). */
  withheld: number;
}

/** A finding's term: the source and the spelling (its key names source, kind, part and skeleton). */
const termOf = (f: Pick<LeakReportFinding, 'key'>) => f.key;

export class LeakDisclosures {
  private readonly disclosed = new Set<string>();
  private readonly held = new Set<string>();
  private limit = LEAK_DISCLOSURE_BUDGET;

  /** How many distinct terms this session has shown so far (tests and the bench). */
  get shownCount(): number {
    return this.disclosed.size;
  }

  /**
   * Shows the findings whose term was shown before, and new terms while the budget lasts (in
   * the order they appear); holds back the rest. A scan that shows a new term, or holds back
   * one not held back before, writes an audit entry (source ids, kinds and counts only).
   */
  async pass(vault: Vault, draftId: string, way: DisclosureWay, findings: readonly LeakReportFinding[]): Promise<Disclosed> {
    const where = { draftId, way: way.way, format: 'format' in way ? way.format : 'none' };
    const fresh = new Map<string, LeakReportFinding>();
    const heldNow = new Set<string>();
    const shown: LeakReportFinding[] = [];
    let withheld = 0;
    for (const f of findings) {
      const term = termOf(f);
      if (this.disclosed.has(term) || fresh.has(term)) {
        shown.push(f);
      } else if (!heldNow.has(term) && this.disclosed.size + fresh.size < this.limit) {
        fresh.set(term, f);
        shown.push(f);
      } else {
        heldNow.add(term);
        withheld++;
      }
    }
    for (const term of fresh.keys()) this.disclosed.add(term);
    const newlyHeld = [...heldNow].filter((term) => !this.held.has(term));
    for (const term of newlyHeld) this.held.add(term);
    if (fresh.size > 0 || newlyHeld.length > 0) {
      await vault.update((data) => {
        for (const [sourceId, kinds] of kindsBySource(fresh.values())) {
          appendAudit(data, vault, 'leak.disclosed', sourceId, message('audit.detail.leakDisclosed', { ...where, ...kinds }));
        }
        if (newlyHeld.length > 0) {
          appendAudit(data, vault, 'leak.withheld', null, message('audit.detail.leakWithheld', { ...where, count: newlyHeld.length, limit: this.limit }));
        }
      });
    }
    return { findings: shown, withheld };
  }

  /**
   * After the passphrase: the given findings' terms count as shown, and the budget starts
   * afresh from here. Returns how many terms were shown for the first time.
   */
  reveal(findings: readonly LeakReportFinding[]): number {
    const before = this.disclosed.size;
    for (const f of findings) {
      this.disclosed.add(termOf(f));
      this.held.delete(termOf(f));
    }
    this.limit = this.disclosed.size + LEAK_DISCLOSURE_BUDGET;
    return this.disclosed.size - before;
  }

  clear(): void {
    this.disclosed.clear();
    this.held.clear();
    this.limit = LEAK_DISCLOSURE_BUDGET;
  }
}

/** Which way findings went out, for the audit: the leak scan, an export (or its preview) in a format, a WordPress publish. */
export type DisclosureWay = { way: 'scan' } | { way: 'preview' | 'export'; format: ExportFormat } | { way: 'wordpress' };

/**
 * Counts by kind per source ("2 name, 1 phone"), as message values: each kind's count (0 when
 * absent) and whether a comma comes before it, kinds in their fixed order.
 */
function kindsBySource(findings: Iterable<LeakReportFinding>): Map<string, Record<string, number | string>> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of findings) {
    const kinds = counts.get(f.sourceId) ?? new Map<string, number>();
    kinds.set(f.termKind, (kinds.get(f.termKind) ?? 0) + 1);
    counts.set(f.sourceId, kinds);
  }
  return new Map(
    [...counts].map(([sourceId, kinds]) => {
      const values: Record<string, number | string> = {};
      let first = true;
      for (const kind of IDENTITY_TERM_KINDS) {
        const n = kinds.get(kind) ?? 0;
        values[kind] = n;
        values[`${kind}Comma`] = n > 0 && !first ? 'yes' : 'no';
        if (n > 0) first = false;
      }
      return [sourceId, values];
    }),
  );
}
