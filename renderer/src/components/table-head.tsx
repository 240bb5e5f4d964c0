import { useT } from '../i18n/use-t';
// The head row of a list table.

export interface TableColumn {
  label: string;
  /** Right-aligned, like the numbers under it. */
  numeric?: boolean;
}

interface TableHeadProps {
  columns: readonly (string | TableColumn)[];
  /** A last column for each row's buttons: named for screen readers, blank on screen. */
  actions?: boolean;
}

export function TableHead({ columns, actions = false }: TableHeadProps) {
  const t = useT();
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column;
          return (
            <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
              {label}
            </th>
          );
        })}
        {actions ? (
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
