import type { DocNode } from '../../common/domain/draft';
import type { Statement } from '../../common/domain/statement';
import { quoteSentenceParts } from '../../common/attribution/quote-fidelity';
import { SAMPLE_OUTLET, type SampleSource } from './sample-story';

// The sample story as an editor document, written in our own words around the six attributions
// of the published report it follows: first mention, dated, separate source, back-reference and
// a plural with the outlet. Pure (common/ only), so the tests build their draft with it too.

export interface StoryDocOptions {
  /** Citation ids are this prefix and their place in reading order (`cit1`, `cit2`, …). */
  citationPrefix: string;
  /** Changes the sentence around the coal citation (which reopens an approval of it). */
  edited?: boolean;
  /** Text after the last quote's attribution (the sample plants a leak there). */
  closingAside?: string;
}

export function storyDoc(statements: Statement[], sourceOf: (s: Statement) => SampleSource['key'], options: StoryDocOptions): DocNode {
  let counter = 0;
  const citation = (cited: Statement[], extra: { showDate?: boolean; outlet?: string } = {}): DocNode => ({
    type: 'citation',
    attrs: {
      citationId: `${options.citationPrefix}${++counter}`,
      statementIds: cited.map((s) => s.id),
      revisions: cited.map((s) => s.revision),
      override: null,
      customText: null,
      showDate: extra.showDate ?? false,
      outlet: extra.outlet ?? '',
    },
  });
  const text = (t: string): DocNode => ({ type: 'text', text: t });
  const quote = (s: Statement): DocNode[] => {
    const parts = quoteSentenceParts(s.text);
    return [text(parts.opening), { type: 'text', text: parts.quoted, marks: [{ type: 'quoteSource', attrs: { statementId: s.id, revision: s.revision, original: s.text } }] }, text(parts.closing)];
  };
  const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

  const of = (key: SampleSource['key']) => statements.filter((s) => sourceOf(s) === key);
  const [trader1, , trader3] = of('trader');
  const [boat1] = of('boatman');
  const [watch1] = of('watcher');
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Smuggling picks up on the Yalu as Chinese patrols thin out')] },
      p(text('Contraband is moving more freely across the river near Dandong, and Chinese officers are doing less to stop it, according to '), citation([trader1!, boat1!], { outlet: SAMPLE_OUTLET }), text('.')),
      p(...quote(trader1!), text('said '), citation([trader1!], { showDate: true }), text('.')),
      p(...quote(boat1!), text('said '), citation([boat1!]), text('.')),
      p(
        text(options.edited ? 'Earlier this spring ' : 'Last month '),
        citation([watch1!]),
        text(' watched coal pile up on the bank outside Sinuiju. '),
        citation([watch1!]),
        text(' said it was meant for China once sanctions end.'),
      ),
      p(...quote(trader3!), citation([trader3!]), text(` said.${options.closingAside ?? ''}`)),
    ],
  };
}
