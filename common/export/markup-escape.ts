// Escaping shared by the HTML and NITF serializers: text and attribute values that can hold
// anything a reporter typed, and nothing that would make the file malformed.

// Characters XML 1.0 forbids (and HTML treats as parse errors): C0 controls but tab and line
// feed, lone surrogates, U+FFFE and U+FFFF. Carriage returns are dropped too: lines end in \n.
const NOT_ALLOWED = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(NOT_ALLOWED, '');
}

export function escapeText(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/[\t\n]/g, ' ');
}
