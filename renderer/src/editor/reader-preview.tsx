import type { ReactNode } from 'react';
import type { PubBlock, PubInline, PublishableDocument } from '../../../common/document/publishable';
import { useT } from '../i18n/use-t';

// The reader's view of the draft: the publishable document every export serializes, so what the
// preview shows is what is published. Citations are words, quotes plain text.

function Inline({ inline }: { inline: PubInline }) {
  let node: ReactNode = inline.text;
  if (inline.strike) node = <s>{node}</s>;
  if (inline.underline) node = <u>{node}</u>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  if (inline.href) {
    node = (
      <a href={inline.href} rel="noopener noreferrer" onClick={(event) => event.preventDefault()}>
        {node}
      </a>
    );
  }
  return <>{node}</>;
}

function Inlines({ inlines }: { inlines: PubInline[] }) {
  return (
    <>
      {inlines.map((inline, index) => (
        <Inline key={index} inline={inline} />
      ))}
    </>
  );
}

function Block({ block }: { block: PubBlock }) {
  switch (block.type) {
    case 'heading': {
      // The title is the h1; story headings start at h2.
      const Tag = block.level === 3 ? 'h3' : 'h2';
      return (
        <Tag>
          <Inlines inlines={block.inlines} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case 'blockquote':
      return (
        <blockquote>
          {block.blocks.map((child, index) => (
            <Block key={index} block={child} />
          ))}
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          {item.map((child, childIndex) => (
            <Block key={childIndex} block={child} />
          ))}
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'rule':
      return <hr />;
  }
}

/** Between dateline and byline, as print sets it; not read out. */
const DASH = ' — ';

/** `titleLevel`: the story's title is the page's h1 in the editor; inside another screen (Export) it ranks under that screen's headings. */
export function ReaderPreview({ document: doc, titleLevel = 1 }: { document: PublishableDocument; titleLevel?: 1 | 3 }) {
  const t = useT();
  const Title = titleLevel === 1 ? 'h1' : 'h3';
  return (
    <article className="reader-preview" aria-label={t('editor.readerPreview')}>
      <Title className="preview-title">{doc.title || t('editor.untitled')}</Title>
      {doc.dateline || doc.byline ? (
        <p className="preview-meta">
          {doc.dateline ? <span className="preview-dateline">{doc.dateline}</span> : null}
          {doc.dateline && doc.byline ? <span aria-hidden="true">{DASH}</span> : null}
          {doc.byline ? <span className="preview-byline">{doc.byline}</span> : null}
        </p>
      ) : null}
      <div className="preview-body">
        {doc.blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </div>
    </article>
  );
}
