// The sample vault's story: the project's own border-trade story (the same one the tests use),
// told in our own words. Three anonymous sources, two with alike labels, a collective attribution
// with the outlet's name, a dated quote and a back-reference. Every person, name and number in the
// identities is invented.

import type { IdentityTerm } from '../../common/domain/identity';
import type { SourceFields } from '../../common/domain/source';
import type { StatementFields } from '../../common/domain/statement';

export interface SampleSource {
  key: 'trader' | 'boatman' | 'watcher';
  fields: SourceFields;
  identity: IdentityTerm[];
}

export const SAMPLE_OUTLET = 'Daily NK';

export const SAMPLE_SOURCES: SampleSource[] = [
  {
    key: 'trader',
    fields: {
      label: { adjective: '', noun: 'source', qualifier: 'based in China' },
      access: 'Runs a wholesale stall in Dandong and deals daily with merchants who move goods across the river.',
      anonymityReason: 'Chinese police question traders who talk to foreign media about cross-border trade.',
      reliability: 'established',
      poolSize: 400,
      notes: 'Met through a fixer in 2016. Has been right about price moves three times.',
      nickname: 'the stall keeper',
    },
    identity: [
      { kind: 'name', value: 'Liu Zhenhai', isPublic: false },
      { kind: 'alias', value: 'Old Liu', isPublic: false },
      { kind: 'phone', value: '+86 138 0411 2233', isPublic: false },
      { kind: 'handle', value: '@liuzh_dd', isPublic: false },
      { kind: 'employer', value: 'Yalu Riverside Wholesale', isPublic: false },
    ],
  },
  {
    key: 'boatman',
    fields: {
      label: { adjective: '', noun: 'source', qualifier: 'in China' },
      access: 'Ferries goods between the Chinese bank and boats from the North at night.',
      anonymityReason: 'Would face arrest for describing smuggling he takes part in.',
      reliability: 'new',
      poolSize: 60,
      notes: 'Ethnic Korean, speaks Korean and Mandarin.',
      nickname: 'the ferryman',
    },
    identity: [
      { kind: 'name', value: 'Park Sun-hee', isPublic: false },
      { kind: 'romanization', value: 'Bak Seon-hui', isPublic: false },
      { kind: 'name', value: '박선희', isPublic: false },
      { kind: 'phone', value: '+86 150 4155 7788', isPublic: false },
    ],
  },
  {
    key: 'watcher',
    fields: {
      label: { adjective: 'Daily NK', noun: 'source', qualifier: '' },
      access: 'Lives near the river bank outside Sinuiju and watches the loading yards.',
      anonymityReason: 'Contact with foreign media is punishable in North Korea.',
      reliability: 'established',
      poolSize: 2000,
      notes: 'Reports by smuggled phone, usually once a week.',
    },
    identity: [
      { kind: 'name', value: 'Kim Chol-su', isPublic: false },
      { kind: 'name', value: '김철수', isPublic: false },
      { kind: 'identifier', value: 'grey Chinese handset, number ending 0917', isPublic: false },
    ],
  },
];

export interface SampleStatement {
  source: SampleSource['key'];
  fields: Omit<StatementFields, 'sourceId'>;
}

export const SAMPLE_STATEMENTS: SampleStatement[] = [
  {
    source: 'trader',
    fields: {
      text: 'Until this spring the Chinese police and the army came down hard on illegal trade around Dandong, but lately there are far fewer officers along the river.',
      kind: 'quote',
      saidOn: '2018-05-05',
      channel: 'messenger',
      notes: 'Said in a voice message; transcribed the same evening.',
      tags: ['smuggling', 'crackdown', 'dandong'],
    },
  },
  {
    source: 'trader',
    fields: {
      text: 'With the patrols thinned out, smuggling across the border has jumped.',
      kind: 'quote',
      saidOn: '2018-05-05',
      channel: 'messenger',
      notes: '',
      tags: ['smuggling'],
    },
  },
  {
    source: 'boatman',
    fields: {
      text: 'Reed leaves from the North, the kind used to wrap food, and seafood are coming into Dandong on boats.',
      kind: 'quote',
      saidOn: '2018-05',
      channel: 'phone',
      notes: 'Seafood has been under UN sanctions since August 2017.',
      tags: ['smuggling', 'seafood', 'sanctions'],
    },
  },
  {
    source: 'boatman',
    fields: {
      text: 'The border agents used to lead the crackdown. Now you hardly ever see them, and the smuggling keeps growing.',
      kind: 'quote',
      saidOn: '2018-05',
      channel: 'phone',
      notes: '',
      tags: ['crackdown'],
    },
  },
  {
    source: 'watcher',
    fields: {
      text: 'A huge pile of coal is sitting on the bank near Sinuiju, ready to go to China the day the sanctions are lifted.',
      kind: 'paraphrase',
      saidOn: '2018-04',
      channel: 'phone',
      notes: 'Photo received the same week; check EXIF before use.',
      tags: ['coal', 'sanctions', 'sinuiju'],
    },
  },
  {
    source: 'trader',
    fields: {
      text: 'The merchants in Dandong are glad the controls are loosening, because the smuggling puts money in their pockets.',
      kind: 'quote',
      saidOn: '2018-05-20',
      channel: 'in-person',
      notes: '',
      tags: ['dandong', 'merchants'],
    },
  },
  {
    source: 'trader',
    fields: {
      text: 'They are also more hopeful about Kim Jong Un now, at least when it comes to trade across the border.',
      kind: 'quote',
      saidOn: '2018-05-20',
      channel: 'in-person',
      notes: 'Bracketed clarification needed in copy: hopeful about more trade.',
      tags: ['merchants'],
    },
  },
];
