/** Shortens long paths in the middle: the end of a path (the folder itself) says the most. */
export function truncateMiddle(text: string, max = 48): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.floor(keep * 0.4);
  const tail = keep - head;
  return `${text.slice(0, head)}…${text.slice(text.length - tail)}`;
}

export function folderName(path: string): string {
  return path.split(/[\\/]+/).filter(Boolean).at(-1) ?? path;
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'Unknown';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'Unknown';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat().format(Math.round(value));
}
