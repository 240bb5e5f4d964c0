import type { ComponentProps } from 'react';
import { PASSPHRASE_MAX_LENGTH } from '../../../common/vault/passphrase-strength';
import { Field } from './field';

/** A field for the vault's current passphrase, hidden unless `reveal`, never spell-checked. */
export function PassphraseField({ reveal = false, ...props }: Omit<ComponentProps<typeof Field>, 'type'> & { reveal?: boolean }) {
  return <Field type={reveal ? 'text' : 'password'} maxLength={PASSPHRASE_MAX_LENGTH} autoComplete="current-password" spellCheck={false} {...props} />;
}
