import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../common/export/export-format';

// The command line: `shieldnote export|publish|drafts …`. The passphrase is never an argument.

export const USAGE = `Usage:
  shieldnote export  --vault <folder> --draft <title or id> --format html|markdown|text|nitf|docx
                     --out <folder> [--final] [--override-reason "<why>"]
  shieldnote publish --vault <folder> --draft <title or id> [--override-reason "<why>"]
  shieldnote drafts  --vault <folder>
  shieldnote --help

export   writes the draft in one format, with its images (metadata removed) beside it.
publish  sends the draft to the WordPress site saved in the vault, as a draft post.
drafts   lists the vault's drafts: id, status and title.

--final            a final export: needs the draft approved, then marks it exported.
                   (A WordPress publish is always final.)
--override-reason  lets an export through despite leak findings; goes to the audit log.

The passphrase is read from the terminal without echo, or from the first line of standard
input when it is not a terminal (e.g. piped from a password manager). It is never taken from
an argument or an environment variable.

Exit codes: 0 done · 1 failed · 2 usage error · 3 refused by the leak guard ·
            4 wrong passphrase, or the vault is open elsewhere`;

export type Command =
  | { kind: 'help' }
  | { kind: 'drafts'; vault: string }
  | { kind: 'export'; vault: string; draft: string; format: ExportFormat; out: string; final: boolean; overrideReason?: string | undefined }
  | { kind: 'publish'; vault: string; draft: string; overrideReason?: string | undefined };

export class UsageError extends Error {}

const SECRET_FLAG = /^--?(passphrase|password|pass|recovery-key)(=|$)/i;

export function parseCommand(argv: string[]): Command {
  if (argv.some((arg) => SECRET_FLAG.test(arg))) {
    throw new UsageError('Shieldnote never takes the passphrase as an argument: it would stay in your shell history and be visible to other programs. Type it at the prompt, or pipe it on standard input.');
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        draft: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        final: { type: 'boolean' },
        'override-reason': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === 'help' || command === undefined) return { kind: 'help' };
  if (extra.length) throw new UsageError(`Unexpected argument “${extra[0]}”.`);
  const need = (name: 'vault' | 'draft' | 'format' | 'out'): string => {
    const value = values[name]?.trim();
    if (!value) throw new UsageError(`${command} needs --${name}.`);
    return value;
  };
  const reason = values['override-reason'];
  if (reason !== undefined && reason.trim().length < 3) throw new UsageError('--override-reason needs a reason (at least 3 characters): it goes to the audit log.');
  switch (command) {
    case 'drafts':
      return { kind: 'drafts', vault: need('vault') };
    case 'export': {
      const format = need('format');
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}.`);
      return { kind: 'export', vault: need('vault'), draft: need('draft'), format: format as ExportFormat, out: need('out'), final: values.final ?? false, overrideReason: reason };
    }
    case 'publish':
      if (values.final === false) throw new UsageError('A WordPress publish is always final.');
      return { kind: 'publish', vault: need('vault'), draft: need('draft'), overrideReason: reason };
    default:
      throw new UsageError(`Unknown command “${command}”.`);
  }
}
