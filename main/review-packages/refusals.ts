import { ShieldnoteError, type ErrorCode } from '../../common/api/errors';

// Why a review package or a response was refused. The reason is stable (tests, audit log); the
// message is what the user reads. Nothing in the vault changes on a refusal except its audit line.

export const REFUSAL_REASONS = {
  NOT_A_PACKAGE: { code: 'VALIDATION', message: 'This file is not a Shieldnote review package.' },
  UNSUPPORTED: { code: 'VALIDATION', message: 'This package was made by a newer version of Shieldnote. Update Shieldnote to open it.' },
  WRONG_KIND_PACKAGE: { code: 'VALIDATION', message: 'This file holds an editor’s decisions (.snresponse), not a draft for review. Use “Import decisions…” instead.' },
  WRONG_KIND_RESPONSE: { code: 'VALIDATION', message: 'This file is a draft sent for review (.snreview), not an editor’s decisions. Use “Import review package…” instead.' },
  WRONG_RECIPIENT: { code: 'FORBIDDEN', message: 'This package was sealed for someone else, not for your keys. Ask the sender to send it to you, choosing you as the recipient.' },
  TAMPERED: { code: 'FORBIDDEN', message: 'This package has been changed or damaged since it was sealed, so it cannot be trusted. Ask the sender for a fresh copy.' },
  UNKNOWN_SIGNER: { code: 'FORBIDDEN', message: 'This package is signed by a key that is not in your contacts. Add the sender under People (and compare fingerprints) before importing.' },
  SIGNER_NOT_EDITOR: { code: 'FORBIDDEN', message: 'These decisions are signed by a contact who is not an editor. Only an editor’s decisions can be imported.' },
  REPLAYED: { code: 'CONFLICT', message: 'This package was imported already. Each package can be imported once; ask the sender for a new one if something changed.' },
  NOT_SENT: { code: 'CONFLICT', message: 'These decisions answer a review package that this vault never sent. Nothing was imported.' },
  ALREADY_ANSWERED: { code: 'CONFLICT', message: 'Decisions for this review package were imported already. A package is answered once; send the draft for review again to get new decisions.' },
  DRAFT_CHANGED: { code: 'CONFLICT', message: 'The draft changed after it was sent for review, so these decisions may not fit it any more. Nothing was imported; send the current draft for review again.' },
  DRAFT_GONE: { code: 'NOT_FOUND', message: 'The draft these decisions are for is no longer in this vault. Nothing was imported.' },
  WRONG_SENDER: { code: 'FORBIDDEN', message: 'These decisions are signed by a different editor from the one the draft was sent to. Nothing was imported.' },
} as const satisfies Record<string, { code: ErrorCode; message: string }>;

export type RefusalReason = keyof typeof REFUSAL_REASONS;

export class PackageRefusedError extends ShieldnoteError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason) {
    super(REFUSAL_REASONS[reason].code, REFUSAL_REASONS[reason].message);
    this.reason = reason;
  }
}

export function refuse(reason: RefusalReason): never {
  throw new PackageRefusedError(reason);
}
