import type { Page } from '@playwright/test';
import { expect } from './harness';
import type { FixtureSource, FixtureStatement } from '../fixtures/border-story';
import { CHANNEL_LABELS, STATEMENT_KIND_LABELS } from '../../common/domain/statement';
import { IDENTITY_TERM_LABELS } from '../../common/domain/source';

// How a reporter enters sources and statements through the interface.

export async function goTo(page: Page, section: 'Desk' | 'Sources' | 'Statements' | 'Search' | 'Vault settings' | 'Drafts' | 'Travel mode') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: section, exact: true }).click();
}

export async function addSource(page: Page, source: FixtureSource): Promise<void> {
  await goTo(page, 'Sources');
  await page.getByRole('button', { name: 'New source' }).click();
  const label = page.getByRole('group', { name: 'Label' });
  await label.getByRole('textbox', { name: 'Adjective' }).fill(source.fields.label.adjective);
  await label.getByRole('textbox', { name: 'Noun' }).fill(source.fields.label.noun);
  await label.getByRole('textbox', { name: 'Qualifier' }).fill(source.fields.label.qualifier);
  await page.getByRole('textbox', { name: 'How they know' }).fill(source.fields.access);
  await page.getByRole('textbox', { name: 'Why anonymity was granted' }).fill(source.fields.anonymityReason);
  await page.getByRole('combobox', { name: 'Reliability' }).selectOption(source.fields.reliability);
  if (source.fields.poolSize !== null) await page.getByRole('spinbutton', { name: 'People who fit this label' }).fill(String(source.fields.poolSize));
  await page.getByRole('textbox', { name: 'Notes' }).fill(source.fields.notes);
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByRole('region', { name: 'Identity' })).toBeVisible();
  // A new source's identity is entered write-only: it is never shown back without a reveal.
  await page.getByRole('button', { name: 'Add identity…' }).click();
  const terms = page.getByRole('list', { name: 'Identity terms' });
  for (const [i, term] of source.identity.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add term' }).click();
    const row = terms.getByRole('group', { name: `Term ${i + 1}` });
    await row.getByRole('combobox', { name: 'Kind' }).selectOption(term.kind);
    await row.getByRole('textbox', { name: 'Value' }).fill(term.value);
  }
  await page.getByRole('button', { name: 'Save identity' }).click();
  await expect(page.getByRole('region', { name: 'Identity' })).toContainText('Hidden');
}

export async function addStatement(page: Page, sourceLabel: string, statement: FixtureStatement): Promise<void> {
  await goTo(page, 'Statements');
  await page.getByRole('button', { name: 'New statement' }).click();
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: sourceLabel });
  await page.getByRole('textbox', { name: 'What was said' }).fill(statement.fields.text);
  await page.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: STATEMENT_KIND_LABELS[statement.fields.kind] }).check();
  const saidOn = statement.fields.saidOn;
  const date = page.getByRole('group', { name: 'Date said' });
  if (saidOn?.length === 10) {
    await date.getByRole('combobox', { name: 'Precision' }).selectOption({ label: 'Day' });
    await date.getByLabel('Day').fill(saidOn);
  } else if (saidOn?.length === 7) {
    await date.getByRole('combobox', { name: 'Precision' }).selectOption({ label: 'Month' });
    await date.getByLabel('Month').fill(saidOn);
  }
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: CHANNEL_LABELS[statement.fields.channel] });
  await page.getByRole('textbox', { name: 'Tags' }).fill(statement.fields.tags.join(', '));
  await page.getByRole('textbox', { name: "Reporter's notes" }).fill(statement.fields.notes);
  await page.getByRole('button', { name: 'Save statement' }).click();
  await expect(page.getByRole('heading', { name: /^Statement from / })).toBeVisible();
}

export const termLabel = (kind: keyof typeof IDENTITY_TERM_LABELS) => IDENTITY_TERM_LABELS[kind];
