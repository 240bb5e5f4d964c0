import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from './fake-library';
import { goTo, renderUnlocked } from './render-app';

const KIM = fakeId(1);
const PAK = fakeId(2);
const library = {
  sources: [
    { id: KIM, label: { noun: 'official', qualifier: 'in Dandong' }, access: 'Works at the harbour office.' },
    { id: PAK, label: { noun: 'trader', qualifier: 'based in Sinuiju' } },
  ],
  statements: [
    { id: fakeId(10), sourceId: KIM, text: 'Trucks leave the harbour at night. Harbours are quiet then.', tags: ['customs'], saidOn: '2024-05-03' },
    { id: fakeId(11), sourceId: PAK, text: 'The harbour master takes a cut.', tags: ['bribes'], kind: 'paraphrase' as const },
    { id: fakeId(12), sourceId: PAK, text: 'Rice prices doubled.', tags: ['customs'] },
  ],
};

async function openSearch() {
  const rendered = await renderUnlocked(library);
  await goTo(rendered.user, 'Search');
  return rendered;
}

const marks = (element: HTMLElement) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('search', () => {
  it('searches as you type and highlights every matched word', async () => {
    const { user, fake } = await openSearch();
    expect(screen.getByText(/Type to search what your sources said/)).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Search statements and sources' });
    await user.type(box, 'harb');

    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(screen.getByText('3 results')).toBeTruthy();
    const items = within(results).getAllByRole('button');
    const first = items.find((item) => item.textContent?.startsWith('Trucks leave'))!;
    expect(marks(first)).toEqual(['harbour', 'Harbours']);
    expect(first.textContent).toContain('an official in Dandong · 3 May 2024 · Direct quote · #customs');
    const sourceHit = items.find((item) => item.textContent?.startsWith('Source'))!;
    expect(marks(sourceHit)).toEqual(['harbour']);
    // Typing fast sends one search per pause, not one per key.
    expect(fake.callsTo('search').length).toBeLessThan(4);
    expect(fake.callsTo('search').at(-1)?.input).toEqual({ query: 'harb', types: ['statement', 'source'], limit: 200 });
  });

  it('filters by tag, kind and source, and opens a result', async () => {
    const { user, fake } = await openSearch();
    await user.type(screen.getByRole('searchbox', { name: 'Search statements and sources' }), 'harbour');
    await screen.findByText('3 results');

    const tag = screen.getByLabelText('Tag');
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'customs (2)' })).toBeTruthy());
    await user.selectOptions(tag, 'customs (2)');
    await screen.findByText('1 result');
    expect(fake.callsTo('search').at(-1)?.input).toMatchObject({ query: 'harbour', tags: ['customs'] });

    await user.selectOptions(tag, 'Any tag');
    await user.click(screen.getByRole('checkbox', { name: 'Include sources' }));
    await user.click(screen.getByRole('checkbox', { name: 'Paraphrase' }));
    await screen.findByText('1 result');
    expect(fake.callsTo('search').at(-1)?.input).toMatchObject({ kinds: ['paraphrase'], types: ['statement'] });

    await user.click(within(screen.getByRole('list', { name: 'Search results' })).getByRole('button', { name: /harbour master/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement from a trader based in Sinuiju' })).toBeTruthy();

    // Back to the same search.
    await user.click(screen.getByRole('button', { name: 'Back to search results' }));
    expect((await screen.findByRole('searchbox', { name: 'Search statements and sources' }) as HTMLInputElement).value).toBe('harbour');
    expect(await screen.findByText('1 result')).toBeTruthy();
  });

  it('lists statements by filter alone, and says when nothing matches', async () => {
    const { user } = await openSearch();
    await user.selectOptions(screen.getByLabelText('Source'), 'a trader based in Sinuiju');
    await screen.findByText('2 results');
    await user.type(screen.getByRole('searchbox', { name: 'Search statements and sources' }), 'zebra');
    expect(await screen.findByText('Nothing matches “zebra”.')).toBeTruthy();
  });

  it('shows main’s error', async () => {
    const { user, fake } = await openSearch();
    fake.failNext('search', 'INTERNAL', 'The search index could not be read.');
    await user.type(screen.getByRole('searchbox', { name: 'Search statements and sources' }), 'x');
    expect((await screen.findByRole('alert')).textContent).toBe('The search index could not be read.');
  });

  it('focuses the search box with "/" and Ctrl+F when not typing in a field', async () => {
    const { user } = await renderUnlocked(library);
    await goTo(user, 'Statements');
    await user.keyboard('/');
    const box = await screen.findByRole('searchbox', { name: 'Search statements and sources' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.getAttribute('aria-keyshortcuts')).toBe('/ Control+F');

    await goTo(user, 'Sources');
    await user.keyboard('{Control>}f{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox')));

    // In a field, "/" is just a character.
    await goTo(user, 'Vault settings');
    const name = screen.getByLabelText('Vault name');
    await user.click(name);
    await user.keyboard('/');
    expect(document.activeElement).toBe(name);
    expect((name as HTMLInputElement).value).toBe('Harbour/');
  });

  it('ignores an answer that arrives after the answer to a newer query', async () => {
    const { user, fake } = await openSearch();
    const real = fake.api.search;
    let releaseFirst!: () => void;
    let calls = 0;
    // The first search is slow: its answer comes back after the second one's.
    window.shieldnote.search = (input) => {
      calls += 1;
      if (calls > 1) return real(input);
      return new Promise((resolve) => {
        releaseFirst = () => void real(input).then(resolve);
      });
    };
    const box = screen.getByRole('searchbox', { name: 'Search statements and sources' });
    await user.type(box, 'rice');
    await waitFor(() => expect(calls).toBe(1));
    await user.clear(box);
    await user.type(box, 'harbour');
    await screen.findByText('3 results');
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('3 results')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Search results' })).queryByText(/Rice prices/)).toBeNull();
  });
});
