import type { InterfaceLanguage } from '../../../common/api/interface-languages';
import { en, type MessageId } from './messages/en';
import { ko } from './messages/ko';

export type { MessageId };

export const CATALOGS: Record<InterfaceLanguage, Record<MessageId, string>> = { en, ko };

// Typed message ids for react-intl: formatMessage({ id }) and <FormattedMessage id> only accept
// keys of the English catalog.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
