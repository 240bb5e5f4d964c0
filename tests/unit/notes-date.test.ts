import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateAtTopOfNotes } from '../../common/capture/notes-date';
import { saidOnSchema } from '../../common/domain/statement';

describe('the date at the top of pasted interview notes', () => {
  it('reads the common ways a reporter heads their notes', () => {
    const cases: [string, string, boolean][] = [
      ['2024-03-15\n\nKim: The trucks come at dawn.', '2024-03-15', true],
      ['Date: 15 March 2024\nKim: …', '2024-03-15', true],
      ['Dandong, March 15th, 2024\n\nThe river is low.', '2024-03-15', false],
      ['## Interview notes — 2024/3/5\nQ: Where?', '2024-03-05', false],
      ['2024년 3월 15일\n김: 국경이 닫혔다.', '2024-03-15', true],
      ['Notes\nMarch 2024\n\nShe said prices doubled.', '2024-03', true],
    ];
    for (const [notes, saidOn, dateOnly] of cases) expect(dateAtTopOfNotes(notes), notes).toMatchObject({ saidOn, dateOnly });
  });

  it('offers nothing for a date deep in the notes, an impossible date or none', () => {
    expect(dateAtTopOfNotes('Kim: The border closed.\nLee: Prices rose.\nKim: Trucks wait.\nLee: On 15 March 2024 it opened.')).toBeNull();
    expect(dateAtTopOfNotes('2024-02-30\nKim: …')).toBeNull();
    expect(dateAtTopOfNotes('Kim: The trucks come at dawn.')).toBeNull();
    expect(dateAtTopOfNotes('')).toBeNull();
  });

  it('never offers a date a statement could not store', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (notes) => {
        const found = dateAtTopOfNotes(notes);
        if (found) expect(saidOnSchema.safeParse(found.saidOn).success).toBe(true);
      }),
    );
  });
});
