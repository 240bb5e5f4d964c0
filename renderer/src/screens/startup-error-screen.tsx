import { CardScreen } from '../components/card-screen';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';

export function StartupErrorScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <CardScreen>
      <ScreenHeading>{t('screens.startup.title')}</ScreenHeading>
      <p role="alert" className="form-error">
        {message}
      </p>
      <p className="lead">{t('screens.startup.lead')}</p>
      <button type="button" className="button button-primary button-block" onClick={onRetry}>
        {t('library.retry')}
      </button>
    </CardScreen>
  );
}
