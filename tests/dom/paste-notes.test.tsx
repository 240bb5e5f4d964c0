import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from './fake-library';
import { goTo, notices, renderUnlocked } from './render-app';

const KIM = fakeId(1);
const PAK = fakeId(2);
const sources = [
  // A source whose label happens to contain a speaker's name is still never matched by name.
  { id: KIM, label: { noun: 'official', qualifier: 'in Dandong' }, identity: [{ kind: 'name' as const, value: 'Kim', isPublic: false }] },
  { id: PAK, label: { noun: 'trader', qualifier: 'based in Sinuiju' } },
];

const NOTES = `Interview at the market, 3 May.

Kim: The trucks cross at night.
Always after two.

Q: How many?

Kim: About twenty a week.

Pak: I only buy from them.`;

async function openPaste() {
  const rendered = await renderUnlocked({ sources });
  await goTo(rendered.user, 'Statements');
  await rendered.user.click(screen.getByRole('button', { name: 'Paste interview notes…' }));
  await screen.findByRole('heading', { level: 1, name: 'Paste interview notes' });
  return rendered;
}

describe('paste interview notes', () => {
  it('splits by speaker and saves only included statements of mapped speakers', async () => {
    const { user, fake } = await openPaste();
    await user.click(screen.getByLabelText('Interview notes'));
    await user.paste(NOTES);
    expect(screen.getByRole('radio', { name: 'Automatic' })).toHaveProperty('checked', true);
    expect(screen.getByText('Speakers found: splitting by speaker.')).toBeTruthy();

    const found = screen.getByRole('list', { name: 'Statements found' });
    const groups = within(found).getAllByRole('group');
    expect(groups.map((group) => within(group).getByText(/^(Speaker: |No speaker)/).textContent)).toEqual([
      'No speaker',
      'Speaker: Kim',
      'Speaker: Q',
      'Speaker: Kim',
      'Speaker: Pak',
    ]);
    expect((within(groups[1]!).getByLabelText('Text') as HTMLTextAreaElement).value).toBe('The trucks cross at night.\nAlways after two.');

    // No speaker is matched automatically: everything starts as "Skip".
    const speakers = screen.getByRole('region', { name: 'Speakers' });
    for (const label of ['Source for Kim', 'Source for Q', 'Source for Pak', 'Source for lines with no speaker']) {
      expect((within(speakers).getByLabelText(label) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Skip (not a source)');
    }
    const save = screen.getByRole('button', { name: /^Save \d+ statements?$/ });
    expect(save.textContent).toBe('Save 0 statements');
    expect(save.matches(':disabled')).toBe(true);

    await user.selectOptions(within(speakers).getByLabelText('Source for Kim'), 'an official in Dandong');
    await user.selectOptions(within(speakers).getByLabelText('Source for Pak'), 'a trader based in Sinuiju');
    expect(save.textContent).toBe('Save 3 statements');

    // Leave one out and correct another.
    await user.click(within(screen.getByRole('group', { name: 'Statement 5' })).getByRole('checkbox', { name: 'Include' }));
    const fourth = within(screen.getByRole('group', { name: 'Statement 4' })).getByLabelText('Text');
    await user.clear(fourth);
    await user.type(fourth, 'About twenty trucks a week.');
    expect(save.textContent).toBe('Save 2 statements');

    await user.click(screen.getByRole('radio', { name: 'Paraphrase' }));
    await user.type(screen.getByLabelText('Tags'), 'trucks');
    expect(fake.callsTo('saveStatements')).toHaveLength(0);
    await user.click(save);

    await screen.findByRole('heading', { level: 1, name: 'Statements' });
    expect(fake.callsTo('saveStatements')).toHaveLength(1);
    expect(fake.callsTo('saveStatements')[0]?.input).toEqual({
      statements: [
        { sourceId: KIM, text: 'The trucks cross at night.\nAlways after two.', kind: 'paraphrase', saidOn: null, channel: 'in-person', notes: '', tags: ['trucks'] },
        { sourceId: KIM, text: 'About twenty trucks a week.', kind: 'paraphrase', saidOn: null, channel: 'in-person', notes: '', tags: ['trucks'] },
      ],
    });
    expect(within(notices()).getByText('2 statements saved.')).toBeTruthy();
    expect(within(screen.getByRole('listbox', { name: 'Statements' })).getAllByRole('option')).toHaveLength(2);
  });

  it('puts every paragraph under one source in paragraph mode', async () => {
    const { user, fake } = await openPaste();
    await user.click(screen.getByLabelText('Interview notes'));
    await user.paste('Prices went up.\n\nNobody knows why.');
    await user.click(screen.getByRole('radio', { name: 'One statement per paragraph' }));
    expect(screen.queryByRole('region', { name: 'Speakers' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Statements found' })).getAllByRole('group')).toHaveLength(2);
    await user.selectOptions(within(screen.getByRole('region', { name: 'Source' })).getByLabelText('Source'), 'a trader based in Sinuiju');
    await user.click(screen.getByRole('button', { name: 'Save 2 statements' }));
    await waitFor(() => expect(fake.callsTo('saveStatements')).toHaveLength(1));
    const input = fake.callsTo('saveStatements')[0]?.input as { statements: { sourceId: string; text: string }[] };
    expect(input.statements.map((s) => [s.sourceId, s.text])).toEqual([
      [PAK, 'Prices went up.'],
      [PAK, 'Nobody knows why.'],
    ]);
  });

  it('saves nothing when cancelled', async () => {
    const { user, fake } = await openPaste();
    await user.click(screen.getByLabelText('Interview notes'));
    await user.paste(NOTES);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'Statements' });
    expect(fake.callsTo('saveStatements')).toHaveLength(0);
    expect(fake.callsTo('saveStatement')).toHaveLength(0);
  });
});
