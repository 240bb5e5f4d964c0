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

  // The editor screen (renderer/src/editor/)
  'editor.back': 'Back to drafts',
  'editor.opening': 'Opening the draft…',
  'editor.untitled': 'Untitled draft',
  'editor.view.label': 'View',
  'editor.view.edit': 'Edit',
  'editor.view.preview': 'Preview',
  'editor.status.label': 'Status',
  'editor.status.selfApproved': 'Self-approved: signed off in this vault, not by an editor from a review package.',
  'editor.status.setBySelf': 'Set by your own sign-off.',
  'editor.status.setByEditor': 'Set by an editor’s sign-off.',
  'editor.status.setByExport': 'Set by an export.',
  'editor.action.review': 'Review',
  'editor.action.send': 'Send for review…',
  'editor.action.export': 'Export…',
  'editor.checks.hide': 'Hide checks',
  'editor.statusBar.words': '{count, plural, one {# word} other {# words}}',
  'editor.statusBar.citations': '{count, plural, one {# citation} other {# citations}}',
  'editor.statusBar.checks': '{leaks, plural, one {# leak} other {# leaks}} · {quotes, plural, one {# changed quote} other {# changed quotes}}',
  'draft.status.drafting': 'Drafting',
  'draft.status.in-review': 'In review',
  'draft.status.approved': 'Approved',
  'draft.status.exported': 'Exported',
} as const;

export type MessageId = keyof typeof en;
