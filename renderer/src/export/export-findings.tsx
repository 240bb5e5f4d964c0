import type { RefObject } from 'react';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import { termKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { useMessage } from '../i18n/use-message';

const SEVERITY: Record<string, MessageId> = { high: 'editor.leaks.severity.high', medium: 'editor.leaks.severity.medium', low: 'editor.leaks.severity.low' };
const SEPARATOR = ' · ';
const SPACE = ' ';
const FIELDS: Record<string, MessageId> = { title: 'export.place.title', dateline: 'export.place.dateline', byline: 'export.place.byline', body: 'export.place.body' };
const IMAGE_PARTS: Record<string, MessageId> = { 'file name': 'export.place.imagePart.fileName', caption: 'export.place.imagePart.caption', credit: 'export.place.imagePart.credit', 'alt text': 'export.place.imagePart.alt' };

/** Where a finding is, in the interface language (common/export/finding-place.ts says it in English for the CLI). */
function findingPlace(field: string): string {
  if (FIELDS[field]) return translate(FIELDS[field]);
  let m = /^body block (\S+)$/.exec(field);
  if (m) return translate('export.place.block', { block: m[1]!.replace(/\.$/, '') });
  m = /^link in block (\S+)$/.exec(field);
  if (m) return translate('export.place.link', { block: m[1]!.replace(/\.$/, '') });
  m = /^image (\d+) (file name|caption|credit|alt text)$/.exec(field);
  if (m) return translate('export.place.image', { number: m[1]!, part: translate(IMAGE_PARTS[m[2]!]!) });
  m = /^file name (.+)$/.exec(field);
  if (m) return translate('export.place.fileName', { name: m[1]! });
  m = /^file (.+?)(?: \(as read\))?$/.exec(field);
  if (m) return translate('export.place.file', { name: m[1]! });
  return translate('export.place.other', { field });
}

/** The gate's findings on an export, as the leak panel shows a draft's: what, where, whose label. */
interface ExportFindingsProps {
  findings: LeakReportFinding[];
  headingId: string;
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

export function ExportFindings({ findings, headingId, title, headingRef }: ExportFindingsProps) {
  const t = useT();
  const tm = useMessage();
  return (
    <>
      <h2 ref={headingRef} id={headingId} className="panel-title" tabIndex={-1}>
        {title}
      </h2>
      <ul className="findings export-findings" aria-labelledby={headingId}>
        {findings.map((finding, index) => (
          <li key={`${finding.key}-${finding.field}-${index}`} className={`finding finding-${finding.severity}`}>
            <p className="finding-matched">
              <span className={`severity severity-${finding.severity}`}>{SEVERITY[finding.severity] ? t(SEVERITY[finding.severity]!) : finding.severity}</span>
              {SPACE}
              {t('export.findings.matched', { kind: termKindLabel(finding.termKind), text: finding.matched })}
            </p>
            <p className="finding-where">
              {findingPlace(finding.field)}
              {SEPARATOR}
              {finding.sourceLabel}
            </p>
            <p className="finding-advice">{tm(finding.advice)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
