import { z } from 'zod';
import type { LeakReport } from '../../domain/leak-report';
import { id, method, passphrase } from './fields';

// The leak guard over a saved draft (leak-guard area).

export const leakGuardMethods = {
  /** Leak guard over the saved draft: findings point at the draft's own text, sources by label. */
  scanDraft: method<LeakReport>()(z.strictObject({ id })),
  /** Dismisses a finding (all occurrences of that spelling) with a reason; audited. */
  dismissFinding: method<LeakReport>()(
    z.strictObject({ draftId: id, key: z.string().min(3).max(600), reason: z.string().trim().min(3, 'Say why this is not a leak').max(500) }),
  ),
  /**
   * Shows the findings held back past the session's leak-guard budget, for this draft and its
   * exports: main checks the passphrase; audited (a refusal too). Returns the draft's report.
   */
  revealLeakFindings: method<LeakReport>()(z.strictObject({ draftId: id, passphrase })),
};
