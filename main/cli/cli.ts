import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { DRAFT_STATUS_LABELS, type DraftMeta } from '../../common/domain/draft';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import { IDENTITY_TERM_LABELS } from '../../common/domain/source';
import { findingPlace } from '../../common/export/finding-place';
import type { ShieldnoteService } from '../service/shieldnote-service';
import { USAGE, UsageError, parseCommand, type Command } from './cli-args';
import { nodePlatform } from './node-platform';
import { readPassphrase, type InputStream } from './passphrase-input';

// `npx shieldnote …`: the same service the app runs, over a Node platform, for desks that
// automate. Messages go to stderr; what a script consumes (written files, draft lists) to stdout.

export const EXIT = { ok: 0, failed: 1, usage: 2, refused: 3, auth: 4 } as const;

export interface CliIo {
  stdin: InputStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function findDraft(drafts: DraftMeta[], wanted: string): DraftMeta {
  const byId = drafts.find((d) => d.id === wanted);
  if (byId) return byId;
  const titled = drafts.filter((d) => d.title.trim().toLocaleLowerCase() === wanted.trim().toLocaleLowerCase());
  if (titled.length === 1) return titled[0]!;
  if (titled.length > 1) {
    throw new ShieldnoteError('CONFLICT', `Several drafts are titled “${wanted}”; name one by its id:\n${titled.map((d) => `  ${d.id}  ${DRAFT_STATUS_LABELS[d.status]}`).join('\n')}`);
  }
  throw new ShieldnoteError('NOT_FOUND', `No draft is titled “${wanted}” (list them with: shieldnote drafts --vault …).`);
}

/** One line per finding: kind, where and which source by label; never the matched text. */
function describeFindings(findings: LeakReportFinding[]): string {
  return findings.map((f) => `  - ${f.severity} · ${IDENTITY_TERM_LABELS[f.termKind]} · ${findingPlace(f.field).toLowerCase()} · ${f.sourceLabel}`).join('\n');
}

async function openVault(service: ShieldnoteService, vault: string, io: CliIo): Promise<void> {
  const status = await service.selectVault({ path: path.resolve(vault) });
  if (status.state === 'absent') throw new ShieldnoteError('NOT_FOUND', `There is no Shieldnote vault in ${status.path}.`);
  const passphrase = await readPassphrase(io.stdin, io.stderr, `Passphrase for ${status.path}: `);
  await service.unlock({ method: 'passphrase', passphrase });
}

async function run(command: Exclude<Command, { kind: 'help' }>, service: ShieldnoteService, io: CliIo): Promise<number> {
  await openVault(service, command.vault, io);
  const drafts = await service.listDrafts();
  if (command.kind === 'drafts') {
    for (const d of drafts) io.stdout.write(`${d.id}\t${d.status}\t${d.title || 'Untitled draft'}\n`);
    return EXIT.ok;
  }
  const draft = findDraft(drafts, command.draft);
  const override = command.overrideReason ? { reason: command.overrideReason } : undefined;
  const result =
    command.kind === 'export'
      ? await service.exportDraft({ draftId: draft.id, format: command.format, final: command.final, override })
      : await service.publishToWordPress({ draftId: draft.id, override });
  if (result.status === 'refused') {
    const held = result.withheld > 0 ? `  - ${result.withheld} more held back (this session has shown its share of identity terms): open the draft in the app and type your passphrase to see them; until then no override lets it through\n` : '';
    io.stderr.write(`Refused: the ${command.kind} would show ${result.findings.length + result.withheld} thing(s) that point to a source:\n${describeFindings(result.findings)}\n${held}Fix them in the draft, or dismiss them there, or pass --override-reason "<why>" (audited).\n`);
    return EXIT.refused;
  }
  if (result.status === 'cancelled') return EXIT.failed; // the CLI's picker answers --out; not reached
  if (result.status === 'published') {
    io.stderr.write(`${result.updated ? 'Updated' : 'Created'} the WordPress draft post ${result.publication.postId}${result.overridden ? ' (leak findings overridden; audited)' : ''}.\n`);
    io.stdout.write(`${result.publication.postUrl}\n`);
    return EXIT.ok;
  }
  io.stderr.write(`Exported “${draft.title || 'Untitled draft'}” (${result.final ? 'final; the draft is now marked exported' : 'working copy'})${result.overridden ? ', leak findings overridden (audited)' : ''}${result.renamed ? ', under new names: files of the same names were already there and were kept' : ''}:\n`);
  for (const file of result.files) io.stdout.write(`${file}\n`);
  return EXIT.ok;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`shieldnote: ${error.message}\nRun “shieldnote --help” for usage.\n`);
    return EXIT.usage;
  }
  if (command.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  // Loaded only now: --help and usage errors answer without starting the vault machinery.
  const { ShieldnoteService } = await import('../service/shieldnote-service');
  const platform = nodePlatform(command.kind === 'export' ? { exportFolder: command.out } : {});
  const service = new ShieldnoteService({ platform });
  try {
    return await run(command, service, io);
  } catch (error) {
    const coded = error instanceof ShieldnoteError;
    io.stderr.write(`shieldnote: ${coded ? error.message : `unexpected failure: ${(error as Error).message}`}\n`);
    return coded && (error.code === 'WRONG_PASSPHRASE' || error.code === 'LOCKED' || (error.code === 'CONFLICT' && /already open/.test(error.message))) ? EXIT.auth : EXIT.failed;
  } finally {
    await service.shutdown().catch(() => undefined);
    platform.dispose();
  }
}
