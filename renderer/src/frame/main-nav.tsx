import type { FramePage } from './routes';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';

const ITEMS: { page: FramePage; label: MessageId }[] = [
  { page: 'overview', label: 'nav.overview' },
  { page: 'drafts', label: 'nav.drafts' },
  { page: 'sources', label: 'nav.sources' },
  { page: 'statements', label: 'nav.statements' },
  { page: 'search', label: 'nav.search' },
  // People and review packages
  { page: 'people', label: 'nav.people' },
  { page: 'audit', label: 'nav.audit' },
  { page: 'settings', label: 'nav.settings' },
  { page: 'travel', label: 'nav.travel' },
  // Backups
  { page: 'backups', label: 'nav.backups' },
];

export function MainNav({ page, onNavigate }: { page: FramePage; onNavigate: (page: FramePage) => void }) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')} className="frame-nav">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.page}>
            <button
              type="button"
              className="nav-item"
              aria-current={item.page === page ? 'page' : undefined}
              onClick={() => onNavigate(item.page)}
            >
              {t(item.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
