import './jsdom-layout';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPublishable, publishableText } from '../../../common/document/publishable';
import type { DocNode } from '../../../common/domain/draft';
import type { Source } from '../../../common/domain/source';
import { makeContext } from '../../../renderer/src/editor/citation-data';
import { editorExtensions } from '../../../renderer/src/editor/editor-extensions';
import { createBridge } from '../../../renderer/src/editor/extensions/bridge';
import { citationLabelsKey } from '../../../renderer/src/editor/extensions/citation-labels';
import { REFRESH_META } from '../../../renderer/src/editor/extensions/plugin-helpers';
import { removeParticleBefore } from '../../../renderer/src/editor/extensions/particles';
import { BORDER, CHINA, SOURCES, STATEMENTS, citation, paragraph } from './render-drafts';

// A particle typed after a chip joins it and is spelled from the chip's words.

let editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors) editor.destroy();
  editors = [];
});

/** The sources with CHINA's Korean label set to `korean` (place, then the noun after the last space). */
function withLabel(korean: string): Source[] {
  const cut = korean.lastIndexOf(' ');
  const ko = { place: cut > 0 ? korean.slice(0, cut) : '', noun: korean.slice(cut + 1) };
  return SOURCES.map((s) => (s.id === CHINA ? { ...s, label: { ...s.label, byLanguage: { ko } } } : s));
}

function koreanEditor(content: DocNode, noun = '양강도 소식통') {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: editorExtensions(createBridge()), injectCSS: false, content });
  editors.push(editor);
  editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel(noun), STATEMENTS, true, 'ko') }));
  return editor;
}

const chipTexts = (editor: Editor) => [...editor.view.dom.querySelectorAll('.citation-chip')].map((c) => c.textContent);
const particleOf = (editor: Editor, index = 0) => {
  const found: unknown[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'citation') found.push(node.attrs.particle);
  });
  return found[index];
};

describe('Korean particles after a chip', () => {
  it('attaches a particle typed right after a chip once it is finished, in the spelling the label needs', () => {
    const editor = koreanEditor({ type: 'doc', content: [paragraph(citation('a', [BORDER]))] });
    const end = editor.state.doc.content.size - 1;
    editor.commands.setTextSelection(end);
    // The reporter types the vowel-form 는; the caret still sits after it: nothing happens yet.
    editor.view.dispatch(editor.state.tr.insertText('는', end));
    expect(particleOf(editor)).toBeNull();
    editor.view.dispatch(editor.state.tr.insertText(' ', end + 1));
    expect(particleOf(editor)).toBe('은/는');
    expect(chipTexts(editor)).toEqual(['양강도 소식통은']);
    expect(editor.view.dom.querySelector('.citation-particle')?.textContent).toBe('은');
    expect(editor.state.doc.textContent).toBe(' ');
  });

  it('waits while "이" may still become "이라고", and leaves words alone', () => {
    const editor = koreanEditor({ type: 'doc', content: [paragraph(citation('a', [BORDER]), '이'), paragraph(citation('b', [BORDER]), '도시 ')] });
    editor.commands.setTextSelection(3);
    expect(particleOf(editor)).toBeNull();
    editor.view.dispatch(editor.state.tr.insertText('라고', 3));
    editor.view.dispatch(editor.state.tr.insertText('”', 5));
    expect(particleOf(editor)).toBe('이라고/라고');
    expect(particleOf(editor, 1)).toBeNull();
    expect(chipTexts(editor)).toEqual(['양강도 소식통이라고', '이 소식통']);
    expect(editor.state.doc.child(1).textContent).toBe('도시 ');
  });

  it('does not touch text during an IME composition, and attaches when it ends', () => {
    const editor = koreanEditor({ type: 'doc', content: [paragraph(citation('a', [BORDER]), '와 ')] });
    // The whole paragraph was composed: the transaction carries the composition tag.
    editor.view.dispatch(editor.state.tr.insertText('의', 3).setMeta('composition', 1));
    expect(particleOf(editor)).toBeNull();
    expect(editor.state.doc.textContent).toBe('와의 ');
    editor.view.dispatch(editor.state.tr.setMeta(REFRESH_META, true));
    expect(particleOf(editor)).toBe('과/와+의');
    expect(chipTexts(editor)).toEqual(['양강도 소식통과의']);
  });

  it('re-spells the particle when the label changes its final consonant, and in the export', () => {
    const body: DocNode = { type: 'doc', content: [paragraph(citation('a', [BORDER], { particle: '으로/로' }), ' 전해졌다.')] };
    const editor = koreanEditor(body);
    expect(chipTexts(editor)).toEqual(['양강도 소식통으로']);
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel('양강도 소식통들'), STATEMENTS, true, 'ko') }));
    expect(chipTexts(editor)).toEqual(['양강도 소식통들로']);
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel('혜산 관계자'), STATEMENTS, true, 'ko') }));
    expect(chipTexts(editor)).toEqual(['혜산 관계자로']);
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel('혜산 주민'), STATEMENTS, true, 'ko') }));
    expect(chipTexts(editor)).toEqual(['혜산 주민으로']);

    const statements = new Map(STATEMENTS.map((s) => [s.id, s]));
    const labels = new Map(withLabel('혜산 주민').map((s) => [s.id, s.label]));
    const pub = buildPublishable({ title: 'T', dateline: '', byline: '', language: 'ko' }, editor.getJSON() as DocNode, statements, labels);
    expect(publishableText(pub)).toBe('T\n\n혜산 주민으로 전해졌다.');
  });

  it('attaches nothing in a draft that is not in Korean', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({ element, extensions: editorExtensions(createBridge()), injectCSS: false, content: { type: 'doc', content: [paragraph(citation('a', [BORDER]), '은 ')] } });
    editors.push(editor);
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel('양강도 소식통'), STATEMENTS, true, 'en') }));
    editor.view.dispatch(editor.state.tr.insertText('x', 4));
    expect(particleOf(editor)).toBeNull();
  });

  it('reads a Latin ending by the vault’s acronym readings', () => {
    const editor = koreanEditor({ type: 'doc', content: [paragraph(citation('a', [BORDER], { particle: '은/는' }))] }, 'NASDAQ');
    expect(chipTexts(editor)).toEqual(['NASDAQ는']);
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(withLabel('NASDAQ'), STATEMENTS, true, 'ko', new Map([['NASDAQ', '나스닥']])) }));
    expect(chipTexts(editor)).toEqual(['NASDAQ은']);
  });

  it('Backspace after a chip takes its particle off and keeps the chip', () => {
    const editor = koreanEditor({ type: 'doc', content: [paragraph(citation('a', [BORDER], { particle: '이/가' }))] });
    editor.commands.setTextSelection(2);
    expect(removeParticleBefore(editor.view)).toBe(true);
    expect(particleOf(editor)).toBeNull();
    expect(chipTexts(editor)).toEqual(['양강도 소식통']);
    expect(removeParticleBefore(editor.view)).toBe(false);
  });
});
