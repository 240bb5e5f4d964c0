import { describe, expect, it } from 'vitest';
import { renderCitations } from '../../common/attribution/attribution-engine';
import { pluralForm, pluralQualifier } from '../../common/attribution/label-forms';
import type { DocNode } from '../../common/domain/draft';
import type { SourceLabel } from '../../common/domain/source';
import { jigsawProfiles, placesIn } from '../../common/leak-guard/jigsaw';
import { namedAndAnonymous } from '../../common/leak-guard/label-checks';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { deskVaultEachTest } from '../support/vault-each-test';
import { englishText } from '../../main/i18n/english-text';

// Golden copy: generated English that a reporter found wrong (issue 17, item 6), each case pinned
// to the words it must print. The labels are written for this test.

const TRADER: SourceLabel = { adjective: 'North Korean', noun: 'trader', qualifier: 'who crosses into China regularly' };

describe('golden copy: a plural qualifier agrees with its noun', () => {
  it('writes “North Korean traders who cross into China regularly” for two such traders', () => {
    const labels = new Map([['a', TRADER], ['b', { ...TRADER }]]);
    const [rendered] = renderCitations([{ id: '1', sourceIds: ['a', 'b'] }], labels, 'en');
    expect(rendered!.text).toBe('North Korean traders who cross into China regularly');
    // The singular stays singular.
    expect(renderCitations([{ id: '1', sourceIds: ['a'] }], labels, 'en')[0]!.text).toBe('a North Korean trader who crosses into China regularly');
  });

  it.each([
    ['who crosses into China regularly', 'who cross into China regularly'],
    ['who regularly crosses the Tumen', 'who regularly cross the Tumen'],
    ['who is stationed in Hyesan', 'who are stationed in Hyesan'],
    ['who was at the border post', 'who were at the border post'],
    ['who has family in Sinuiju', 'who have family in Sinuiju'],
    ['who carries goods', 'who carry goods'],
    ['who buys and sells rice', 'who buy and sell rice'],
    ['that ships coal', 'that ship coal'],
    ['in Dandong', 'in Dandong'],
    ['familiar with the matter', 'familiar with the matter'],
    ['who discusses prices', 'who discuss prices'],
  ])('“%s” for several people is “%s”', (qualifier, plural) => {
    expect(pluralQualifier(qualifier)).toBe(plural);
  });

  it('keeps the outlet and the shared place', () => {
    const a: SourceLabel = { adjective: '', noun: 'smuggler', qualifier: 'who works the Tumen at night' };
    expect(pluralForm([a, a], 'Daily NK')).toBe('Daily NK smugglers who work the Tumen at night');
  });
});

describe('golden copy: a citation’s date is not a place in “what this story reveals”', () => {
  it('lists Dandong, not May or March, as a place', () => {
    expect(placesIn('Prices rose, said a trader in Dandong in May.')).toEqual(['Dandong']);
    expect(placesIn('A source in China said in March 2024 that trucks wait at Sinuiju.')).toEqual(['China', 'Sinuiju']);
    const [profile] = jigsawProfiles(
      [{ sourceIds: ['s'], saidOn: '2024-05', showDate: true, channel: 'phone', sentence: 'The river froze early, said a source in Hyesan in May.' }],
      new Map([['s', { label: 'a source in Hyesan', poolSize: 30 }]]),
    );
    expect(profile).toMatchObject({ dates: ['2024-05'], places: ['Hyesan'] });
  });
});

describe('golden copy: a phone is a phone, and no possessive is glued onto a label', () => {
  it('says the story prints their phone number, not that it names them', () => {
    const [issue] = namedAndAnonymous(new Set(['s']), [{ sourceId: 's', severity: 'high', matched: '010-2233-4455', termKind: 'phone' }], () => 'a North Korean trader who crosses into China regularly');
    expect({ message: englishText(issue!.message), advice: englishText(issue!.advice) }).toEqual({
      message: 'a North Korean trader who crosses into China regularly is cited anonymously, and the story also prints their phone number (“010-2233-4455”).',
      advice: 'Remove the phone number, or do not cite this person anonymously.',
    });
    const [named] = namedAndAnonymous(new Set(['s']), [{ sourceId: 's', severity: 'high', matched: 'Kim Yong', termKind: 'name' }], () => 'a trader');
    expect(englishText(named!.message)).toBe('a trader is cited anonymously, and the story also names them (“Kim Yong”).');
  });

  describe('through the service', () => {
    let service: ShieldnoteService;

    deskVaultEachTest((desk) => ({ service } = desk));

    it('words the leak panel’s finding, label issue and checklist item for a phone without “…regularly’s phone”', async () => {
      const source = await service.saveSource({ label: TRADER, access: 'Crosses weekly with seafood.', anonymityReason: 'Would be arrested.', reliability: 'new', poolSize: 2_000, notes: '' });
      await service.saveIdentity({ sourceId: source.id, terms: [{ kind: 'phone', value: '+82 10 2233 4455', isPublic: false }] });
      const [statement] = await service.saveStatements({ statements: [{ sourceId: source.id, text: 'The crossings are busier at night.', kind: 'paraphrase', saidOn: '2024-05', channel: 'phone', notes: '', tags: [] }] });
      const body: DocNode = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Crossings are busier at night, according to ' },
              { type: 'citation', attrs: { citationId: 'c1', statementIds: [statement!.id], revisions: [statement!.revision], override: null, customText: null, showDate: true, outlet: '' } },
              { type: 'text', text: '. Call 010-2233-4455 for details.' },
            ],
          },
        ],
      };
      const draft = await service.createDraft({ title: 'Night crossings', byline: 'Staff reporter' });
      await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body });
      const report = await service.scanDraft({ id: draft.meta.id });

      const finding = report.findings.find((f) => f.termKind === 'phone')!;
      expect(englishText(finding.reason)).toBe('This is the phone of a North Korean trader who crosses into China regularly.');
      expect(JSON.stringify(report)).not.toMatch(/regularly’s/);
      expect(englishText(report.labelIssues.find((i) => i.kind === 'named-and-anonymous')!.message)).toBe(
        'a North Korean trader who crosses into China regularly is cited anonymously, and the story also prints their phone number (“010-2233-4455”).',
      );
      const profile = report.jigsaw.find((j) => j.sourceId === source.id)!;
      expect(profile.places).not.toContain('May');

      await service.setDraftStatus({ id: draft.meta.id, status: 'in-review' });
      const review = await service.getReview({ subject: { draftId: draft.meta.id } });
      const item8 = review.checklist.find((c) => c.id === 8)!;
      expect(item8.reasons.map(englishText).join(' ')).toContain('prints their phone number (“010-2233-4455”)');
      expect(item8.reasons.map(englishText).join(' ')).not.toContain('names them');
    });
  });
});
