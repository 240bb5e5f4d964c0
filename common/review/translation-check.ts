import { collectCitations } from '../document/draft-doc';
import type { DocNode } from '../domain/draft';

// Linked translations carry the same citations (DESIGN §4b): the check the review runs between a
// draft and each version linked to it. A citation is known by what it cites (its statements), so
// wording, order within a sentence and ids may differ; what may not differ is which statements are
// cited and how often each source is cited.

export interface TranslationCitationGap {
  /** The citation's key in the version that has it. */
  citationKey: string;
  /** 1-based position among that version's citations. */
  number: number;
  statementIds: string[];
  sourceIds: string[];
  /** Which version has it: this draft or the linked one. */
  presentIn: 'this' | 'linked';
}

export interface SourceCountGap {
  sourceId: string;
  thisCount: number;
  linkedCount: number;
}

export interface TranslationCheck {
  missing: TranslationCitationGap[];
  counts: SourceCountGap[];
}

const keyOf = (statementIds: string[]) => [...new Set(statementIds)].sort().join(',');

function indexCitations(doc: DocNode) {
  return collectCitations(doc).map((c, i) => ({ citationKey: c.citationId, number: i + 1, statementIds: c.statementIds, key: keyOf(c.statementIds) }));
}

/**
 * Citations cited in one version and not (or fewer times) in the other, and sources cited a
 * different number of times. Linear in the two documents' citations.
 */
export function checkTranslation(thisDoc: DocNode, linkedDoc: DocNode, sourceOf: (statementId: string) => string | undefined): TranslationCheck {
  const mine = indexCitations(thisDoc);
  const theirs = indexCitations(linkedDoc);
  const sourcesOf = (statementIds: string[]) => [...new Set(statementIds.map((id) => sourceOf(id) ?? `missing:${id}`))];

  // Each citation in one version pairs with an unpaired one citing the same statements in the other.
  const unpaired = (from: typeof mine, against: typeof mine, presentIn: 'this' | 'linked'): TranslationCitationGap[] => {
    const available = new Map<string, number>();
    for (const c of against) available.set(c.key, (available.get(c.key) ?? 0) + 1);
    const out: TranslationCitationGap[] = [];
    for (const c of from) {
      const left = available.get(c.key) ?? 0;
      if (left > 0) available.set(c.key, left - 1);
      else out.push({ citationKey: c.citationKey, number: c.number, statementIds: c.statementIds, sourceIds: sourcesOf(c.statementIds), presentIn });
    }
    return out;
  };

  const count = (citations: typeof mine) => {
    const counts = new Map<string, number>();
    for (const c of citations) for (const id of sourcesOf(c.statementIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const a = count(mine);
  const b = count(theirs);
  const counts: SourceCountGap[] = [];
  for (const sourceId of new Set([...a.keys(), ...b.keys()])) {
    const thisCount = a.get(sourceId) ?? 0;
    const linkedCount = b.get(sourceId) ?? 0;
    if (thisCount !== linkedCount) counts.push({ sourceId, thisCount, linkedCount });
  }
  return { missing: [...unpaired(mine, theirs, 'this'), ...unpaired(theirs, mine, 'linked')], counts };
}
