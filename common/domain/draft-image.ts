import { z } from 'zod';

// An image that goes out with a draft: kept encrypted in the vault like a statement attachment,
// exported scrubbed of its metadata and under a neutral name, with the words a reader sees.

const text = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters`).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'No control characters');

export const draftImageFieldsSchema = z.strictObject({
  caption: text(1000),
  credit: text(200),
  /** What the picture shows, for readers who cannot see it. */
  alt: text(1000),
});
export type DraftImageFields = z.infer<typeof draftImageFieldsSchema>;

export const DRAFT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_DRAFT_IMAGES = 30;

export interface DraftImage extends DraftImageFields {
  id: string;
  /** The name it was added with: shown to the reporter only, never exported. */
  name: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  addedAt: string;
}
