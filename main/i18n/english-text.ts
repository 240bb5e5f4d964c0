import { IntlMessageFormat } from 'intl-messageformat';
import { LANGUAGE_NAMES, type DraftLanguage } from '../../common/domain/language';
import type { Message } from '../../common/domain/message';
import { en } from '../../renderer/src/i18n/messages/en';

// Where main writes English itself (an error's message, the audit log, the command line), a
// message descriptor is formatted from the renderer's English catalog: each sentence exists once.

const formats = new Map<string, IntlMessageFormat>();
const catalog: Readonly<Record<string, string>> = en;

export function englishText(m: Message): string {
  let format = formats.get(m.id);
  if (!format) {
    const source = catalog[m.id];
    if (source === undefined) throw new Error(`No English message ${m.id}`);
    format = new IntlMessageFormat(source, 'en');
    formats.set(m.id, format);
  }
  const values = { ...m.values };
  // A draft language crosses as its tag (common/domain/message.ts); English names it in words.
  if (typeof values.language === 'string') values.language = LANGUAGE_NAMES[values.language as DraftLanguage]?.english ?? values.language;
  return String(format.format(values));
}
