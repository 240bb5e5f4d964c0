import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { message } from '../../common/domain/message';
import { englishText } from '../../main/i18n/english-text';
import { en, type MessageId } from '../../renderer/src/i18n/messages/en';
import { ko } from '../../renderer/src/i18n/messages/ko';

// The Korean catalog says the same things as the English one: every message parses as ICU and
// uses exactly the English message's arguments (a value the screen passes is never dropped, and
// none is expected that the screen does not pass).

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('message catalogs', () => {
  const ids = Object.keys(en) as MessageId[];

  it('has a Korean message for every English one, and no other', () => {
    expect(Object.keys(ko).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: Korean uses the English message’s arguments', (id) => {
    const english = argumentsOf(parse(en[id]));
    const korean = argumentsOf(parse(ko[id]));
    expect([...korean].sort()).toEqual([...english].sort());
  });
});

// common/ and main/ send interface text as message descriptors (common/domain/message.ts): every
// id they pass to message() is in both catalogs, so no Korean screen can fall back to English or
// to a bare id. Ids are literals (or a choice between literals) so that this finds them all.
describe('message ids used by common/ and main/', () => {
  const files = ['common', 'main'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
  const uses: { file: string; ids: string[]; argument: string }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bmessage\(\s*([^,)]*)/g)) {
      if (file.endsWith(path.join('domain', 'message.ts'))) continue;
      uses.push({ file, argument: match[1]!, ids: [...match[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) });
    }
  }

  it('finds the descriptors (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(uses.some((u) => u.ids.includes('checklist.anonymity.none'))).toBe(true);
  });

  it('names every id as a literal', () => {
    expect(uses.filter((u) => u.ids.length === 0).map((u) => `${u.file}: message(${u.argument}`)).toEqual([]);
  });

  it('finds every id in the English and the Korean catalog', () => {
    const ids = [...new Set(uses.flatMap((u) => u.ids))];
    expect(ids.filter((id) => !(id in en))).toEqual([]);
    expect(ids.filter((id) => !(id in ko))).toEqual([]);
  });
});

describe('English from the catalog where main writes it', () => {
  it('formats a descriptor once from the English catalog, a draft language named in words and a count as ICU plural', () => {
    expect(englishText(message('signOff.blocker.noLabel', { count: 2, language: 'zh-Hans' }))).toBe('2 citations cite sources with no Chinese (simplified) label.');
    expect(englishText(message('signOff.blocker.open', { count: 1 }))).toBe('1 citation is not yet approved.');
    expect(englishText(message('leak.namedAndAnonymous', { label: 'a trader', matched: '010-2233-4455', kind: 'phone' }))).toBe('a trader is cited anonymously, and the story also prints their phone number (“010-2233-4455”).');
  });

  it('refuses an id the catalog does not have, instead of printing the id', () => {
    expect(() => englishText(message('checklist.nothing.here'))).toThrow(/No English message/);
  });
});
