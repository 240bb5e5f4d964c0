import { message, type Message } from '../domain/message';
import type { Channel } from '../domain/statement';

// Everything one story discloses about each anonymous source, side by side (DESIGN §4a item 11):
// role and place in the label, dates, channels, and the places named around each citation.

export const NARROW_POOL = 50;

export interface JigsawCitation {
  sourceIds: string[];
  saidOn: string | null;
  showDate: boolean;
  channel: Channel | null;
  /** The sentence the citation sits in, as published. */
  sentence: string;
}

export interface JigsawProfile {
  sourceId: string;
  label: string;
  poolSize: number | null;
  citations: number;
  /** The days the story says they spoke, as recorded (YYYY, YYYY-MM or YYYY-MM-DD): the screen formats them. */
  dates: string[];
  channels: Channel[];
  /** Places named around the citations, as the story spells them. */
  places: string[];
  warnings: Message[];
}

const PLACE = /\b(?:in|near|at|from|outside|around|across|inside|to)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;

// A citation's date reads like a place to the pattern above ("said a trader in May", "in March
// 2024"): months and days of the week are times, never places.
const TIME_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function placesIn(sentence: string): string[] {
  const places = [...sentence.matchAll(PLACE)].map((m) => m[1]!.replace(/^the\s+/, '')).filter((place) => !TIME_WORD.test(place.split(/\s+/)[0]!));
  return [...new Set(places)];
}

export function jigsawProfiles(
  citations: JigsawCitation[],
  sources: ReadonlyMap<string, { label: string; poolSize: number | null }>,
): JigsawProfile[] {
  const profiles = new Map<string, JigsawProfile>();
  for (const c of citations) {
    for (const id of new Set(c.sourceIds)) {
      const source = sources.get(id);
      if (!source) continue;
      const p = profiles.get(id) ?? { sourceId: id, label: source.label, poolSize: source.poolSize, citations: 0, dates: [], channels: [], places: [], warnings: [] };
      p.citations++;
      if (c.showDate && c.saidOn) p.dates.push(c.saidOn);
      if (c.channel) p.channels.push(c.channel);
      p.places.push(...placesIn(c.sentence));
      profiles.set(id, p);
    }
  }
  for (const p of profiles.values()) {
    p.dates = [...new Set(p.dates)];
    p.channels = [...new Set(p.channels)];
    p.places = [...new Set(p.places)];
    const narrow = p.poolSize !== null && p.poolSize < NARROW_POOL;
    if (narrow && p.dates.length > 0) {
      p.warnings.push(message('jigsaw.dated', { pool: p.poolSize ?? 0, count: p.dates.length }));
    }
    if (narrow && p.places.length > 1) {
      p.warnings.push(message('jigsaw.places', { places: p.places.join(', ') }));
    }
  }
  return [...profiles.values()];
}
