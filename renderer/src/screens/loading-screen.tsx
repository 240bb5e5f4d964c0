import { useT } from '../i18n/use-t';
export function LoadingScreen() {
  const t = useT();
  return (
    <main className="card-screen">
      <p role="status" className="loading">
        {t('screens.loading')}
      </p>
    </main>
  );
}
