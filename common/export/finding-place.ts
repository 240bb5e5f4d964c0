// Where an export-gate finding is, in words: the app and the CLI say it the same way.

const FIELDS: Record<string, string> = { title: 'the title', dateline: 'the dateline', byline: 'the byline', body: 'the story' };

export function findingPlace(field: string): string {
  if (FIELDS[field]) return `In ${FIELDS[field]}`;
  let m = /^body block (\S+)$/.exec(field);
  if (m) return `In the story, block ${m[1]!.replace(/\.$/, '')}`;
  m = /^link in block (\S+)$/.exec(field);
  if (m) return `In a link, block ${m[1]!.replace(/\.$/, '')}`;
  m = /^image (\d+) (file name|caption|credit|alt text)$/.exec(field);
  if (m) return `In image ${m[1]}’s ${m[2]}`;
  m = /^file name (.+)$/.exec(field);
  if (m) return `In the file name ${m[1]}`;
  m = /^file (.+?)(?: \(as read\))?$/.exec(field);
  if (m) return `In the exported file ${m[1]}`;
  return `In ${field}`;
}
