// The English catalog: the source of every interface string. Keys are grouped by screen
// ("nav.", "settings.language."…); values are ICU messages (plurals as {count, plural, …}).
import { enCommon } from './en/common';
import { enScreens } from './en/screens';
import { enErrors } from './en/errors';
import { enTravel } from './en/travel';
import { enSearch } from './en/search';
import { enPeople } from './en/people';
import { enItems } from './en/items';
import { enImports } from './en/imports';
import { enLibrary } from './en/library';
import { enBackups } from './en/backups';
import { enAudit } from './en/audit';
import { enFrame } from './en/frame';

export const en = {
  ...enCommon,
  ...enScreens,
  ...enErrors,
  ...enTravel,
  ...enSearch,
  ...enPeople,
  ...enItems,
  ...enImports,
  ...enLibrary,
  ...enBackups,
  ...enAudit,
  ...enFrame,
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
} as const;

export type MessageId = keyof typeof en;
