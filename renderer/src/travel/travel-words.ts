import type { SealedTo } from '../../../common/domain/travel';
import { plural } from '../library/names';

// Words the travel screens share.

export const KEY_NAME: Record<SealedTo, string> = { 'recovery-key': 'recovery key', 'travel-key': 'travel key' };
export const reviewCopies = (count: number) => plural(count, 'review copy', 'review copies');
