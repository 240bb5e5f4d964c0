import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../common/domain/import';
import { fakeId } from './fake-library';
import { goTo, notices, renderUnlocked } from './render-app';

const LIU = fakeId(1);
const sources = [{ id: LIU, label: { noun: 'trader', qualifier: 'in Dandong' } }];
const IMPORT_ID = 'c'.repeat(32);
const none = { metadata: [], comments: [], changes: [], capped: null, dateOrder: null, mediaSkipped: 0 };

const whatsApp: ImportPreview = {
  importId: IMPORT_ID,
  origin: 'whatsapp',
  purpose: 'statements',
  speakers: [
    { index: 0, name: '+86 138 0411 2233', count: 2, terms: [{ index: 0, kind: 'phone', value: '+86 138 0411 2233' }] },
    { index: 1, name: 'Kim Reporter', count: 1, terms: [{ index: 0, kind: 'name', value: 'Kim Reporter' }] },
  ],
  candidates: [
    { index: 0, text: 'The boats left at ten.', speaker: 0, saidOn: '2024-03-14', media: [] },
    { index: 1, text: 'Which pier?', speaker: 1, saidOn: '2024-03-14', media: [] },
    { index: 2, text: '[Attachment]', speaker: 0, saidOn: '2024-03-15', media: [{ name: 'photo.jpg', mimeType: 'image/jpeg', size: 10 }] },
  ],
  draft: null,
  warnings: { ...none, dateOrder: { read: 'day-month', certain: false } },
};

const HEADINGS = { word: 'Review the Word document', telegram: 'Review the Telegram export', whatsapp: 'Review the WhatsApp export' };

async function openImport(preview: ImportPreview) {
  const rendered = await renderUnlocked({ sources });
  const calls: { method: string; input: unknown }[] = [];
  const api = window.shieldnote as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  api.readImport = async (input) => (calls.push({ method: 'readImport', input }), { ok: true, value: { status: 'ready', ...preview } });
  api.saveImportedStatements = async (input) => (calls.push({ method: 'save', input }), { ok: true, value: { statements: 1, attachments: 1, identityTerms: 1, ids: [], canDeleteOriginal: true } });
  api.deleteImportedOriginal = async (input) => (calls.push({ method: 'delete', input }), { ok: true, value: { deleted: true } });
  await goTo(rendered.user, 'Statements');
  await rendered.user.click(screen.getByRole('button', { name: 'Import…' }));
  await rendered.user.click(screen.getByRole('button', { name: 'Choose a file…' }));
  await screen.findByRole('heading', { level: 1, name: HEADINGS[preview.origin] });
  return { ...rendered, calls };
}

describe('reviewing an import', () => {
  it('maps speakers by hand (the reporter as Me), offers identity terms, and sends indices, never texts or paths', async () => {
    const { user, calls } = await openImport(whatsApp);
    expect(calls[0]).toEqual({ method: 'readImport', input: { purpose: 'statements' } });
    expect(screen.getByText(/Dates were read as day\/month/)).toBeTruthy();
    const speakers = screen.getByRole('region', { name: 'Speakers' });
    const save = screen.getByRole('button', { name: /^Save \d+ statements?$/ });
    expect(save.textContent).toBe('Save 0 statements');
    await user.selectOptions(within(speakers).getByLabelText('Source for +86 138 0411 2233'), 'a trader in Dandong');
    await user.selectOptions(within(speakers).getByLabelText('Source for Kim Reporter'), 'Me (not saved)');
    expect(save.textContent).toBe('Save 2 statements');
    const terms = screen.getByRole('group', { name: 'Keep for a trader in Dandong' });
    expect((within(terms).getByRole('checkbox', { name: 'Phone: +86 138 0411 2233' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('group', { name: /Keep for Me/ })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Statement 3' })).getByText('Attached: photo.jpg')).toBeTruthy();

    await user.click(save);
    await waitFor(() => expect(calls.some((c) => c.method === 'save')).toBe(true));
    expect(calls.find((c) => c.method === 'save')!.input).toEqual({
      importId: IMPORT_ID,
      statements: [
        { index: 0, sourceId: LIU, kind: 'quote' },
        { index: 2, sourceId: LIU, kind: 'quote' },
      ],
      saidOn: null,
      channel: 'in-person',
      tags: [],
      identityTerms: [{ speaker: 0, term: 0, sourceId: LIU }],
      reviewedWarnings: false,
    });
    await within(notices()).findByText('1 statement imported with 1 attachment.');
    await user.click(within(notices()).getByRole('button', { name: 'Delete the original file…' }));
    await within(notices()).findByText('The original file was overwritten and deleted.');
    expect(calls.find((c) => c.method === 'delete')!.input).toEqual({ importId: IMPORT_ID });
  }, 20_000);

  it('holds the save until comments and tracked changes are looked through', async () => {
    const word: ImportPreview = {
      ...whatsApp,
      origin: 'word',
      speakers: [{ index: 0, name: 'Trader', count: 1, terms: [] }],
      candidates: [{ index: 0, text: 'Rice doubled.', speaker: 0, saidOn: null, media: [] }],
      warnings: { ...none, metadata: [{ field: 'Author', value: 'Kim Reporter' }], comments: [{ author: 'Jane Editor', text: 'Same trader?' }], changes: [{ kind: 'deletion', author: 'Jane Editor', text: 'mostly after ten.' }] },
    };
    const { user, calls } = await openImport(word);
    const warnings = screen.getByRole('region', { name: 'Check before saving' });
    expect(within(warnings).getByText('Kim Reporter')).toBeTruthy();
    expect(within(within(warnings).getByRole('list', { name: 'Comments in the document' })).getByText('Same trader?')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Source for Trader'), 'a trader in Dandong');
    const save = screen.getByRole('button', { name: 'Save 1 statement' });
    expect(save.matches(':disabled')).toBe(true);
    await user.click(within(warnings).getByRole('checkbox', { name: 'I have looked through the comments and tracked changes' }));
    expect(save.matches(':disabled')).toBe(false);
    await user.click(save);
    await waitFor(() => expect(calls.find((c) => c.method === 'save')?.input).toMatchObject({ reviewedWarnings: true, statements: [{ index: 0, sourceId: LIU, kind: 'quote' }] }));
  }, 20_000);
});
