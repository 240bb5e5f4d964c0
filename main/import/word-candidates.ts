import { termsInText, type ChatSpeaker } from '../../common/capture/chat-messages';
import { splitNotes } from '../../common/capture/split-notes';
import { IMPORT_MAX_CANDIDATES } from '../../common/domain/import';
import type { PendingCandidate, PendingMedia } from './pending-import';
import { IMAGE_TOKENS, wordNotes } from './word-html';

// Word notes into candidate statements with the same paste-and-split the Statements page uses:
// one a paragraph, or one a "Name:" turn with speakers to map. An image belongs to the
// statement it sits in, or to the one before it when it stands alone.

export function wordCandidates(html: string, images: PendingMedia[]): { candidates: PendingCandidate[]; speakers: ChatSpeaker[]; capped: { total: number; kept: number } | null } {
  const split = splitNotes(wordNotes(html), 'auto');
  const speakers: ChatSpeaker[] = split.speakers.map((name, index) => ({ index, name, count: 0, terms: [] }));
  const speakerIndex = new Map(split.speakers.map((name, i) => [name, i]));
  const candidates: PendingCandidate[] = [];
  for (const chunk of split.chunks) {
    const media: PendingMedia[] = [];
    const text = chunk.text
      .replace(IMAGE_TOKENS, (_, n: string) => {
        const image = images[Number(n)];
        if (image) media.push(image);
        return '';
      })
      .replace(/[ \t]{2,}/g, ' ')
      .trim();
    if (!text) {
      const previous = candidates.at(-1);
      if (previous) previous.media.push(...media);
      continue;
    }
    const speaker = chunk.speaker === null ? null : (speakerIndex.get(chunk.speaker) ?? null);
    if (speaker !== null) {
      const s = speakers[speaker]!;
      s.count++;
      for (const term of termsInText(text)) {
        if (!s.terms.some((t) => t.kind === term.kind && t.value === term.value) && s.terms.length < 200) s.terms.push({ index: s.terms.length, ...term });
      }
    }
    candidates.push({ text: text.slice(0, 50_000), speaker, saidOn: null, media });
  }
  const total = candidates.length;
  const kept = candidates.slice(0, IMPORT_MAX_CANDIDATES);
  return { candidates: kept, speakers, capped: total > kept.length ? { total, kept: kept.length } : null };
}
