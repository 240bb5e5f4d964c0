import { RELIABILITY_LABELS, poolSizeText, type Source } from '../../../common/domain/source';

/** A source's reliability and pool size, as two rows of a facts list (`<dl>`). */
export function ReliabilityFacts({ source }: { source: Pick<Source, 'reliability' | 'poolSize'> }) {
  return (
    <>
      <div>
        <dt>Reliability</dt>
        <dd>{RELIABILITY_LABELS[source.reliability]}</dd>
      </div>
      <div>
        <dt>Pool size</dt>
        <dd>{poolSizeText(source.poolSize)}</dd>
      </div>
    </>
  );
}
