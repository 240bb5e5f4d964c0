import type { Source } from '../../../common/domain/source';
import { useT } from '../i18n/use-t';

/** A source's reliability and pool size, as two rows of a facts list (`<dl>`). */
export function ReliabilityFacts({ source }: { source: Pick<Source, 'reliability' | 'poolSize'> }) {
  const t = useT();
  return (
    <>
      <div>
        <dt>{t('sources.fact.reliability')}</dt>
        <dd>{t(`sources.reliability.${source.reliability}`)}</dd>
      </div>
      <div>
        <dt>{t('sources.fact.poolSize')}</dt>
        <dd>{source.poolSize === null ? t('sources.pool.notEstimated') : t('sources.pool.about', { count: source.poolSize })}</dd>
      </div>
    </>
  );
}
