import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildPublishable, type PublishableDocument } from '../../common/document/publishable';
import { exportImageName, exportSlug } from '../../common/export/export-format';
import { toHtml } from '../../common/export/html-export';
import { toMarkdown, yamlString } from '../../common/export/markdown-export';
import { toNitf } from '../../common/export/nitf-export';
import { toPlainText } from '../../common/export/text-export';
import { SOURCES, STATEMENTS } from '../fixtures/border-story';
import { borderStoryDoc } from '../fixtures/border-story-doc';
import { nitfDtds, requireXmllint, xmllint } from '../support/xmllint';

const DATE = new Date('2024-05-06T09:15:00.123Z');

/** The fixture story as the publishable document every format serializes. */
function storyDocument(): PublishableDocument {
  const statements = STATEMENTS.map((s, i) => ({ id: `st${i}`, sourceId: s.source, saidOn: s.fields.saidOn, text: s.fields.text, revision: 1 }));
  const doc = borderStoryDoc(statements as never, (s) => (s as unknown as { sourceId: 'trader' }).sourceId);
  const labels = new Map(SOURCES.map((s) => [s.key, s.fields.label]));
  return buildPublishable({ title: 'Smuggling picks up on the Yalu', dateline: 'SEOUL', byline: 'By a staff reporter' }, doc, new Map(statements.map((s) => [s.id, s])), labels, [
    { fileName: 'smuggling-picks-up-on-the-yalu-1.jpg', caption: 'Boats moored near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank', mimeType: 'image/jpeg', width: 1200, height: 800 },
  ]);
}

/** Every kind of block and mark, and text built to break markup. */
const HOSTILE = `<script>alert("x")</script> & &amp; ' " ]]> <!-- c --> {{< shortcode >}} *star* _under_ \`tick\` # [link](http://x) | ~ \\ \u0007bell`;
function awkwardDocument(): PublishableDocument {
  return {
    language: 'en',
    title: `Title with ${HOSTILE}`,
    dateline: 'SEOUL: "quoted"',
    byline: 'By O\'Brien & Kim',
    blocks: [
      { type: 'heading', level: 2, inlines: [{ text: 'A heading # with hash' }] },
      { type: 'paragraph', inlines: [{ text: HOSTILE }] },
      { type: 'paragraph', inlines: [{ text: '1. Not a list\n- nor this\n# nor a heading' }] },
      { type: 'paragraph', inlines: [{ text: 'plain ' }, { text: 'bold ', bold: true }, { text: 'italic', italic: true }, { text: ' struck', strike: true }, { text: ' under', underline: true }, { text: ' a link', href: 'https://example.org/a b?q=(1)&r="2"' }] },
      { type: 'blockquote', blocks: [{ type: 'paragraph', inlines: [{ text: 'Quoted words.' }] }] },
      { type: 'list', ordered: false, items: [[{ type: 'paragraph', inlines: [{ text: 'one' }] }], [{ type: 'paragraph', inlines: [{ text: 'two' }] }, { type: 'list', ordered: true, items: [[{ type: 'paragraph', inlines: [{ text: 'nested' }] }]] }]] },
      { type: 'rule' },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', inlines: [{ text: 'first' }] }]] },
    ],
    images: [{ fileName: 'story-1.png', caption: `Caption ${HOSTILE}`, credit: 'Credit "A" <B>', alt: `Alt ${HOSTILE}` }],
  };
}

const NOTHING_OF_OURS = [/\sid=/i, /\sclass=/i, /\sdata-/i, /<!--/, /\sstyle=/i, /generator/i];

