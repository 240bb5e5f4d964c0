import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { Message } from '../../../common/domain/message';
import type { MessageId } from './messages';
import { activeLocale, translate } from './translate';

// A message descriptor made by common/ or main/ (a checklist reason, a leak finding), formatted
// from the catalogs in the interface language. tests/unit/message-catalogs.test.ts checks that
// every id common/ and main/ use is in both catalogs.

export function useMessage(): (m: Message) => string {
  const intl = useIntl();
  return useCallback((m: Message) => intl.formatMessage({ id: m.id as MessageId }, valuesOf(m, intl.locale)), [intl]);
}

/** Outside a component, in the language the provider last rendered with. */
export function translateMessage(m: Message): string {
  return translate(m.id as MessageId, valuesOf(m, activeLocale()));
}

// A draft language crosses as its tag ('ko', 'zh-Hans'): named here in the interface language.
function valuesOf(m: Message, locale: string): Message['values'] {
  const language = m.values?.language;
  if (typeof language !== 'string') return m.values;
  return { ...m.values, language: new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language };
}
