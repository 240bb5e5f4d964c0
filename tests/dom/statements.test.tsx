import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeStatementSeed } from './fake-library';
import { fakeId } from './fake-library';
import { goTo, notices, renderUnlocked } from './render-app';

const KIM = fakeId(1);
const PAK = fakeId(2);
const STATEMENT = fakeId(10);
// A 1×1 transparent PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const sources = [
  { id: KIM, label: { noun: 'official', qualifier: 'in Dandong' } },
  { id: PAK, label: { noun: 'trader', qualifier: 'based in Sinuiju' } },
];

describe('statements list', () => {
  it('renders only a window of rows for 10,000 statements', async () => {
    const statements: FakeStatementSeed[] = Array.from({ length: 10_000 }, (_, i) => ({
      sourceId: i % 2 ? KIM : PAK,
      text: `Statement number ${i}\nsecond line`,
      saidOn: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
      tags: i % 3 ? [] : ['customs'],
    }));
    const { user } = await renderUnlocked({ sources, statements });
    await goTo(user, 'Statements');

    const list = screen.getByRole('listbox', { name: 'Statements' });
    const rows = within(list).getAllByRole('option');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(screen.getByText('10,000 statements')).toBeTruthy();
    // Only the first line of each statement, then source, kind, date and tags.
    expect(rows[0]?.textContent).toMatch(/^Statement number \d+ an? (official in Dandong|trader based in Sinuiju) · Direct quote · /);

    // Scrolling far down swaps the rows, still only a window of them.
    list.scrollTop = 76 * 5000;
    fireEvent.scroll(list);
    const scrolled = within(list).getAllByRole('option');
    expect(scrolled.length).toBeLessThan(60);
    expect(Number(scrolled[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(4900);

    // Filtering by source.
    await user.selectOptions(screen.getByLabelText('Source'), 'a trader based in Sinuiju');
    expect(screen.getByText('5,000 statements')).toBeTruthy();

    // A source's page shows its latest statements and links to all of them.
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: /^an official in Dandong/ }));
    const own = await screen.findByRole('list', { name: 'Statements from this source' });
    expect(within(own).getAllByRole('listitem')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'See all 5,000 statements from this source' }));
    await screen.findByRole('heading', { level: 1, name: 'Statements' });
    expect((screen.getByLabelText('Source') as HTMLSelectElement).value).toBe(KIM);
    expect(screen.getByText('5,000 statements')).toBeTruthy();
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    const { user } = await renderUnlocked({
      sources,
      statements: [
        { sourceId: KIM, text: 'First said.', saidOn: '2024-03-01' },
        { sourceId: KIM, text: 'Second said.', saidOn: '2024-02-01' },
      ],
    });
    await goTo(user, 'Statements');
    const list = screen.getByRole('listbox', { name: 'Statements' });
    list.focus();
    await user.keyboard('{ArrowDown}');
    const active = document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toMatch(/^Second said\./);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement from an official in Dandong' })).toBeTruthy();

    // Back in the list, the statement just read is active and the list has focus.
    await user.click(screen.getByRole('button', { name: 'Back to statements' }));
    const again = await screen.findByRole('listbox', { name: 'Statements' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(document.getElementById(again.getAttribute('aria-activedescendant') ?? '')?.textContent).toMatch(/^Second said\./);
  });
});

