import type { DraftStatus } from '../../../common/domain/draft';
import type { ImportOrigin } from '../../../common/domain/import';
import type { IdentityTermKind } from '../../../common/domain/source';
import type { Channel, StatementKind } from '../../../common/domain/statement';
import type { DraftLanguage } from '../../../common/domain/language';
import { activeLocale, translate } from '../i18n/translate';

// The names of common/'s fixed kinds in the interface language. common/ keeps its English
// *_LABELS for main and the CLI; screens name the kinds through these.

export const statementKindLabel = (kind: StatementKind): string => translate(`kind.${kind}`);
export const channelLabel = (channel: Channel): string => translate(`channel.${channel}`);
export const termKindLabel = (kind: IdentityTermKind): string => translate(`term.${kind}`);
export const importOriginLabel = (origin: ImportOrigin): string => translate(`origin.${origin}`);
export const draftStatusLabel = (status: DraftStatus): string => translate(`draft.status.${status}`);
/** A draft language's name in the interface language (Korean, 영어); common/'s LANGUAGE_NAMES stay English for main. */
export const languageName = (language: DraftLanguage): string => new Intl.DisplayNames([activeLocale()], { type: 'language' }).of(language) ?? language;
