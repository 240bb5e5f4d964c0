import { parseRecoveryKey } from '../../../common/vault/recovery-key';

/**
 * Explains locally what is wrong with a typed recovery key, before asking main. The key carries
 * a check byte, so a typo can be told apart from a key that belongs to another vault.
 */
export function recoveryKeyProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter the recovery key.';
  const parsed = parseRecoveryKey(text);
  if (parsed.ok) return null;
  switch (parsed.reason) {
    case 'length':
      return 'A recovery key has 40 letters and digits, in ten groups of four.';
    case 'character':
      return 'That contains a character recovery keys never use. Check it against your copy.';
    case 'checksum':
      return 'There is a typo in that recovery key. Check each group against your copy.';
  }
}
