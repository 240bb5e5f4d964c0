import { InterfaceLanguageProvider } from '../i18n/interface-language';
import { LoadingScreen } from '../screens/loading-screen';
import { StartupErrorScreen } from '../screens/startup-error-screen';
import { useVaultStatus } from './use-vault-status';
import { VaultSession } from './vault-session';

export function App() {
  return (
    <InterfaceLanguageProvider>
      <AppScreens />
    </InterfaceLanguageProvider>
  );
}

function AppScreens() {
  const { state, applyStatus, retry } = useVaultStatus();
  switch (state.phase) {
    case 'loading':
      return <LoadingScreen />;
    case 'failed':
      return <StartupErrorScreen message={state.message} onRetry={retry} />;
    case 'ready':
      return <VaultSession key={state.session} status={state.status} onStatus={applyStatus} />;
  }
}
