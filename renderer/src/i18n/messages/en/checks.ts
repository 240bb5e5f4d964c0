// Text decided in common/ and main/ and sent as message descriptors (common/domain/message.ts):
// the review checklist's reasons, sign-off blockers, leak findings, label checks, the jigsaw panel.
// A value named {language} is a language's name; {kind} is an identity term's kind.
export const enChecks = {
  // Checklist item 3
  'checklist.anonymity.none': 'No reason for anonymity is recorded for {label}.',
  'checklist.anonymity.boilerplate': 'The reason for {label} is boilerplate (“{reason}”): say why this person would not go on the record.',
  'checklist.anonymity.short': 'The reason for {label} (“{reason}”) is too short to say why anonymity was granted.',
  'checklist.anonymity.pass': 'Every cited source has a specific reason for anonymity.',
  // Item 5
  'checklist.access.none': 'How {label} knows is not recorded (Sources → “How they know”).',
  'checklist.access.pass': 'How each cited source knows is recorded.',
  // Item 6
  'checklist.bare.custom': 'The custom wording “{wording}” is a bare attribution.',
  'checklist.bare.story': 'The story says “{words}” without a citation: attribute it to a labelled source.',
  'checklist.bare.pass': 'Every label carries an affiliation, a position or a place.',
  // Item 7
  'checklist.refs.unresolved': 'Citation {number} (“{text}”) cites a statement or source that is no longer in the vault.',
  'checklist.refs.noLabel': 'Citation {number} (“{text}”) cites {labels}, with no {language} label: write one in the source’s profile (Sources → Label).',
  'checklist.refs.pluralForOne': 'Citation {number} (“{text}”) is plural but cites one source.',
  'checklist.refs.oneForMany': 'Citation {number} (“{text}”) cites {count} sources but reads as one person.',
  'checklist.refs.backToNothing': 'Citation {number} (“{text}”) points back to an earlier mention, but this source is cited here for the first time.',
  'checklist.refs.newForCited': 'Citation {number} (“{text}”) reads as a new person, but this source was cited before.',
  'checklist.refs.needsSeparate': 'Citation {number} (“{text}”) reads like the alike source cited before; the rules say {words}.',
  'checklist.refs.separateForNone': 'Citation {number} (“{text}”) says {words}, but no alike source was cited before.',
  'checklist.refs.whichOne': 'Citation {number} (“{text}”) says {words} while alike sources were cited: say which one ({ordinal}).',
  'checklist.refs.ambiguous': 'Citation {number} (“{text}”) refers back to one of several sources with the same {language} label, and {language} copy has no ordinal to tell them apart: give them different places in their {language} labels, or write this citation’s wording by hand.',
  'checklist.refs.pass': 'Every “separate”, plural and back-reference matches the sources cited.',
  // Item 8
  'checklist.named.declined': '{label} is cited anonymously, and the story also says “{matched}” declined to comment.',
  'checklist.named.pass': 'No cited source is named in the story.',
  'checklist.noIdentities': 'The identities are not in this copy: check by eye.',
  // Item 9
  'checklist.single.fail': '{count, plural, one {Citation} other {Citations}} {numbers} {count, plural, one {rests} other {rest}} on a single anonymous source with no corroboration: marked for a senior editor, and the copy should say it is not corroborated.',
  'checklist.single.pass': 'Every citation rests on several sources or is corroborated.',
  // Item 11
  'checklist.jigsaw.dated': '{label}: about {pool} people fit this label, and the story gives {count, plural, one {the date} other {the dates}} they spoke: together these may single the source out.',
  'checklist.jigsaw.places': '{label}: a narrow label is combined with several places ({places}).',
  'checklist.jigsaw.pass': 'No label is narrowed down by dates or places in the story.',
  // Item 12
  'checklist.byline.noSources': 'The story cites no anonymous source.',
  'checklist.byline.pass': 'Byline: {byline}.',
  'checklist.byline.none': 'The story cites anonymous sources but has no byline.',

  // What stands between a draft and its sign-off
  'signOff.blocker.notSent': 'The draft has not been sent for review.',
  'signOff.blocker.open': '{count, plural, one {# citation is} other {# citations are}} not yet approved.',
  'signOff.blocker.noLabel': '{count, plural, one {# citation cites a source} other {# citations cite sources}} with no {language} label.',
  'signOff.blocker.flagged': '{count, plural, one {# citation is} other {# citations are}} flagged.',
  'signOff.blocker.leaks': 'The leak guard has {count, plural, one {# open finding} other {# open findings}}.',
  'signOff.blocker.signedOff': 'Already signed off.',

  // Label checks (the leak panel's "Labels" and checklist item 6)
  'label.identity': 'The label “{label}” contains an identifying term ({count, plural, one {{kind, select, name {a name} alias {an alias} romanization {a romanized name} phone {a phone number} email {an e-mail address} handle {a handle} employer {an employer} other {an identifier}}} other {several kinds}}).',
  'label.identity.advice': 'Rewrite the label so it describes a role and a place, never a name, employer or handle.',
  'label.bare': '“{label}” says nothing about who the source is or how they know.',
  'label.bare.advice': 'Add an affiliation, a position or a place (“based in China”, “a North Korean official”).',
  'label.smallPool': 'Only about {count, plural, one {# person fits} other {# people fit}} “{label}”.',
  'label.smallPool.advice': 'Broaden the label until at least {min, plural, other {#}} people could be the source.',
  'leak.namedAndAnonymous': '{label} is cited anonymously, and the story also {kind, select, phone {prints their phone number} email {prints their e-mail address} handle {prints their handle} employer {names their employer} identifier {prints an identifier of theirs} other {names them}} (“{matched}”).',
  'leak.namedAndAnonymous.advice': 'Remove {kind, select, phone {the phone number} email {the e-mail address} handle {the handle} employer {the employer} identifier {the identifier} other {the name}}, or do not cite this person anonymously.',

  // One leak finding in the draft's text
  'leak.finding.public': '{label} is a public figure; this {kind, select, name {name} alias {alias} romanization {romanization} phone {phone} email {e-mail} handle {handle} employer {employer} other {other identifier}} is marked public.',
  'leak.finding.public.advice': 'Fine to print if the story names them as a public figure, not as the source.',
  'leak.finding.surname': 'A common surname that {label} also has.',
  'leak.finding.surname.advice': 'Usually harmless: check it cannot point readers to the source.',
  'leak.finding.namePart': 'Part of a name of {label}.',
  'leak.finding.namePart.advice': 'Remove it, or refer to the person by the label.',
  'leak.finding.emailUser': 'The user name of the e-mail address of {label}.',
  'leak.finding.term': 'This is the {kind, select, name {name} alias {alias} romanization {romanization} phone {phone} email {e-mail} handle {handle} employer {employer} other {other identifier}} of {label}{altered, select, yes {, written in another form} other {}}.',
  'leak.finding.replace': 'Remove it, or replace it with the source’s label.',
  'leak.finding.remove': 'Remove it.',

  // The jigsaw panel: what one story discloses about a source
  'jigsaw.dated': 'About {pool} people fit this label, and the story gives {count, plural, one {the date} other {the dates}} they spoke: together these may single the source out.',
  'jigsaw.places': 'A narrow label is combined with several places ({places}).',
} as const;
