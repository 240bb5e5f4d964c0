import { useT } from '../i18n/use-t';
import { useOptionalLibrary } from '../library/library';

/**
 * The reporter's private nickname for a source, next to its label wherever the reporter picks
 * or checks a source (cite picker, what the story reveals, review). Nothing when there is none.
 */
export function PrivateNickname({ sourceId }: { sourceId: string }) {
  const t = useT();
  const nickname = useOptionalLibrary()?.sourceById.get(sourceId)?.nickname?.trim();
  if (!nickname) return null;
  return (
    <span className="private-nickname" title={t('sources.nickname.title')}>
      {t('sources.nickname.inline', { nickname })}
    </span>
  );
}
