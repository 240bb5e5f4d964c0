import type { ImportWarnings } from '../../common/domain/import';
import { decodeXmlText } from './xml-text';

// What a Word file carries besides its text, shown to the reporter before anything is saved:
// the document's own metadata (who wrote it, their company, the template path on their disk),
// comments and tracked changes. Read from the parts as listed text; none of it is stored.

const MAX_ITEMS = 200;
const MAX_TEXT = 500;

const CORE_FIELDS: [string, string][] = [
  ['dc:creator', 'Author'],
  ['cp:lastModifiedBy', 'Last modified by'],
  ['dc:title', 'Title'],
  ['dc:subject', 'Subject'],
  ['cp:keywords', 'Keywords'],
  ['dc:description', 'Description'],
  ['cp:category', 'Category'],
];
const APP_FIELDS: [string, string][] = [
  ['Company', 'Company'],
  ['Manager', 'Manager'],
  ['Template', 'Template'],
];

const text = (part: Uint8Array | undefined) => (part ? new TextDecoder().decode(part) : '');
const clip = (value: string) => (value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value);

function element(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return match ? decodeXmlText(match[1]!).trim() : null;
}

function attribute(tag: string, name: string): string {
  const match = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return match ? decodeXmlText(match[1]!) : '';
}

/** Text runs inside a piece of WordprocessingML (w:t and, for deletions, w:delText). */
function runsText(xml: string): string {
  return [...xml.matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>/g)].map((m) => decodeXmlText(m[2]!)).join('');
}

export function wordWarnings(parts: Map<string, Uint8Array>): Pick<ImportWarnings, 'metadata' | 'comments' | 'changes'> {
  const metadata: ImportWarnings['metadata'] = [];
  const core = text(parts.get('docProps/core.xml'));
  for (const [tag, field] of CORE_FIELDS) {
    const value = element(core, tag);
    if (value) metadata.push({ field, value: clip(value) });
  }
  const app = text(parts.get('docProps/app.xml'));
  for (const [tag, field] of APP_FIELDS) {
    const value = element(app, tag);
    if (value && !(tag === 'Template' && /^Normal(\.dotm)?$/i.test(value))) metadata.push({ field, value: clip(value) });
  }
  const settingsRels = text(parts.get('word/_rels/settings.xml.rels'));
  for (const rel of settingsRels.matchAll(/<Relationship\s[^>]*attachedTemplate[^>]*>/g)) {
    const target = attribute(rel[0], 'Target');
    if (target) metadata.push({ field: 'Template path', value: clip(target) });
  }
  const custom = text(parts.get('docProps/custom.xml'));
  for (const property of custom.matchAll(/<property\s([^>]*)>([\s\S]*?)<\/property>/g)) {
    const value = decodeXmlText(property[2]!.replace(/<[^>]+>/g, '')).trim();
    if (value) metadata.push({ field: `Custom: ${attribute(property[1]!, 'name')}`, value: clip(value) });
  }
  const people = text(parts.get('word/people.xml'));
  for (const person of people.matchAll(/<w15:person\s[^>]*w15:author="([^"]*)"/g)) metadata.push({ field: 'Reviewer', value: clip(decodeXmlText(person[1]!)) });

  const comments: ImportWarnings['comments'] = [];
  for (const comment of text(parts.get('word/comments.xml')).matchAll(/<w:comment\s([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    if (comments.length >= MAX_ITEMS) break;
    comments.push({ author: attribute(comment[1]!, 'w:author'), text: clip(runsText(comment[2]!)) });
  }
  const changes: ImportWarnings['changes'] = [];
  for (const change of text(parts.get('word/document.xml')).matchAll(/<w:(ins|del)\s([^>]*)>([\s\S]*?)<\/w:\1>/g)) {
    if (changes.length >= MAX_ITEMS) break;
    const words = runsText(change[3]!);
    if (words.trim()) changes.push({ kind: change[1] === 'ins' ? 'insertion' : 'deletion', author: attribute(change[2]!, 'w:author'), text: clip(words) });
  }
  return { metadata, comments, changes };
}
