import type { AuditAction } from '../../../common/domain/audit';

// How the audit screen names and groups the log's actions. An action this version does not
// know (written by a newer one) still shows, under its raw name.

export const ACTION_LABELS: Partial<Record<AuditAction, string>> = {
  'identity.revealed': 'Identity revealed',
  'identity.reveal-refused': 'Reveal refused',
  'identity.copied': 'Identity term copied',
  'identity.changed': 'Identity changed',
  'source.deleted': 'Source deleted',
  'statement.deleted': 'Statement deleted',
  'leak.dismissed': 'Leak finding dismissed',
  'leak.scan-capped': 'Leak scan capped',
  'confirmation.refused': 'Confirmation refused',
  'leak.disclosed': 'Identity term shown by the leak guard',
  'leak.withheld': 'Leak findings held back',
  'leak.revealed': 'Held-back leak findings shown',
  'leak.reveal-refused': 'Held-back leak findings refused',
  'profile.saved': 'Profile saved',
  'contact.added': 'Contact added',
  'contact.removed': 'Contact removed',
  'package.sent': 'Review package sent',
  'package.imported': 'Review package imported',
  'package.refused': 'Review package refused',
  'response.sent': 'Decisions sent',
  'response.imported': 'Decisions imported',
  'response.refused': 'Decisions refused',
  'review.approved': 'Citation approved',
  'review.flagged': 'Citation flagged',
  'review.reset': 'Decision reset',
  'review.ticked': 'Checklist item ticked',
  'review.signed-off': 'Signed off',
  'review.reopened': 'Approvals reopened',
  'corroboration.linked': 'Corroboration linked',
  'corroboration.unlinked': 'Corroboration unlinked',
  'import.saved': 'Import saved',
  'import.original-deleted': 'Imported file deleted',
  'desk.chosen': 'Desk folder chosen',
  'desk.forgotten': 'Desk folder forgotten',
  'desk.cleaned': 'Own files removed from the desk',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action as AuditAction] ?? action;
}

/** The filter's choices: each matches actions by exact name or by "prefix.". */
export const ACTION_KINDS: { value: string; label: string; matches: string[] }[] = [
  { value: 'all', label: 'Everything', matches: [] },
  { value: 'reveals', label: 'Identity reveals and copies', matches: ['identity.revealed', 'identity.reveal-refused', 'identity.copied'] },
  { value: 'confirmations', label: 'Refused confirmations', matches: ['confirmation.'] },
  { value: 'identities', label: 'Identity changes', matches: ['identity.changed'] },
  { value: 'leaks', label: 'Leak findings dismissed', matches: ['leak.'] },
  { value: 'approvals', label: 'Approvals', matches: ['review.approved'] },
  { value: 'flags', label: 'Flags', matches: ['review.flagged'] },
  { value: 'signoffs', label: 'Sign-offs', matches: ['review.signed-off'] },
  { value: 'review', label: 'Other review steps', matches: ['review.reset', 'review.ticked', 'review.reopened', 'corroboration.'] },
  { value: 'exports', label: 'Exports and overrides', matches: ['export.', 'override.', 'publish.'] },
  { value: 'packages', label: 'Packages sent and imported', matches: ['package.', 'response.'] },
  { value: 'imports', label: 'Imports from Word and messengers', matches: ['import.'] },
  { value: 'people', label: 'Profile and contacts', matches: ['profile.', 'contact.'] },
  { value: 'deletions', label: 'Deletions', matches: ['source.deleted', 'statement.deleted'] },
];

export function matchesKind(action: string, kind: string): boolean {
  const entry = ACTION_KINDS.find((k) => k.value === kind);
  if (!entry || entry.matches.length === 0) return true;
  return entry.matches.some((m) => (m.endsWith('.') ? action.startsWith(m) : action === m));
}
