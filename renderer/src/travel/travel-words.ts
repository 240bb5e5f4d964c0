import type { SealedTo } from '../../../common/domain/travel';
import { translate } from '../i18n/translate';

// Words the travel screens share.

/** "recovery key" / "travel key", lower case as it sits inside a sentence. */
export const keyName = (sealedTo: SealedTo): string => translate(`travel.keyName.${sealedTo}`);

/** A recovery-key check's message, said of the key this step asks for. */
export function keyProblem(problem: string, sealedTo: SealedTo): string {
  return problem.replaceAll(keyName('recovery-key'), keyName(sealedTo));
}
