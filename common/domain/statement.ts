import { z } from 'zod';

export const STATEMENT_KINDS = ['quote', 'paraphrase', 'background'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase',
  background: 'Background',
};

export const CHANNELS = ['in-person', 'phone', 'messenger', 'email', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  messenger: 'Messenger',
  email: 'E-mail',
  other: 'Other',
};

/** When a statement was made, with the precision known: "2018", "2018-05" or "2018-05-05". */
export const saidOnSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
    if (y < 1900 || y > 2200) return false;
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }, 'That date does not exist');

export type DatePrecision = 'year' | 'month' | 'day';
export function precisionOf(saidOn: string): DatePrecision {
  return saidOn.length === 4 ? 'year' : saidOn.length === 7 ? 'month' : 'day';
}

export const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(40, 'Keep tags under 40 characters')
  .regex(/^[^\s,#][^,#]*$/u, 'Tags cannot contain commas or #');

export const statementFieldsSchema = z.strictObject({
  sourceId: z.string().regex(/^[0-9a-f]{32}$/, 'Choose a source'),
  text: z.string().trim().min(1, 'Enter what the source said').max(50_000, 'Keep a statement under 50,000 characters'),
  kind: z.enum(STATEMENT_KINDS),
  saidOn: saidOnSchema.nullable(),
  channel: z.enum(CHANNELS),
  notes: z.string().max(20_000, 'Keep notes under 20,000 characters'),
  tags: z.array(tagSchema).max(30, 'At most 30 tags'),
});
export type StatementFields = z.infer<typeof statementFieldsSchema>;

export interface Attachment {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  addedAt: string;
}

export interface StatementRevision {
  revision: number;
  text: string;
  savedAt: string;
}

export interface Statement extends StatementFields {
  id: string;
  /** Grows with every change of `text`; a citation remembers the revision it quoted. */
  revision: number;
  /** Earlier texts, oldest first (the current text is not repeated here). */
  history: StatementRevision[];
  attachments: Attachment[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
