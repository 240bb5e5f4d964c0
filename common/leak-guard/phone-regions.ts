import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

// Which regions a phone number written in national format ("010-1234-5678", "138 0411 2233")
// may belong to, so the leak scanner also knows it as "+82 10 1234 5678" or "0086 138…". Three
// hints: the number itself (a mobile number valid in a region the desk covers), the place in the
// source's label, and the regions the newsroom lists in its vault settings. Main imports this
// (full metadata); the scanner itself only reads the regions it is given.

/** Regions a national number is tried in when nothing else says where it is from. */
const INFERRED_FROM = ['KR', 'KP', 'CN', 'HK', 'MO', 'TW', 'JP', 'MN', 'RU', 'US', 'GB', 'DE', 'FR', 'IN', 'VN', 'TH', 'PH', 'ID', 'MY', 'SG', 'AU', 'UA', 'TR'] as const;

const cache = new Map<string, string[]>();

/** Regions where the number, as written, is a valid mobile number (full metadata). */
export function regionsOfNumber(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) return [];
  const known = cache.get(trimmed);
  if (known) return known;
  const regions = INFERRED_FROM.filter((region) => {
    const parsed = parsePhoneNumberFromString(trimmed, region);
    return !!parsed?.isValid() && /MOBILE/.test(parsed.getType() ?? '');
  });
  if (cache.size < 5_000) cache.set(trimmed, regions);
  return regions;
}

// Places a label may name, by region. Lower case; matched as whole words.
const PLACES: [string, readonly string[]][] = [
  ['KR', ['south korea', 'south korean', 'seoul', 'busan', 'incheon']],
  ['KP', ['north korea', 'north korean', 'pyongyang', 'sinuiju', 'hyesan', 'rason', 'chongjin']],
  ['CN', ['china', 'chinese', 'beijing', 'shanghai', 'dandong', 'yanji', 'hunchun', 'shenyang', 'jilin', 'liaoning', 'guangzhou', 'shenzhen']],
  ['HK', ['hong kong']],
  ['TW', ['taiwan', 'taiwanese', 'taipei']],
  ['JP', ['japan', 'japanese', 'tokyo', 'osaka']],
  ['MN', ['mongolia', 'mongolian', 'ulaanbaatar']],
  ['RU', ['russia', 'russian', 'moscow', 'vladivostok']],
  ['US', ['united states', 'american', 'washington', 'new york']],
  ['GB', ['britain', 'british', 'united kingdom', 'london']],
  ['DE', ['germany', 'german', 'berlin']],
  ['FR', ['france', 'french', 'paris']],
  ['VN', ['vietnam', 'vietnamese', 'hanoi']],
  ['TH', ['thailand', 'thai', 'bangkok']],
];

/** Regions a label's words name ("a trader based in Dandong" → CN). "Korea(n)" alone means both Koreas. */
export function regionsOfPlace(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out = PLACES.filter(([, names]) => names.some((name) => lower.includes(` ${name} `))).map(([region]) => region);
  if (/ korean? /.test(lower) && !out.includes('KR') && !out.includes('KP')) out.push('KR', 'KP');
  return out;
}

/** Only region codes libphonenumber knows: the vault setting's schema uses this too. */
export function isPhoneRegion(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/** Every region a source's national-format phone is read in, most specific first. */
export function phoneRegionsFor(value: string, labelText: string, newsroom: readonly string[]): string[] {
  return [...new Set([...regionsOfNumber(value), ...regionsOfPlace(labelText), ...newsroom.filter(isPhoneRegion)])];
}
