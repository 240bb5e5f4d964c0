import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { installFakeApi, type FakeApiOptions } from './fake-api';

/** Installs a fake API, renders the whole app and returns a user to drive it. */
export function renderApp(options: FakeApiOptions = {}) {
  const fake = installFakeApi(options);
  const user = userEvent.setup();
  const view = render(<App />);
  return { fake, user, ...view };
}

export const STRONG_PASSPHRASE = 'correct maple lantern orbit';

/** True for a disabled control, including one inside a disabled fieldset. */
export function isDisabled(element: HTMLElement): boolean {
  return element.matches(':disabled');
}

export function valueOf(element: HTMLElement): string {
  return (element as HTMLInputElement).value;
}
