import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
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
