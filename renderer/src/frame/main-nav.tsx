import type { FramePage } from './routes';

const ITEMS: { page: FramePage; label: string }[] = [
  { page: 'overview', label: 'Overview' },
  { page: 'drafts', label: 'Drafts' },
  { page: 'sources', label: 'Sources' },
  { page: 'statements', label: 'Statements' },
  { page: 'search', label: 'Search' },
  // People and review packages
  { page: 'people', label: 'People' },
  { page: 'audit', label: 'Audit log' },
  { page: 'settings', label: 'Vault settings' },
  { page: 'travel', label: 'Travel mode' },
  // Backups
  { page: 'backups', label: 'Backups' },
];

export function MainNav({ page, onNavigate }: { page: FramePage; onNavigate: (page: FramePage) => void }) {
  return (
    <nav aria-label="Main" className="frame-nav">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.page}>
            <button
              type="button"
              className="nav-item"
              aria-current={item.page === page ? 'page' : undefined}
              onClick={() => onNavigate(item.page)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
