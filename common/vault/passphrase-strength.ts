// A conservative strength estimate for the create-vault form and main's own check.
// Estimates guessing entropy in bits; it under-rates rather than flatters.

export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;
export const PASSPHRASE_MIN_BITS = 50;

export type StrengthLabel = 'very weak' | 'weak' | 'fair' | 'strong' | 'very strong';

export interface PassphraseAssessment {
  bits: number;
  score: 0 | 1 | 2 | 3 | 4;
  label: StrengthLabel;
  acceptable: boolean;
  feedback: string[];
}

// Passwords that top every breach list; any passphrase built around one is rated as its rest.
const COMMON = [
  'password', 'passphrase', 'qwerty', 'letmein', 'welcome', 'dragon', 'monkey', 'iloveyou',
  'admin', 'secret', 'shieldnote', 'sunshine', 'football', 'baseball', 'master', 'abc123',
  'trustno1', 'azerty', 'correcthorsebatterystaple', '123456', '12345678', '1234567890',
];

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiopasdfghjklzxcvbnm'];

function charPoolBits(s: string): number {
  let pool = 0;
  if (/[a-z]/.test(s)) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (/[0-9]/.test(s)) pool += 10;
  if (/[^A-Za-z0-9\s]/.test(s)) pool += 33;
  if (/\s/.test(s)) pool += 1;
  if (/[^\u0000-\u007f]/.test(s)) pool += 100;
  return pool === 0 ? 0 : Math.log2(pool);
}

/** Counts characters that add little: repeats of the previous char and runs of a keyboard/alphabet sequence. */
function predictableChars(s: string): number {
  const lower = s.toLowerCase();
  let predictable = 0;
  for (let i = 1; i < lower.length; i++) {
    const pair = lower.slice(i - 1, i + 1);
    if (lower[i] === lower[i - 1] || SEQUENCES.some((seq) => seq.includes(pair))) predictable++;
  }
  return predictable;
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const feedback: string[] = [];
  let text = passphrase.normalize('NFKC');
  const lower = text.toLowerCase();
  for (const word of COMMON) {
    if (lower.includes(word)) {
      feedback.push(`Avoid well-known passwords such as “${word}”.`);
      text = text.slice(0, lower.indexOf(word)) + text.slice(lower.indexOf(word) + word.length);
      break;
    }
  }
  const chars = [...text];
  const predictable = predictableChars(text);
  const effectiveChars = Math.max(0, chars.length - predictable * 0.75);
  const charBits = effectiveChars * charPoolBits(text);

  // A passphrase of several words is rated per word (a ~7,776-word list gives 12.9 bits; we use 11).
  const words = passphrase.trim().split(/[\s\-_.,;:]+/).filter((w) => w.length >= 3);
  const uniqueWords = new Set(words.map((w) => w.toLowerCase())).size;
  const wordBits = uniqueWords >= 3 ? uniqueWords * 11 : 0;

  const bits = Math.round(Math.min(charBits, Math.max(wordBits, charBits * 0.6)));
  const score = (bits < 28 ? 0 : bits < 40 ? 1 : bits < PASSPHRASE_MIN_BITS ? 2 : bits < 70 ? 3 : 4) as PassphraseAssessment['score'];
  const labels: StrengthLabel[] = ['very weak', 'weak', 'fair', 'strong', 'very strong'];

  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    feedback.push(`Use at least ${PASSPHRASE_MIN_LENGTH} characters.`);
  }
  if (predictable > chars.length / 3) feedback.push('Avoid repeated characters and keyboard runs.');
  if (score < 3 && uniqueWords < 4) feedback.push('Four or more unrelated words make a strong, memorable passphrase.');

  const acceptable = passphrase.length >= PASSPHRASE_MIN_LENGTH && bits >= PASSPHRASE_MIN_BITS;
  return { bits, score, label: labels[score] ?? 'very weak', acceptable, feedback };
}
