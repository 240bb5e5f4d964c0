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

  // Korean particles: acronyms said as words (Vault settings)
  'settings.readings.heading': 'Acronyms said as words',
  'settings.readings.intro': 'In Korean copy, a particle after a label agrees with how the label is said. Letters are said by name (NK is 엔케이, so 데일리NK는); list here the acronyms your newsroom says as a word.',
  'settings.readings.label': 'Acronyms and how they are said',
  'settings.readings.hint': 'One per line: NATO = 나토. The reading in Hangul.',
  'settings.readings.invalid': 'Write one acronym per line in Latin letters, an equals sign and its reading in Hangul (NATO = 나토); each acronym once, at most 200.',
  'settings.readings.save': 'Save readings',
} as const;

export type MessageId = keyof typeof en;
