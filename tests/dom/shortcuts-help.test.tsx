import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../common/domain/review';
import { DEFAULT_PATH } from './fake-api';
import { renderApp } from './render-app';

const unlocked = { unlocked: true, vaults: { [DEFAULT_PATH]: { name: 'Sources', passphrase: 'correct maple lantern orbit' } } };

describe('shortcut sheet and Help page', () => {
  it('Ctrl+/ lists the shortcuts the app answers to, and Escape gives focus back', async () => {
    renderApp(unlocked);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.keyDown(heading, { key: '/', code: 'Slash', ctrlKey: true });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const anywhere = within(sheet).getByRole('region', { name: 'Anywhere' });
    expect(within(anywhere).getByRole('row', { name: /Lock the vault/ }).textContent).toContain('Ctrl+L');
    expect(within(sheet).getByRole('row', { name: /Insert a citation/ }).textContent).toContain('Ctrl+K');
    expect(within(sheet).getByRole('region', { name: 'Reviewing: the list of citations' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(heading);
  });

  it('the Help page explains each checklist item and each finding kind', async () => {
    renderApp(unlocked);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    fireEvent.click(within(nav).getByRole('button', { name: 'Help' }));
    await screen.findByRole('heading', { level: 1, name: 'Help' });
    const checklist = screen.getByRole('region', { name: 'The review checklist' });
    expect(within(checklist).getAllByRole('term')).toHaveLength(CHECKLIST_ITEMS.length);
    expect(within(checklist).getByText(/^11\. Jigsaw risk/)).toBeTruthy();
    const findings = screen.getByRole('region', { name: 'What the leak guard finds' });
    expect(within(findings).getByText(/^A phone number:/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts…' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
