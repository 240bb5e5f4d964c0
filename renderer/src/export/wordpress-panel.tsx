import type { DraftStatus } from '../../../common/domain/draft';

// Placeholder for the WordPress publish panel (owned by the WordPress work; rendered by the
// Export screen under its "Publish to WordPress" heading).

export interface WordPressPanelProps {
  draftId: string;
  draftStatus: DraftStatus;
  /** Called after a publish, so the Export screen can show the draft's new status. */
  onPublished?: () => void;
}

export function WordPressPanel(_props: WordPressPanelProps) {
  return null;
}
