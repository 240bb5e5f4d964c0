import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// Files an import test needs, made here: Word documents built with the `docx` library (one then
// edited to carry comments, tracked changes and author metadata), a Telegram Desktop
// result.json, and WhatsApp "Export chat" text as two phone locales write it.

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

export async function interviewDocx(options: { image?: boolean } = {}): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Interview, Dandong market')] }),
          new Paragraph({ children: [new TextRun({ text: 'Q:', bold: true }), new TextRun(' How did prices move this spring?')] }),
          new Paragraph({ children: [new TextRun({ text: 'Trader:', bold: true }), new TextRun(' Rice doubled in two weeks. Call me on +86 138 0411 2233 if it moves again.')] }),
          new Paragraph({ children: [new TextRun('The boats come at night, mostly after ten.')] }),
          ...(options.image ? [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] })] : []),
          new Paragraph({ children: [new TextRun({ text: 'Q:', bold: true }), new TextRun(' Who buys?')] }),
          new Paragraph({ children: [new TextRun({ text: 'Trader:', bold: true }), new TextRun(' Traders from Sinuiju. See '), new ExternalHyperlink({ link: 'https://example.org/prices', children: [new TextRun({ text: 'the price list', style: 'Hyperlink' })] }), new TextRun('.')] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

const COMMENTS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:comment w:id="0" w:author="Jane Editor" w:initials="JE"><w:p><w:r><w:t>Is this the same trader as in March?</w:t></w:r></w:p></w:comment></w:comments>';

/** The same document as an editor leaves it: a comment, tracked changes, and who wrote it where. */
export function withReviewMarks(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  let document = strFromU8(parts['word/document.xml']!);
  document = document.replace(
    '<w:t xml:space="preserve">The boats come at night, mostly after ten.</w:t></w:r>',
    '<w:t xml:space="preserve">The boats come at night, </w:t></w:r>' +
      '<w:del w:id="91" w:author="Jane Editor" w:date="2024-05-01T10:00:00Z"><w:r><w:delText>mostly after ten.</w:delText></w:r></w:del>' +
      '<w:ins w:id="92" w:author="Jane Editor" w:date="2024-05-01T10:00:00Z"><w:r><w:t>always before dawn.</w:t></w:r></w:ins>' +
      '<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
  );
  parts['word/document.xml'] = strToU8(document);
  parts['word/comments.xml'] = strToU8(COMMENTS_XML);
  const rels = strFromU8(parts['word/_rels/document.xml.rels']!).replace(
    '</Relationships>',
    '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
  );
  parts['word/_rels/document.xml.rels'] = strToU8(rels);
  const types = strFromU8(parts['[Content_Types].xml']!).replace(
    '</Types>',
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
  );
  parts['[Content_Types].xml'] = strToU8(types);
  parts['docProps/core.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<dc:creator>Kim Reporter</dc:creator><cp:lastModifiedBy>Jane Editor</cp:lastModifiedBy><cp:revision>7</cp:revision></cp:coreProperties>',
  );
  parts['docProps/app.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>C:\\Users\\kim\\Templates\\Desk.dotm</Template><Company>Daily Ledger</Company></Properties>',
  );
  return zipSync(parts);
}

/** A zip that inflates ~1000:1: 20 MB of zeros named like a Word part. */
export function zipBomb(): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
}

export interface TelegramOptions {
  messages?: number;
}

/** Telegram Desktop's result.json of one personal chat; every third message is the reporter's. */
export function telegramExport(options: TelegramOptions = {}): object {
  const count = options.messages ?? 6;
  const messages = Array.from({ length: count }, (_, i) => {
    const mine = i % 3 === 2;
    const day = String((i % 28) + 1).padStart(2, '0');
    const base = { id: i + 1, type: 'message', date: `2024-03-${day}T10:${String(i % 60).padStart(2, '0')}:00`, date_unixtime: String(1709287200 + i * 60) };
    if (mine) return { ...base, from: 'Kim Reporter', from_id: 'user1000', text: `Thanks, noted (${i}).` };
    const text = i === 0 ? ['Call me on ', { type: 'phone', text: '+86 138 0411 2233' }, ' or write to ', { type: 'mention', text: '@liuzh_dd' }] : `Rice went up again today, lot ${i}.`;
    return { ...base, from: 'Liu', from_id: 'user4242', text, ...(i === 1 ? { photo: 'photos/photo_1@01-03-2024_10-01-00.jpg', width: 1, height: 1 } : {}) };
  });
  return { name: 'Liu', type: 'personal_chat', id: 4242, messages: [{ id: 0, type: 'service', date: '2024-03-01T09:00:00', actor: 'Liu', action: 'phone_call' }, ...messages] };
}

/** WhatsApp "Export chat" text: iOS in the US (M/D/YY, 12-hour) or Android in Germany (DD.MM.YY). */
export function whatsAppText(locale: 'en-US' | 'de-DE'): string {
  if (locale === 'en-US') {
    return [
      '[3/14/24, 9:05:12 PM] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
      '[3/14/24, 9:05:12 PM] +86 138 0411 2233: The boats left at ten.',
      'Three of them, all full.',
      '[3/14/24, 9:06:40 PM] Kim Reporter: Which pier?',
      '[3/15/24, 7:01:02 AM] +86 138 0411 2233: ‎<attached: 00000012-PHOTO-2024-03-15-07-01-02.jpg>',
      '[3/15/24, 7:02:00 AM] +86 138 0411 2233: The north one, by the customs shed.',
    ].join('\n');
  }
  return [
    '15.03.24, 21:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.',
    '15.03.24, 21:05 - Liu: Die Boote sind um zehn los.',
    '15.03.24, 21:06 - Kim Reporter: Welcher Pier?',
    '16.03.24, 07:01 - Liu: <Medien ausgeschlossen>',
    '16.03.24, 07:02 - Liu: Der nördliche, am Zollschuppen. Schreib mir an @liuzh_dd',
  ].join('\n');
}
