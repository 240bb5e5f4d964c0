import type { enExport } from '../en/export';

export const koExport: Record<keyof typeof enExport, string> = {
};
