import { describe, expect, it } from 'vitest';
import { splitNotes } from '../../common/capture/split-notes';
import { INTERVIEW_NOTES } from '../fixtures/border-story';

describe('splitting pasted interview notes', () => {
  it('splits by speaker when lines start with "Name:", keeping each turn whole', () => {
    const result = splitNotes(INTERVIEW_NOTES);
    expect(result.mode).toBe('speaker');
    expect(result.speakers).toEqual(['Liu', 'Park']);
    expect(result.chunks).toEqual([
      { speaker: 'Liu', text: 'The customs yard has been quiet for two weeks.' },
      { speaker: 'Park', text: 'We moved three loads of clams on Tuesday night.\nNobody stopped the boat.' },
      { speaker: 'Liu', text: 'Prices for Northern seafood dropped by a third.' },
    ]);
  });

  it('splits by paragraph and strips Markdown', () => {
    const text = '# Call, May 5\n\n> The patrols are *gone*.\n\n- Boats come at **night**.\n\n---\n\n';
    expect(splitNotes(text).chunks.map((c) => c.text)).toEqual(['Call, May 5', 'The patrols are gone.', 'Boats come at night.']);
  });

  it('does not take URLs, times or numbered notes for speakers, and reads CJK names and full-width colons', () => {
    expect(splitNotes('See https: //example\n\nAt 10: nothing happened').mode).toBe('paragraph');
    const korean = splitNotes('박선희: 배로 들어와요.\n\n김철수： 석탄이 쌓여 있어요.');
    expect(korean.speakers).toEqual(['박선희', '김철수']);
  });

  it('can be forced into one mode or the other', () => {
    expect(splitNotes(INTERVIEW_NOTES, 'paragraph').chunks).toHaveLength(3);
    expect(splitNotes(INTERVIEW_NOTES, 'paragraph').chunks[0]!.speaker).toBeNull();
    expect(splitNotes('Liu: one line only', 'speaker').speakers).toEqual(['Liu']);
  });
});
