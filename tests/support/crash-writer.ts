// Child process for the crash test: opens a vault and commits a counter to the catalog and to a
// record file as fast as it can, printing each committed value, until it is killed.
import { Vault } from '../../main/vault/vault';

const [dir, passphrase, recordId] = process.argv.slice(2) as [string, string, string];
const vault = await Vault.unlock(dir, { kind: 'passphrase', passphrase: new TextEncoder().encode(passphrase) });
let n = Number((vault.collection<{ n: number }>('crash').counter ?? { n: 0 }).n);
process.stdout.write(`ready ${n}\n`);
for (;;) {
  n += 1;
  await vault.writeRecord(recordId, 15, new TextEncoder().encode(String(n).padStart(4096, '.')));
  await vault.update((data) => {
    data.collections.crash = { counter: { n, filler: 'x'.repeat(20_000 + (n % 7) * 1000) } };
  });
  process.stdout.write(`committed ${n}\n`);
}
