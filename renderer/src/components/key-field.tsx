import type { ComponentProps } from 'react';
import { RECOVERY_KEY_MAX_INPUT } from '../../../common/vault/recovery-key';
import { Field } from './field';

/**
 * A field for typing a recovery or travel key: monospaced, upper case, and nothing the
 * browser might remember, autocorrect or spell-check, since the key is a secret.
 */
export function KeyField(props: Omit<ComponentProps<typeof Field>, 'inputClassName'>) {
  return (
    <Field
      inputClassName="input-mono"
      maxLength={RECOVERY_KEY_MAX_INPUT}
      autoComplete="off"
      autoCapitalize="characters"
      autoCorrect="off"
      spellCheck={false}
      {...props}
    />
  );
}
