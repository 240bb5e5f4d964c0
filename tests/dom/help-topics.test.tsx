import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../common/domain/review';
import { IDENTITY_TERM_KINDS } from '../../common/domain/source';
import { LABEL_ISSUE_KINDS } from '../../common/leak-guard/label-checks';
import { comboAria, comboLabel, combosOf, keymapName, matches, SHORTCUT_SCOPES, SHORTCUTS, type ShortcutId } from '../../renderer/src/app/shortcuts';
import { checklistTopics, labelIssueTopics, termKindTopics } from '../../renderer/src/help/help-topics';
import { en } from '../../renderer/src/i18n/messages/en';
import { ko } from '../../renderer/src/i18n/messages/ko';

const key = (k: string, more: Partial<KeyboardEvent> = {}) => ({ key: k, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...more });

function expectExplained(id: keyof typeof en) {
  expect(en[id].trim().length).toBeGreaterThan(20);
  expect(ko[id].trim().length).toBeGreaterThan(5);
  expect(ko[id]).not.toBe(en[id]);
}

describe('Help page topics', () => {
  it('explain every review checklist item, in English and Korean', () => {
    const topics = checklistTopics();
    expect(topics.map((t) => t.id)).toEqual(CHECKLIST_ITEMS.map((item) => item.id));
    for (const topic of topics) expectExplained(topic.help);
    expect(new Set(topics.map((t) => t.help)).size).toBe(topics.length);
  });

  it('explain every kind of leak finding: identity terms and label problems', () => {
    const topics = [...termKindTopics(), ...labelIssueTopics()];
    expect(topics.map((t) => t.kind)).toEqual([...IDENTITY_TERM_KINDS, ...LABEL_ISSUE_KINDS]);
    for (const topic of topics) expectExplained(topic.help);
    expect(new Set(topics.map((t) => t.help)).size).toBe(topics.length);
  });
});

describe('the shortcut table', () => {
  const ids = Object.keys(SHORTCUTS) as ShortcutId[];

  it('describes every shortcut and every group in both catalogs', () => {
    for (const id of ids) expect(ko[SHORTCUTS[id].description]).toBeTruthy();
    for (const scope of SHORTCUT_SCOPES) {
      expect(en[`shortcuts.scope.${scope}`]).toBeTruthy();
      expect(ids.some((id) => SHORTCUTS[id].scope === scope)).toBe(true);
    }
  });

  it('gives each shortcut that works anywhere keys no other shortcut uses', () => {
    const anywhere = ids.filter((id) => SHORTCUTS[id].scope === 'anywhere');
    for (const id of anywhere) {
      for (const combo of combosOf(id)) {
        const event = key(combo.key, { ctrlKey: !!combo.mod, shiftKey: !!combo.shift });
        expect(ids.filter((other) => matches(other, event))).toEqual([id]);
      }
    }
  });

  it('matches the keys people press', () => {
    expect(matches('lock', key('l', { ctrlKey: true }))).toBe(true);
    expect(matches('lock', key('L', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matches('panicLock', key('L', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matches('lock', key('l', { ctrlKey: true, altKey: true }))).toBe(false);
    // A Korean or Russian layout still has the physical K key.
    expect(matches('cite', key('л', { metaKey: true, code: 'KeyK' }))).toBe(true);
    expect(matches('search', key('/'))).toBe(true);
    // "/" needs Shift on a German keyboard.
    expect(matches('search', key('/', { shiftKey: true }))).toBe(true);
    expect(matches('search', key('/', { ctrlKey: true }))).toBe(false);
    expect(matches('shortcutSheet', key('/', { ctrlKey: true }))).toBe(true);
    expect(matches('findPrevious', key('Enter', { shiftKey: true }))).toBe(true);
    expect(matches('findNext', key('Enter', { shiftKey: true }))).toBe(false);
    expect(matches('reviewNext', key('j'))).toBe(true);
    expect(matches('reviewNext', key('ArrowDown'))).toBe(true);
    expect(matches('paletteAttribute', key('Enter', { altKey: true }))).toBe(true);
    expect(matches('paletteQuote', key('Enter', { altKey: true }))).toBe(false);
    expect(matches('chipOpen', key(' '))).toBe(true);
  });

  it('shows keys the way each platform writes them', () => {
    const quickAdd = SHORTCUTS.quickAdd.combos[0];
    expect(comboLabel(quickAdd, false)).toBe('Ctrl+Shift+N');
    expect(comboLabel(quickAdd, true)).toBe('⌘⇧N');
    expect(comboAria(quickAdd, true)).toBe('Meta+Shift+N');
    expect(comboLabel(SHORTCUTS.paletteAttribute.combos[0], false)).toBe('Alt+Enter');
    expect(comboLabel(SHORTCUTS.paletteAttribute.combos[0], true)).toBe('⌥↩');
    expect(combosOf('storyEnd', false).map(keymapName)).toEqual(['Mod-End']);
    expect(combosOf('storyEnd', true).map(keymapName)).toEqual(['Mod-End', 'Mod-ArrowDown']);
  });
});
