import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StrengthMeter } from '../../renderer/src/components/strength-meter';
import { assessPassphrase } from '../../common/vault/passphrase-strength';
import { renderApp } from './render-app';

describe('passphrase strength meter', () => {
  it('updates as the passphrase is typed', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    const meter = screen.getByRole('meter', { name: 'Passphrase strength' });
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('4');

    const field = screen.getByLabelText('Passphrase');
    await user.type(field, 'maple');
    expect(meter.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('Very weak')).toBeTruthy();
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();

    await user.type(field, ' lantern orbit correct');
    expect(meter.getAttribute('aria-valuenow')).toBe('4');
    expect(screen.getByText('Very strong')).toBeTruthy();
    expect(screen.queryByText('Use at least 12 characters.')).toBeNull();
  });

  it('shows the feedback for a well-known password', () => {
    render(<StrengthMeter assessment={assessPassphrase('password1234')} labelId="l" feedbackId="f" />);
    expect(screen.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuetext')).toBe('Very weak');
    expect(screen.getByText('Avoid well-known passwords such as “password”.')).toBeTruthy();
  });

  it('does not judge an empty passphrase', () => {
    render(<StrengthMeter assessment={null} labelId="l" feedbackId="f" />);
    expect(screen.getByText('Not entered yet')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
