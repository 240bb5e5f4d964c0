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
  // Draft fields and the draft's language (issue 15); attribution notices at the chip.
  'editor.fields.title': 'Title',
  'editor.fields.dateline': 'Dateline',
  'editor.fields.byline': 'Byline',
  'editor.fields.titlePlaceholder': 'Untitled draft',
  'editor.fields.datelinePlaceholder': 'SEOUL',
  'editor.fields.bylinePlaceholder': 'By …',
  'editor.fields.language': 'Language',
  'editor.fields.languageHint': 'The language the story is written in: its citations follow that language’s rules.',
  'editor.citation.noLabel': 'A cited source has no {language} label. Write one in the source’s profile (Sources › Label): until then this citation cannot be published.',
  'editor.citation.ambiguous': 'Another source cited before has the same {language} label, and {language} copy does not number sources. Give them different places in their labels, or write this citation’s words by hand.',
} as const;

export type MessageId = keyof typeof en;
