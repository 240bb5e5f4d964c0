import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en } from '../../renderer/src/i18n/messages/en';

/** A screen rendered on its own, with the English catalog the app's language provider would give it. */
export function withIntl(ui: ReactNode) {
  return (
    <IntlProvider locale="en" defaultLocale="en" messages={en}>
      {ui}
    </IntlProvider>
  );
}
