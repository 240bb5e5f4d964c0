import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { renderApp } from './render-app';

describe('app start', () => {
  it('shows a loading state while the status is fetched', async () => {
    const { fake } = renderApp({ path: '/home/reporter/Shieldnote' });
    // getStatus resolves on a microtask, so the loading state is visible on the first render.
    expect(screen.getByRole('status').textContent).toBe('Opening Shieldnote…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your vault' })).toBeTruthy();
    expect(fake.callsTo('getStatus')).toHaveLength(1);
  });

  it('shows an error screen when the status cannot be read, and retries', async () => {
    const { user, fake } = (() => {
      const rendered = renderApp();
      rendered.fake.failNext('getStatus', 'IO', 'The vault folder could not be read.');
      return rendered;
    })();
    expect(await screen.findByRole('heading', { level: 1, name: 'Shieldnote could not start' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('The vault folder could not be read.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your vault' })).toBeTruthy();
    expect(fake.callsTo('getStatus')).toHaveLength(2);
  });

  it('explains when the bridge is missing', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Shieldnote could not start' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/secure core/);
  });
});
