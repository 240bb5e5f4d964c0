import { describe, expect, it } from 'vitest';
import { articleFor, capitalizeFirst, definiteForm, indefiniteForm, isBareLabel, labelsAlike, ordinalForm, pluralForm, pluralNoun, previewLabel, separateForm } from '../../common/attribution/label-forms';

const label = (noun: string, qualifier = '', adjective = '') => ({ adjective, noun, qualifier });

describe('label forms', () => {
  it('previews every form of the fixture story’s first label', () => {
    expect(previewLabel(label('source', 'based in China'))).toEqual({
      first: 'a source based in China',
      separate: 'a separate source in China',
      backReference: 'the source',
      ordinal: 'the initial source',
      plural: 'sources in China',
    });
  });

  it('treats "based in China" and "in China" as alike, and other places or nouns as not', () => {
    expect(labelsAlike(label('source', 'based in China'), label('Source', 'in china'))).toBe(true);
    expect(labelsAlike(label('source', 'living in Dandong'), label('source', 'in Dandong'))).toBe(true);
    expect(labelsAlike(label('source', 'in China'), label('source', 'in North Korea'))).toBe(false);
    expect(labelsAlike(label('official', 'in China'), label('source', 'in China'))).toBe(false);
  });

  it.each([
    ['official', 'an'], ['source', 'a'], ['European diplomat', 'a'], ['hour-long', 'an'], ['NK source', 'an'],
    ['UN official', 'a'], ['unnamed official', 'an'], ['honest broker', 'an'], ['FBI agent', 'an'], ['one-time aide', 'a'],
  ])('uses the right article before %s', (phrase, article) => {
    expect(articleFor(phrase)).toBe(article);
  });

  it.each([
    ['source', 'sources'], ['official', 'officials'], ['witness', 'witnesses'], ['party member', 'party members'],
    ['person', 'people'], ['attorney', 'attorneys'], ['deputy', 'deputies'], ['staff', 'staff'],
  ])('pluralizes %s as %s', (noun, plural) => expect(pluralNoun(noun)).toBe(plural));

  it('writes adjectives, ordinals, outlets and capitals', () => {
    expect(indefiniteForm(label('official', '', 'North Korean'))).toBe('a North Korean official');
    expect(separateForm(label('official', '', 'North Korean'))).toBe('a separate North Korean official');
    expect(definiteForm(label('official', 'in Dandong', 'North Korean'))).toBe('the official');
    expect(ordinalForm(label('source', 'in China'), 2)).toBe('the second source');
    expect(ordinalForm(label('source', 'in China'), 12)).toBe('the 12th source');
    expect(pluralForm([label('source', 'based in China'), label('source', 'in China')], 'Daily NK')).toBe('Daily NK sources in China');
    expect(pluralForm([label('official', 'in Seoul'), label('source', 'in China')])).toBe('an official in Seoul and a source in China');
    expect(capitalizeFirst('a separate source')).toBe('A separate source');
  });

  it('calls a label bare when it has only a noun', () => {
    expect(isBareLabel(label('source'))).toBe(true);
    expect(isBareLabel(label('source', 'in China'))).toBe(false);
    expect(isBareLabel(label('source', '', 'Daily NK'))).toBe(false);
  });
});
