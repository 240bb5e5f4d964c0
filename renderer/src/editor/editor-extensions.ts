import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { EditorBridge } from './extensions/bridge';
import { Behaviour } from './extensions/behaviour';
import { Citation } from './extensions/citation';
import { Find } from './extensions/find';
import { LeakHighlights } from './extensions/leak-highlights';
import { QuoteSource } from './extensions/quote-source';

// The editor's schema is exactly what main accepts (common/domain/draft.ts): nodes doc,
// paragraph, heading, blockquote, bulletList, orderedList, listItem, horizontalRule, text,
// hardBreak, citation; marks bold, italic, underline, strike, link, quoteSource.

/** Links that survive into the publishable document (common/document/publishable.ts). */
export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function editorExtensions(bridge: EditorBridge): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      // A trailing paragraph would be added by the first click, which would look like an edit.
      trailingNode: false,
      heading: { levels: [2, 3] },
      undoRedo: { depth: 200, newGroupDelay: 500 },
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        enableClickSelection: true,
        protocols: [],
        defaultProtocol: 'https',
        isAllowedUri: (url) => SAFE_HREF.test(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Citation.configure({ bridge }),
    QuoteSource,
    LeakHighlights,
    Find,
    Behaviour.configure({ bridge }),
  ];
}
