import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './messages';

type Values = Record<string, string | number | Date | null | undefined>;

/**
 * The one way screens get plain-text strings (labels, aria-labels, status messages):
 * `t('nav.drafts')`, `t('drafts.count', { count })`. Rich text with markup uses
 * react-intl's <FormattedMessage id=… values={{ b: (chunks) => <b>{chunks}</b> }} />.
 */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}
