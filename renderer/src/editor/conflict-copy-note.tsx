import { FormattedMessage, useIntl } from 'react-intl';
import type { DraftMeta } from '../../../common/domain/draft';
import { useT } from '../i18n/use-t';

/** In the editor of a conflicting copy: what it is a copy of, from which device, and when. */
export function ConflictCopyNote({ copy }: { copy: NonNullable<DraftMeta['conflictCopy']> }) {
  const t = useT();
  const intl = useIntl();
  const at = new Date(copy.savedAt);
  const time = Number.isNaN(at.getTime()) ? copy.savedAt : intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="conflict-copy-note" role="note">
      <FormattedMessage
        id="editor.conflictCopy.note"
        values={{
          b: (chunks) => <strong>{chunks}</strong>,
          title: copy.ofTitle.trim() || t('merge.untitled'),
          device: t('merge.device', { device: copy.device ? copy.device.slice(0, 8) : 'none' }),
          time,
        }}
      />
    </p>
  );
}
