import type { DraftMeta } from '../../../common/domain/draft';

/** In the editor of a conflicting copy: what it is a copy of, from which device, and when. */
export function ConflictCopyNote({ copy }: { copy: NonNullable<DraftMeta['conflictCopy']> }) {
  const at = new Date(copy.savedAt);
  const when = Number.isNaN(at.getTime()) ? copy.savedAt : at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const device = copy.device ? `device ${copy.device.slice(0, 8)}` : 'another device';
  return (
    <p className="conflict-copy-note" role="note">
      <strong>Conflicting copy.</strong> This is the text of “{copy.ofTitle.trim() || 'Untitled draft'}” that {device} saved at {when}, while
      the same draft was changed elsewhere. The later text stays in the original draft; compare the two and keep what you need.
    </p>
  );
}
