import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
// The frame is a lazy chunk in the app; loaded here up front so tests wait for screens, not for a module transform.
import '../../renderer/src/frame/app-frame';
import { DEFAULT_PATH, installFakeApi, type FakeApiOptions } from './fake-api';
import type { FakeLibraryOptions } from './fake-library';

/** Installs a fake API, renders the whole app and returns a user to drive it. */
export function renderApp(options: FakeApiOptions = {}, { fakeTimers = false }: { fakeTimers?: boolean } = {}) {
  const fake = installFakeApi(options);
  // With fake timers the clock still runs, so promises and user-event keep moving; tests jump ahead.
  if (fakeTimers) vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup(fakeTimers ? { advanceTimers: vi.advanceTimersByTime } : {});
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

/** An unlocked vault named "Harbour" holding the given sources and statements, on its Overview. */
export async function renderUnlocked(library: FakeLibraryOptions = {}, extra: { fakeTimers?: boolean; clearsAfterSeconds?: number } = {}) {
  const rendered = renderApp(
    {
      unlocked: true,
      vaults: { [DEFAULT_PATH]: { name: 'Harbour', passphrase: STRONG_PASSPHRASE } },
      library,
      clearsAfterSeconds: extra.clearsAfterSeconds,
    },
    { fakeTimers: extra.fakeTimers },
  );
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  return rendered;
}

/** Clicks a main navigation item and waits for the page's heading. */
export async function goTo(user: ReturnType<typeof userEvent.setup>, page: 'Sources' | 'Statements' | 'Search' | 'Vault settings' | 'Desk') {
  await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: page }));
  return screen.findByRole('heading', { level: 1, name: page });
}

/** The frame's notification area. */
export function notices() {
  return screen.getByRole('region', { name: 'Notifications' });
}
