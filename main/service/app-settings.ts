import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { durableWrite } from '../vault/durable-write';
import { INTERFACE_LANGUAGE_CHOICES, type InterfaceLanguageChoice } from '../../common/api/interface-languages';

// Non-secret app settings (which vault folders this installation knows). Never vault content.

export const SETTINGS_FILE = 'settings.json';

const settingsSchema = z.object({
  lastVaultPath: z.string().nullable().default(null),
  knownVaults: z
    .array(z.object({ path: z.string(), lastOpenedAt: z.string().nullable() }))
    .max(50)
    .default([]),
  // Travel mode: paths of travel files this installation wrote (paths only)
  travelFiles: z.array(z.string()).max(100).default([]),
  // The interface language of this installation; 'system' follows the operating system's.
  interfaceLanguage: z.enum(INTERFACE_LANGUAGE_CHOICES).catch('system').default('system'),
});

export type AppSettings = z.infer<typeof settingsSchema>;

export class AppSettingsStore {
  private cached: AppSettings | null = null;

  constructor(private readonly dir: string) {}

  async read(): Promise<AppSettings> {
    if (this.cached) return this.cached;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await fs.readFile(path.join(this.dir, SETTINGS_FILE), 'utf8')));
      this.cached = parsed.success ? parsed.data : settingsSchema.parse({});
    } catch {
      // Missing or unreadable settings only cost the list of recent vaults.
      this.cached = settingsSchema.parse({});
    }
    return this.cached;
  }

  async rememberVault(vaultPath: string, when: Date): Promise<void> {
    const settings = await this.read();
    const others = settings.knownVaults.filter((v) => v.path !== vaultPath);
    this.cached = {
      ...settings,
      lastVaultPath: vaultPath,
      knownVaults: [{ path: vaultPath, lastOpenedAt: when.toISOString() }, ...others].slice(0, 50),
    };
    await this.save();
  }

  private async save(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await durableWrite(path.join(this.dir, SETTINGS_FILE), new TextEncoder().encode(JSON.stringify(this.cached, null, 2)));
  }

  // Travel mode
  /** Adds or removes a travel file's path (so a burn can find the copies on this device). */
  async setTravelFile(filePath: string, present: boolean): Promise<void> {
    const settings = await this.read();
    const others = settings.travelFiles.filter((p) => p !== filePath);
    this.cached = { ...settings, travelFiles: present ? [filePath, ...others].slice(0, 100) : others };
    await this.save();
  }

  async setInterfaceLanguage(choice: InterfaceLanguageChoice): Promise<void> {
    const settings = await this.read();
    this.cached = { ...settings, interfaceLanguage: choice };
    await this.save();
  }
}
