// The English catalog: the source of every interface string. Keys are grouped by screen
// ("nav.", "settings.language."…); values are ICU messages (plurals as {count, plural, …}).
export const en = {
  'nav.label': 'Main',
  'nav.overview': 'Overview',
  'nav.drafts': 'Drafts',
  'nav.sources': 'Sources',
  'nav.statements': 'Statements',
  'nav.search': 'Search',
  'nav.people': 'People',
  'nav.audit': 'Audit log',
  'nav.settings': 'Vault settings',
  'nav.travel': 'Travel mode',
  'nav.backups': 'Backups',

  'settings.language.heading': 'Interface language',
  'settings.language.label': 'Language',
  'settings.language.hint': 'The language of Shieldnote’s own screens on this computer. A draft’s language is set on the draft.',
  'settings.language.system': 'Same as the system ({language})',
  'settings.language.en': 'English',
  'settings.language.ko': '한국어 (Korean)',
  'settings.language.saved': 'Interface language saved.',

  'merge.region': 'Merged changes',
  'merge.title.changes': 'Merged changes',
  'merge.title.copy': 'Conflicting copy kept',
  'merge.subject.draft': '{title, select, none {A draft} other {The draft “{title}”}}',
  'merge.subject.statement': 'A statement',
  'merge.subject.source': '{title, select, none {A source} other {The source “{title}”}}',
  'merge.subject.settings': 'The vault’s settings',
  'merge.subject.vault': 'The vault’s name',
  'merge.subject.contact': 'A contact',
  'merge.subject.item': 'An item',
  'merge.device': '{device, select, none {another device} other {device {device}}}',
  'merge.fieldConflict': 'Merged changes: {subject} was changed on this device and on {device} ({fields}). The later change stays; the other value is kept in its history.',
  'merge.deletedButChanged': '{subject} was deleted on one device and changed on {device} meanwhile, so it was kept.',
  'merge.conflictingCopy': 'The text of “{title}” was changed on this device and on {device} at the same time. The later text stays; the other is kept as the draft “{copyTitle}”.',
  'merge.untitled': 'Untitled draft',
  'merge.otherValue': 'Other value of “{field}”',
  'merge.dismiss': 'Dismiss',
  'editor.conflictCopy.note': '<b>Conflicting copy.</b> This is the text of “{title}” that {device} saved at {time}, while the same draft was changed elsewhere. The later text stays in the original draft; compare the two and keep what you need.',
} as const;

export type MessageId = keyof typeof en;
