import { z } from 'zod';
import type { DraftLanguage } from './language';

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
  /**
   * Grows with every body save. A save based on an older revision (another device saved the
   * draft meanwhile) is kept, and the other device's text becomes a conflicting copy.
   */
  bodyRevision: number;
  /** Set on a draft made from another device's text of the same draft, saved at the same time. */
  conflictCopy?: { ofDraftId: string; ofTitle: string; device: string; savedAt: string };
  /**
   * The approval behind "approved" (and "exported" after it) was a sign-off in this vault, not an
   * editor's from a review package: the drafts list and exports say "self-approved".
   */
  selfApproved?: true;
  /** The language it is written in; absent on drafts made before languages (English). */
  language?: DraftLanguage;
  /** Drafts linked to this one as translations ("Translate…"), both ways; the review compares them. */
  linkedDrafts?: string[];
  /** In the drafts list only: citations an editor flagged, approvals an edit reopened. */
  review?: { flagged: number; reopened: number };
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

// One pass over an editor document from the renderer or a review package: known node and mark
// types only, and budgets counted as it goes, so a hostile body is refused after at most the
// budget's worth of work (docs/api-budgets.md).

export const DOC_BUDGET = {
  /** Nodes of every kind, the doc included. A 10,000-word story with rich marks has ~5,000. */
  nodes: 20_000,
  /** Citation nodes: a long feature has 50 to 100; each costs a passage hash in the review. */
  citations: 1_000,
  /** Nesting (lists in quotes in lists …); exports rewrap each level, so work grows with it. */
  depth: 12,
  /** Characters of text over all text nodes: about 40,000 words, four long features. */
  textChars: 250_000,
  /**
   * The body's size, about its length as JSON: every string (text, attribute keys and values;
   * quotes carry their statement's text) plus a fixed cost per node, mark and attribute.
   */
  totalChars: 1_500_000,
  /** Marks on one text node, each type at most once. */
  marksPerNode: MARKS.length,
  /** Attributes on a node or mark; each string value; each list value. */
  attrs: 20,
  attrKeyChars: 40,
  attrStringChars: 100_000,
  attrListItems: 50,
  attrListStringChars: 200,
} as const;

const NODE_TYPES = new Set<string>(['doc', ...BLOCK_NODES, ...INLINE_NODES]);
const MARK_TYPES = new Set<string>(MARKS);
const NODE_FIELDS = new Set(['type', 'attrs', 'content', 'text', 'marks']);
const MARK_FIELDS = new Set(['type', 'attrs']);

/** What a node, a mark or an attribute costs besides its strings ({"type":"…","marks":[…]}). */
const NODE_COST = 24;
const MARK_COST = 16;
const ATTR_COST = 6;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first problem of a document, or null. Work is bounded by DOC_BUDGET whatever the input. */
export function docProblem(value: unknown): string | null {
  let nodes = 0;
  let citations = 0;
  let textChars = 0;
  let totalChars = 0;
  const spend = (chars: number): string | null => {
    totalChars += chars;
    return totalChars > DOC_BUDGET.totalChars ? `The document is too large (over ${(DOC_BUDGET.totalChars / 1e6).toLocaleString('en')} million characters with its citations, quotes and formatting)` : null;
  };

  const attrsProblem = (attrs: unknown): string | null => {
    if (!isRecord(attrs)) return 'Malformed attributes';
    const keys = Object.keys(attrs);
    if (keys.length > DOC_BUDGET.attrs) return 'Too many attributes';
    for (const key of keys) {
      if (key.length > DOC_BUDGET.attrKeyChars) return 'Malformed attributes';
      const v = attrs[key];
      let chars = key.length + ATTR_COST;
      if (typeof v === 'string') {
        if (v.length > DOC_BUDGET.attrStringChars) return 'An attribute is too long';
        chars += v.length;
      } else if (Array.isArray(v)) {
        if (v.length > DOC_BUDGET.attrListItems) return 'An attribute list is too long';
        for (const item of v as unknown[]) {
          if (typeof item === 'string') {
            if (item.length > DOC_BUDGET.attrListStringChars) return 'An attribute is too long';
            chars += item.length;
          } else if (typeof item !== 'number' || !Number.isFinite(item)) return 'Malformed attributes';
        }
      } else if (!(v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) return 'Malformed attributes';
      const over = spend(chars);
      if (over) return over;
    }
    return null;
  };

  const visit = (node: unknown, depth: number): string | null => {
    if (++nodes > DOC_BUDGET.nodes) return `The document is too large (over ${DOC_BUDGET.nodes.toLocaleString('en')} parts)`;
    if (depth > DOC_BUDGET.depth) return 'The document is nested too deeply';
    if (!isRecord(node)) return 'Malformed document node';
    const tooLarge = spend(NODE_COST);
    if (tooLarge) return tooLarge;
    for (const key of Object.keys(node)) if (!NODE_FIELDS.has(key)) return `Unknown field “${key.slice(0, 40)}”`;
    const { type, attrs, content, text, marks } = node;
    if (typeof type !== 'string' || !NODE_TYPES.has(type)) return `Unknown node type “${String(type).slice(0, 40)}”`;
    if (depth === 0 && type !== 'doc') return 'The document must start with a doc node';
    if (type === 'citation' && ++citations > DOC_BUDGET.citations) return `The document has too many citations (over ${DOC_BUDGET.citations.toLocaleString('en')})`;
    if (attrs !== undefined) {
      const problem = attrsProblem(attrs);
      if (problem) return problem;
    }
    if (text !== undefined) {
      if (typeof text !== 'string' || type !== 'text') return 'Malformed text';
      textChars += text.length;
      if (textChars > DOC_BUDGET.textChars) return `The document is too long (over ${DOC_BUDGET.textChars.toLocaleString('en')} characters of text)`;
      const over = spend(text.length);
      if (over) return over;
    }
    if (marks !== undefined) {
      if (!Array.isArray(marks) || marks.length > DOC_BUDGET.marksPerNode) return 'Malformed marks';
      const seen = new Set<string>();
      for (const mark of marks as unknown[]) {
        if (!isRecord(mark) || typeof mark.type !== 'string' || !MARK_TYPES.has(mark.type)) return `Unknown mark “${String(isRecord(mark) ? mark.type : mark).slice(0, 40)}”`;
        if (seen.has(mark.type)) return 'A mark is repeated';
        seen.add(mark.type);
        const over = spend(MARK_COST + mark.type.length);
        if (over) return over;
        for (const key of Object.keys(mark)) if (!MARK_FIELDS.has(key)) return `Unknown field “${key.slice(0, 40)}”`;
        if (mark.attrs !== undefined) {
          const problem = attrsProblem(mark.attrs);
          if (problem) return problem === 'Malformed attributes' ? 'Malformed mark attributes' : problem;
        }
      }
    }
    if (content !== undefined) {
      if (!Array.isArray(content)) return 'Malformed content';
      // Each child costs at least one node, so a list longer than the budget is refused unread.
      if (content.length > DOC_BUDGET.nodes - nodes) return `The document is too large (over ${DOC_BUDGET.nodes.toLocaleString('en')} parts)`;
      for (const child of content as unknown[]) {
        const problem = visit(child, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  };
  return visit(value, 0);
}

/** The body of a draft, validated in one pass (zod's custom check would walk it a second time). */
export const docSchema = z.custom<DocNode>().superRefine((value, ctx) => {
  const problem = docProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
