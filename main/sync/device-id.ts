import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { durableWrite } from '../vault/durable-write';

// Each installation has a random device id (16 hex digits), made once and kept in the app's data
// folder. It marks this device's changes in a merged vault and names the device in conflicting
// copies and notices; it is never derived from a host or user name.

export const DEVICE_ID_FILE = 'device-id';
const DEVICE_ID = /^[0-9a-f]{16}$/;

const loaded = new Map<string, Promise<string>>();

/** This installation's device id, made on first use. */
export function loadDeviceId(appDataDir: string): Promise<string> {
  const key = path.resolve(appDataDir);
  let id = loaded.get(key);
  if (!id) {
    id = readOrMake(appDataDir);
    loaded.set(key, id);
    id.catch(() => loaded.delete(key));
  }
  return id;
}

async function readOrMake(appDataDir: string): Promise<string> {
  const file = path.join(appDataDir, DEVICE_ID_FILE);
  try {
    const text = (await fs.readFile(file, 'utf8')).trim();
    if (DEVICE_ID.test(text)) return text;
  } catch {
    // missing: made below
  }
  const id = randomBytes(8).toString('hex');
  await fs.mkdir(appDataDir, { recursive: true, mode: 0o700 });
  await durableWrite(file, new TextEncoder().encode(id + '\n'));
  return id;
}

/** How a device is named to the user: its id's first 8 digits. */
export function deviceLabel(deviceId: string): string {
  return deviceId ? `device ${deviceId.slice(0, 8)}` : 'another device';
}
