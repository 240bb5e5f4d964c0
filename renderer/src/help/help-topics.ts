import { CHECKLIST_ITEMS, type ChecklistItemId } from '../../../common/domain/review';
import { IDENTITY_TERM_KINDS, type IdentityTermKind } from '../../../common/domain/source';
import { LABEL_ISSUE_KINDS, type LabelIssueKind } from '../../../common/leak-guard/label-checks';
import type { MessageId } from '../i18n/messages';

// The Help page's topics, taken from the lists the review and the leak guard use: a Record over
// each list's type, so a checklist item or finding kind added without help text fails the type
// check (and tests/unit/help-topics.test.ts).

export const CHECKLIST_HELP: Record<ChecklistItemId, MessageId> = {
  1: 'help.checklist.1',
  2: 'help.checklist.2',
  3: 'help.checklist.3',
  4: 'help.checklist.4',
  5: 'help.checklist.5',
  6: 'help.checklist.6',
  7: 'help.checklist.7',
  8: 'help.checklist.8',
  9: 'help.checklist.9',
  10: 'help.checklist.10',
  11: 'help.checklist.11',
  12: 'help.checklist.12',
};

export const TERM_KIND_HELP: Record<IdentityTermKind, MessageId> = {
  name: 'help.finding.name',
  alias: 'help.finding.alias',
  romanization: 'help.finding.romanization',
  phone: 'help.finding.phone',
  email: 'help.finding.email',
  handle: 'help.finding.handle',
  employer: 'help.finding.employer',
  identifier: 'help.finding.identifier',
};

export const LABEL_ISSUE_HELP: Record<LabelIssueKind, MessageId> = {
  'label-identity': 'help.finding.label-identity',
  'bare-label': 'help.finding.bare-label',
  'small-pool': 'help.finding.small-pool',
  'named-and-anonymous': 'help.finding.named-and-anonymous',
};

export const checklistTopics = () => CHECKLIST_ITEMS.map((item) => ({ ...item, help: CHECKLIST_HELP[item.id] }));
export const termKindTopics = () => IDENTITY_TERM_KINDS.map((kind) => ({ kind, help: TERM_KIND_HELP[kind] }));
export const labelIssueTopics = () => LABEL_ISSUE_KINDS.map((kind) => ({ kind, help: LABEL_ISSUE_HELP[kind] }));
