import { z } from 'zod';

export const DRAFT_STATUSES = ['drafting', 'in-review', 'approved', 'exported'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  drafting: 'Drafting',
  'in-review': 'In review',
  approved: 'Approved',
  exported: 'Exported',
};

const line = (max: number) => z.string().max(max, `Keep it under ${max} characters`).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'No control characters');

export const draftMetaFieldsSchema = z.strictObject({
  title: line(300),
  dateline: line(120),
  byline: line(200),
});
export type DraftMetaFields = z.infer<typeof draftMetaFieldsSchema>;

export interface DraftMeta extends DraftMetaFields {
  id: string;
  status: DraftStatus;
  createdAt: string;
  updatedAt: string;
  wordCount: number;
  citationCount: number;
  /** Grows with every body save; a save based on an older revision is refused (CONFLICT). */
  bodyRevision: number;
  /**
   * The approval behind "approved" (and "exported" after it) was a sign-off in this vault, not an
   * editor's from a review package: the drafts list and exports say "self-approved".
   */
  selfApproved?: true;
}

export interface Draft {
  meta: DraftMeta;
  body: DocNode;
}

// The editor document (ProseMirror JSON), restricted to the nodes and marks Shieldnote writes.
export const BLOCK_NODES = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'horizontalRule'] as const;
export const INLINE_NODES = ['text', 'hardBreak', 'citation'] as const;
export const MARKS = ['bold', 'italic', 'underline', 'strike', 'link', 'quoteSource'] as const;

export interface DocMark {
  type: (typeof MARKS)[number];
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

const NODE_TYPES = new Set<string>(['doc', ...BLOCK_NODES, ...INLINE_NODES]);
const MARK_TYPES = new Set<string>(MARKS);
const MAX_DEPTH = 40;
const MAX_NODES = 250_000;
const attrValue = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null(), z.array(z.union([z.string().max(200), z.number()])).max(50)]);
const attrsSchema = z.record(z.string().max(40), attrValue).refine((a) => Object.keys(a).length <= 20, 'Too many attributes');

/** Validates an editor document from the renderer: known node and mark types only, bounded size. */
export function docProblem(value: unknown): string | null {
  let nodes = 0;
  const visit = (node: unknown, depth: number): string | null => {
    if (++nodes > MAX_NODES) return 'The document is too large';
    if (depth > MAX_DEPTH) return 'The document is nested too deeply';
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return 'Malformed document node';
    const n = node as Record<string, unknown>;
    for (const key of Object.keys(n)) if (!['type', 'attrs', 'content', 'text', 'marks'].includes(key)) return `Unknown field “${key}”`;
    if (typeof n.type !== 'string' || !NODE_TYPES.has(n.type)) return `Unknown node type “${String(n.type)}”`;
    if (depth === 0 && n.type !== 'doc') return 'The document must start with a doc node';
    if (n.attrs !== undefined && !attrsSchema.safeParse(n.attrs).success) return 'Malformed node attributes';
    if (n.text !== undefined && (typeof n.text !== 'string' || n.type !== 'text' || n.text.length > 1_000_000)) return 'Malformed text';
    if (n.marks !== undefined) {
      if (!Array.isArray(n.marks) || n.marks.length > 10) return 'Malformed marks';
      for (const mark of n.marks as unknown[]) {
        const m = mark as Record<string, unknown> | null;
        if (!m || typeof m.type !== 'string' || !MARK_TYPES.has(m.type)) return `Unknown mark “${String(m?.type)}”`;
        if (m.attrs !== undefined && !attrsSchema.safeParse(m.attrs).success) return 'Malformed mark attributes';
      }
    }
    if (n.content !== undefined) {
      if (!Array.isArray(n.content)) return 'Malformed content';
      for (const child of n.content) {
        const problem = visit(child, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  };
  return visit(value, 0);
}

export const docSchema = z.custom<DocNode>((value) => docProblem(value) === null, { message: 'Malformed document' }).superRefine((value, ctx) => {
  const problem = docProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