describe('HTML export', () => {
  it('writes a whole semantic page: article, h1, byline, dateline, figure with caption and credit', () => {
    const html = toHtml(storyDocument());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Smuggling picks up on the Yalu</title>');
    expect(html).toMatch(/<article>\n<header>\n<h1>Smuggling picks up on the Yalu<\/h1>\n<p>By a staff reporter<\/p>\n<p>SEOUL<\/p>\n<\/header>/);
    expect(html).toContain('<figure>\n<img src="smuggling-picks-up-on-the-yalu-1.jpg" alt="Small boats at a river bank" width="1200" height="800">\n<figcaption>Boats moored near Dandong. <small>Staff photographer</small></figcaption>\n</figure>');
    expect(html).toContain('according to Daily NK sources in China.</p>');
    expect(html).toContain('said a source based in China on May 5.</p>');
  });

  it('carries nothing of Shieldnote’s own and escapes everything typed', () => {
    for (const html of [toHtml(storyDocument()), toHtml(awkwardDocument())]) {
      for (const pattern of NOTHING_OF_OURS) expect(html).not.toMatch(pattern);
    }
    const html = toHtml(awkwardDocument());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; &amp;amp;');
    expect(html).not.toContain('\u0007');
    expect(html).toContain('<a href="https://example.org/a b?q=(1)&amp;r=&quot;2&quot;"> a link</a>');
    expect(html).toContain('<p>plain <strong>bold </strong><em>italic</em><s> struck</s><u> under</u>');
    expect(html).toContain('<p>1. Not a list<br>- nor this<br># nor a heading</p>');
    expect(html).toContain('alt="Alt &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &amp;amp; &#39; &quot;');
    // Well formed enough for an XML parser too (void elements aside).
    expect(xmlWellFormed(html.replace('<!DOCTYPE html>', '').replace(/<(meta|img|br|hr)([^>]*)>/g, '<$1$2/>'))).toBe('');
  });
});

