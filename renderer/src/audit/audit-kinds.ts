import type { AuditAction } from '../../../common/domain/audit';
import type { MessageId } from '../i18n/messages';
import { translate } from '../i18n/translate';

// How the audit screen names and groups the log's actions. An action this version does not
// know (written by a newer one) still shows, under its raw name.

export const ACTION_LABELS: Partial<Record<AuditAction, MessageId>> = {
  'identity.revealed': 'audit.action.identity.revealed',
  'identity.reveal-refused': 'audit.action.identity.reveal-refused',
  'identity.copied': 'audit.action.identity.copied',
  'identity.changed': 'audit.action.identity.changed',
  'source.deleted': 'audit.action.source.deleted',
  'statement.deleted': 'audit.action.statement.deleted',
  'leak.dismissed': 'audit.action.leak.dismissed',
  'leak.scan-capped': 'audit.action.leak.scan-capped',
  'confirmation.refused': 'audit.action.confirmation.refused',
  'leak.disclosed': 'audit.action.leak.disclosed',
  'leak.withheld': 'audit.action.leak.withheld',
  'leak.revealed': 'audit.action.leak.revealed',
  'leak.reveal-refused': 'audit.action.leak.reveal-refused',
  'profile.saved': 'audit.action.profile.saved',
  'contact.added': 'audit.action.contact.added',
  'contact.removed': 'audit.action.contact.removed',
  'package.sent': 'audit.action.package.sent',
  'package.imported': 'audit.action.package.imported',
  'package.refused': 'audit.action.package.refused',
  'response.sent': 'audit.action.response.sent',
  'response.imported': 'audit.action.response.imported',
  'response.refused': 'audit.action.response.refused',
  'review.approved': 'audit.action.review.approved',
  'review.flagged': 'audit.action.review.flagged',
  'review.reset': 'audit.action.review.reset',
  'review.ticked': 'audit.action.review.ticked',
  'review.signed-off': 'audit.action.review.signed-off',
  'review.reopened': 'audit.action.review.reopened',
  'corroboration.linked': 'audit.action.corroboration.linked',
  'corroboration.unlinked': 'audit.action.corroboration.unlinked',
  'import.saved': 'audit.action.import.saved',
  'import.original-deleted': 'audit.action.import.original-deleted',
  'desk.chosen': 'audit.action.desk.chosen',
  'desk.forgotten': 'audit.action.desk.forgotten',
  'desk.cleaned': 'audit.action.desk.cleaned',
};

export function actionLabel(action: string): string {
  const id = ACTION_LABELS[action as AuditAction];
  return id ? translate(id) : action;
}

/** The filter's choices: each matches actions by exact name or by "prefix.". */
export const ACTION_KINDS: { value: string; label: MessageId; matches: string[] }[] = [
  { value: 'all', label: 'audit.kind.all', matches: [] },
  { value: 'reveals', label: 'audit.kind.reveals', matches: ['identity.revealed', 'identity.reveal-refused', 'identity.copied'] },
  { value: 'confirmations', label: 'audit.kind.confirmations', matches: ['confirmation.'] },
  { value: 'identities', label: 'audit.kind.identities', matches: ['identity.changed'] },
  { value: 'leaks', label: 'audit.kind.leaks', matches: ['leak.'] },
  { value: 'approvals', label: 'audit.kind.approvals', matches: ['review.approved'] },
  { value: 'flags', label: 'audit.kind.flags', matches: ['review.flagged'] },
  { value: 'signoffs', label: 'audit.kind.signoffs', matches: ['review.signed-off'] },
  { value: 'review', label: 'audit.kind.review', matches: ['review.reset', 'review.ticked', 'review.reopened', 'corroboration.'] },
  { value: 'exports', label: 'audit.kind.exports', matches: ['export.', 'override.', 'publish.'] },
  { value: 'packages', label: 'audit.kind.packages', matches: ['package.', 'response.'] },
  { value: 'imports', label: 'audit.kind.imports', matches: ['import.'] },
  { value: 'people', label: 'audit.kind.people', matches: ['profile.', 'contact.'] },
  { value: 'deletions', label: 'audit.kind.deletions', matches: ['source.deleted', 'statement.deleted'] },
];

export function matchesKind(action: string, kind: string): boolean {
  const entry = ACTION_KINDS.find((k) => k.value === kind);
  if (!entry || entry.matches.length === 0) return true;
  return entry.matches.some((m) => (m.endsWith('.') ? action.startsWith(m) : action === m));
}
