// Deleting and archiving a source or statement (items/).
export const enItems = {
  'items.deleted': '{kind, select, source {Source deleted.} other {Statement deleted.}}',
  'items.restored': '{kind, select, source {Source restored.} other {Statement restored.}}',
  'items.archived': '{kind, select, source {Source archived.} other {Statement archived.}}',
  'items.undo': 'Undo',
  'items.delete': 'Delete',
  'items.deleteTitle': '{kind, select, source {Delete source?} other {Delete statement?}}',
  'items.deleteSource': 'The source’s profile and identity will be deleted, and {count, plural, =0 {it has no statements.} one {its # statement goes too.} other {its # statements go too.}} You can undo this until the vault is locked.',
  'items.deleteStatement': 'The statement, its earlier versions and its attachments will be deleted. You can undo this until the vault is locked.',
  'items.citedTitle': '{kind, select, source {This source is cited in a draft} other {This statement is cited in a draft}}',
  'items.citedBody': '{count, plural, one {Deleting it would break this draft. You can archive it instead: it is kept for the draft but hidden from your lists.} other {Deleting it would break these drafts. You can archive it instead: it is kept for the drafts but hidden from your lists.}}',
  'items.citedList': 'Drafts that cite it',
  'items.archiveInstead': 'Archive instead',
} as const;