describe('Markdown export', () => {
  it('starts with YAML front matter Hugo and Decap read: title, date, author, language, draft', () => {
    const md = toMarkdown(storyDocument(), { date: DATE });
    const front = frontMatter(md);
    expect(front).toEqual({ title: 'Smuggling picks up on the Yalu', date: new Date('2024-05-06T09:15:00Z'), author: 'a staff reporter', dateline: 'SEOUL', lang: 'en', draft: true });
    expect(md).toContain('![Small boats at a river bank](smuggling-picks-up-on-the-yalu-1.jpg)\n\n*Boats moored near Dandong.* Staff photographer');
    expect(md).toContain('according to Daily NK sources in China.');
  });

  it('quotes every YAML string safely and escapes Markdown, HTML and shortcodes in the text', () => {
    const doc = awkwardDocument();
    const md = toMarkdown(doc, { date: DATE });
    expect(frontMatter(md)).toMatchObject({ title: doc.title, author: 'O\'Brien & Kim', dateline: doc.dateline, draft: true });
    for (const tricky of ['a: b', '- list', '"quoted"', 'back\\slash', 'line\nbreak', 'tab\there', '\u2028sep', '#hash', 'null', 'true', '2024-01-01', '\u0085nel', '@at', '`tick`', '{flow}']) {
      expect(load(`v: ${yamlString(tricky)}`)).toEqual({ v: tricky });
    }
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/(^|[^\\])(<script>|<!--|\{\{)/);
    expect(body).toContain('\\<script\\>alert("x")\\</script\\> & \\&amp; \' " \\]\\]\\> \\<!-- c --\\> \\{\\{\\< shortcode \\>\\}\\} \\*star\\* \\_under\\_ \\`tick\\` \\# \\[link\\](http://x) \\| \\~ \\\\ bell');
    expect(body).toContain('1\\. Not a list\\\n\\- nor this\\\n\\# nor a heading');
    expect(body).toContain('plain **bold** *italic* ~~struck~~ under [a link](https://example.org/a%20b?q=%281%29&r="2")');
    expect(body).toContain('> Quoted words.');
    expect(body).toContain('- one\n- two\n\n  1. nested');
    expect(body).toContain('* * *\n\n1. first');
    expect(body).toContain('## A heading \\# with hash');
  });
});

describe('plain text export', () => {
  it('reads as the story: title, byline, dateline, image note, paragraphs, no markup', () => {
    const text = toPlainText(storyDocument());
    const start = 'Smuggling picks up on the Yalu\n\nBy a staff reporter\nSEOUL\n\n[Image: smuggling-picks-up-on-the-yalu-1.jpg]\nBoats moored near Dandong.\n(Staff photographer)\nDescription: Small boats at a river bank\n\nSmuggling picks up on the Yalu as Chinese patrols thin out\n\nContraband is moving';
    expect(text.slice(0, start.length)).toBe(start);
    expect(text).not.toMatch(/[<>*#]/);
    const awkward = toPlainText(awkwardDocument());
    expect(awkward).toContain('- one\n- two\n  1. nested');
    expect(awkward).toContain('    Quoted words.');
    expect(awkward).not.toContain('\u0007');
  });
});

describe('NITF export', () => {
  const canValidate = requireXmllint();

  it('writes hedline, byline, dateline, body and media in NITF 3.6 order', () => {
    const xml = toNitf(storyDocument(), { date: DATE });
    expect(xml).toContain('<nitf version="-//IPTC//DTD NITF 3.6//EN" baselang="en">\n<head>\n<title>Smuggling picks up on the Yalu</title>\n<docdata>\n<date.issue norm="20240506T091500+0000"/>');
    expect(xml).toContain('<body.head>\n<hedline><hl1 xml:lang="en">Smuggling picks up on the Yalu</hl1></hedline>\n<byline>By a staff reporter</byline>\n<dateline>SEOUL</dateline>\n</body.head>');
    expect(xml).toContain('<media media-type="image">\n<media-reference source="smuggling-picks-up-on-the-yalu-1.jpg" mime-type="image/jpeg" alternate-text="Small boats at a river bank" height="800" width="1200"/>\n<media-caption>Boats moored near Dandong.</media-caption>\n<media-producer>Staff photographer</media-producer>\n</media>');
    for (const pattern of NOTHING_OF_OURS) expect(xml).not.toMatch(pattern);
  });

  it.runIf(canValidate)('is well formed and valid against the NITF DTD (xmllint), whatever the text', () => {
    for (const doc of [storyDocument(), awkwardDocument(), { language: 'en' as const, title: '', dateline: '', byline: '', blocks: [], images: [] }]) {
      const xml = toNitf(doc, { date: DATE });
      expect(xmllint(xml)).toBe('');
      for (const dtd of nitfDtds()) expect(xmllint(xml, dtd), dtd).toBe('');
    }
  });

  it.runIf(canValidate)('the validation really checks: a misplaced element is refused', () => {
    const broken = toNitf(storyDocument(), { date: DATE }).replace('<byline>By a staff reporter</byline>\n<dateline>SEOUL</dateline>', '<dateline>SEOUL</dateline>\n<byline>By a staff reporter</byline>');
    expect(xmllint(broken, nitfDtds()[0])).toMatch(/validity error|does not follow the DTD|failed to validate/i);
  });
});

describe('export file names', () => {
  it('are made from the title alone, in plain ASCII, and number images in story order', () => {
    expect(exportSlug('Smuggling picks up on the Yalu!')).toBe('smuggling-picks-up-on-the-yalu');
    expect(exportSlug('Ça coûte cher — à Dandong')).toBe('ca-coute-cher-a-dandong');
    expect(exportSlug('북한')).toBe('story');
    expect(exportSlug('x'.repeat(200))).toHaveLength(60);
    expect(exportImageName('story', 0, 'jpg')).toBe('story-1.jpg');
  });
});

function frontMatter(md: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(match).not.toBeNull();
  return load(match![1]!);
}

function xmlWellFormed(xml: string): string {
  return requireXmllint() ? xmllint(xml) : '';
}
