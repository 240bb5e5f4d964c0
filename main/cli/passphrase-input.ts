import { ShieldnoteError } from '../../common/api/errors';
import { PASSPHRASE_MAX_LENGTH } from '../../common/vault/passphrase-strength';

// The CLI's passphrase: typed at the terminal with nothing echoed, or the first line of standard
// input when that is a pipe. Never an argument or environment variable (both leak to other users).

export interface InputStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
}

export async function readPassphrase(stdin: InputStream, stderr: NodeJS.WritableStream, prompt: string): Promise<string> {
  const value = stdin.isTTY && stdin.setRawMode ? await fromTerminal(stdin, stderr, prompt) : await firstLine(stdin);
  if (!value) throw new ShieldnoteError('VALIDATION', 'No passphrase was given (type it at the prompt, or pipe it on standard input).');
  if (value.length > PASSPHRASE_MAX_LENGTH) throw new ShieldnoteError('VALIDATION', 'That passphrase is longer than any Shieldnote accepts.');
  return value;
}

async function firstLine(stdin: InputStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const end = text.search(/\r?\n/);
    if (end >= 0) return text.slice(0, end);
    if (text.length > PASSPHRASE_MAX_LENGTH * 4) break;
  }
  return text;
}

function fromTerminal(stdin: InputStream, stderr: NodeJS.WritableStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    stderr.write(prompt);
    stdin.setRawMode!(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode!(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new ShieldnoteError('VALIDATION', 'Cancelled.'));
        if (ch === '\u0004' && typed === '') return finish(new ShieldnoteError('VALIDATION', 'Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