describe('statement detail', () => {
  const detailLibrary = {
    sources,
    statements: [
      {
        id: STATEMENT,
        sourceId: KIM,
        text: 'The trucks cross at night.\nAlways after two.',
        kind: 'paraphrase' as const,
        saidOn: '2024-05',
        channel: 'phone' as const,
        notes: 'Said twice.',
        tags: ['customs', 'night'],
        history: [{ revision: 1, text: 'The trucks cross at nite.', savedAt: '2025-04-01T10:00:00.000Z' }],
        attachments: [
          { name: 'gate.png', mimeType: 'image/png', dataBase64: PNG },
          { name: 'notes.pdf', mimeType: 'application/pdf', dataBase64: 'JVBERi0=' },
        ],
      },
    ],
  };

  async function openStatement() {
    const rendered = await renderUnlocked(detailLibrary);
    await goTo(rendered.user, 'Statements');
    await rendered.user.click(screen.getByRole('option', { name: /^The trucks cross at night\./ }));
    await screen.findByRole('heading', { level: 1, name: 'Statement from an official in Dandong' });
    return rendered;
  }

  it('shows the verbatim text, metadata, attachments and earlier versions', async () => {
    await openStatement();
    expect(document.querySelector('blockquote')?.textContent).toBe('The trucks cross at night.\nAlways after two.');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('May 2024')).toBeTruthy();
    expect(within(details).getByText('Phone')).toBeTruthy();
    expect(within(within(details).getByRole('list', { name: 'Tags' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'customs',
      'night',
    ]);
    expect(within(details).getByText('Said twice.')).toBeTruthy();

    const image = await screen.findByRole('img', { name: 'Preview of gate.png' });
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    const attachments = screen.getByRole('list', { name: 'Attachments' });
    expect(within(attachments).getByText('notes.pdf')).toBeTruthy();
    expect(within(attachments).getAllByRole('img')).toHaveLength(1);

    const earlier = screen.getByRole('region', { name: 'Earlier versions' });
    expect(within(earlier).getByText('The trucks cross at nite.')).toBeTruthy();
  });

  it('attaches a file as base64, and refuses one over 25 MB', async () => {
    const { user, fake, container } = await openStatement();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(container).toBeTruthy();
    await user.upload(input, new File(['hello'], 'memo.txt', { type: 'text/plain' }));
    expect(await screen.findByText('memo.txt')).toBeTruthy();
    expect(fake.callsTo('addAttachment')[0]?.input).toEqual({
      statementId: STATEMENT,
      name: 'memo.txt',
      mimeType: 'text/plain',
      dataBase64: btoa('hello'),
    });

    const huge = new File(['x'], 'video.mov', { type: 'video/quicktime' });
    Object.defineProperty(huge, 'size', { value: 26 * 1024 * 1024 });
    await user.upload(input, huge);
    expect((await screen.findByRole('alert')).textContent).toBe('“video.mov” is 26.0 MB. Attachments are limited to 25 MB.');
    expect(fake.callsTo('addAttachment')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Remove memo.txt' }));
    await waitFor(() => expect(screen.queryByText('memo.txt')).toBeNull());
  });

  it('edits the text; the old one goes into the earlier versions', async () => {
    const { user, fake } = await openStatement();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('heading', { level: 1, name: 'Edit statement' });
    const text = screen.getByLabelText('What was said');
    await user.clear(text);
    await user.type(text, 'The trucks cross after midnight.');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));

    await screen.findByRole('heading', { level: 1, name: 'Statement from an official in Dandong' });
    expect(fake.callsTo('saveStatement')[0]?.input).toMatchObject({ id: STATEMENT, text: 'The trucks cross after midnight.', saidOn: '2024-05' });
    const earlier = screen.getByRole('region', { name: 'Earlier versions' });
    expect(within(earlier).getByText('The trucks cross at night. Always after two.', { normalizer: (s) => s.replace(/\s+/g, ' ') })).toBeTruthy();
  });

  it('deletes a statement a draft cites only after offering to archive it', async () => {
    const { user, fake } = await renderUnlocked({
      ...detailLibrary,
      citedBy: { [STATEMENT]: [{ id: fakeId(90), title: 'Night crossings' }] },
    });
    await goTo(user, 'Statements');
    await user.click(screen.getByRole('option', { name: /^The trucks cross at night\./ }));
    await user.click(await screen.findByRole('button', { name: 'Delete statement…' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete statement?' })).getByRole('button', { name: 'Delete' }));
    const cited = await screen.findByRole('dialog', { name: 'This statement is cited in a draft' });
    expect(within(cited).getByText('Night crossings')).toBeTruthy();
    await user.click(within(cited).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsTo('setArchived')).toHaveLength(0);
  });
});

describe('statement form', () => {
  it('creates a statement with the date precision the reporter knows', async () => {
    const { user, fake } = await renderUnlocked({ sources });
    await goTo(user, 'Statements');
    await user.click(screen.getByRole('button', { name: 'New statement' }));
    await screen.findByRole('heading', { level: 1, name: 'New statement' });

    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    expect(screen.getByText('Choose a source')).toBeTruthy();
    expect(screen.getByText('Enter what the source said')).toBeTruthy();
    expect(fake.callsTo('saveStatement')).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Source'), 'a trader based in Sinuiju');
    await user.type(screen.getByLabelText('What was said'), 'Prices doubled in March.');
    await user.click(screen.getByRole('radio', { name: 'Background' }));
    const date = screen.getByRole('group', { name: 'Date said' });
    await user.selectOptions(within(date).getByLabelText('Precision'), 'Year');
    await user.type(within(date).getByLabelText('Year'), '2023');
    await user.selectOptions(within(date).getByLabelText('Precision'), 'Month');
    expect((within(date).getByLabelText('Month') as HTMLInputElement).value).toBe('');
    fireEvent.change(within(date).getByLabelText('Month'), { target: { value: '2023-03' } });
    await user.selectOptions(screen.getByLabelText('Channel'), 'Messenger');
    await user.type(screen.getByLabelText('Tags'), 'prices, #rice, Prices');
    await user.type(screen.getByLabelText("Reporter's notes"), 'Check with the market survey.');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));

    await screen.findByRole('heading', { level: 1, name: 'Statement from a trader based in Sinuiju' });
    expect(fake.callsTo('saveStatement')[0]?.input).toEqual({
      sourceId: PAK,
      text: 'Prices doubled in March.',
      kind: 'background',
      saidOn: '2023-03',
      channel: 'messenger',
      notes: 'Check with the market survey.',
      tags: ['prices', 'rice'],
    });
    expect(within(notices()).getByText('Statement saved.')).toBeTruthy();
  });

  it('starts from the source when opened from the source page', async () => {
    const { user } = await renderUnlocked({ sources });
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: /^an official in Dandong/ }));
    await user.click(await screen.findByRole('button', { name: 'New statement from this source' }));
    await screen.findByRole('heading', { level: 1, name: 'New statement' });
    expect((screen.getByLabelText('Source') as HTMLSelectElement).value).toBe(KIM);
    await user.type(screen.getByLabelText('What was said'), 'Yes.');
    const date = screen.getByRole('group', { name: 'Date said' });
    // Picking a day is the common case: the field starts there, and left empty means no date.
    expect((within(date).getByLabelText('Precision') as HTMLSelectElement).value).toBe('day');
    expect(within(date).getByText('Pick the day it was said. Left empty, the date is unknown.')).toBeTruthy();
    fireEvent.change(within(date).getByLabelText('Day'), { target: { value: '2024-02-29' } });
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await screen.findByRole('heading', { level: 1, name: 'Statement from an official in Dandong' });
    // Back leads to the source it came from.
    await user.click(screen.getByRole('button', { name: 'Back to the source' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'An official in Dandong' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Statements from this source' })).getByText('Yes.')).toBeTruthy();
  });
});
