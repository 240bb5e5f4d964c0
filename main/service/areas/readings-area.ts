import type { InputOf, ResultOf } from '../../../common/api/contract';
import { readAcronymReadings, writeAcronymReadings } from '../../features/acronym-readings';
import type { ServiceContext } from '../service-context';

// How the vault says acronyms read as words, for Korean particles after labels (Vault settings).

export class ReadingsArea {
  constructor(private readonly ctx: ServiceContext) {}

  async getAcronymReadings(): Promise<ResultOf<'getAcronymReadings'>> {
    return readAcronymReadings(this.ctx.requireVault());
  }

  async saveAcronymReadings(input: InputOf<'saveAcronymReadings'>): Promise<ResultOf<'saveAcronymReadings'>> {
    return writeAcronymReadings(this.ctx.requireVault(), input);
  }
}
