import { parseRecoveryKey } from '../../../common/vault/recovery-key';
import { translate } from '../i18n/translate';

/**
 * Explains locally what is wrong with a typed recovery key, before asking main. The key carries
 * a check byte, so a typo can be told apart from a key that belongs to another vault.
 */
export function recoveryKeyProblem(text: string): string | null {
  if (text.trim() === '') return translate('recoveryKey.problem.empty');
  const parsed = parseRecoveryKey(text);
  if (parsed.ok) return null;
  switch (parsed.reason) {
    case 'length':
      return translate('recoveryKey.problem.length');
    case 'character':
      return translate('recoveryKey.problem.character');
    case 'checksum':
      return translate('recoveryKey.problem.checksum');
  }
}
