import { CardScreen } from '../components/card-screen';
import { ScreenHeading } from '../components/screen-heading';

export function StartupErrorScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <CardScreen>
      <ScreenHeading>Shieldnote could not start</ScreenHeading>
      <p role="alert" className="form-error">
        {message}
      </p>
      <p className="lead">Your vault has not been changed. Try again, or restart Shieldnote.</p>
      <button type="button" className="button button-primary button-block" onClick={onRetry}>
        Try again
      </button>
    </CardScreen>
  );
}
