import { afterEach, describe, expect, it } from 'vitest';
import { interfaceLanguageFor } from '../../common/api/interface-languages';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, tempDir, testPlatform } from '../support/temp-dirs';

describe('interface language', () => {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  it('follows the system until chosen, and the choice outlives a restart without any vault open', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    expect(await first.getInterfaceLanguage()).toEqual({ choice: 'system' });
    await first.setInterfaceLanguage({ choice: 'ko' });

    const restarted = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    expect(await restarted.getInterfaceLanguage()).toEqual({ choice: 'ko' });
  });

  it('maps a system tag to a translated language, English otherwise', () => {
    expect(interfaceLanguageFor('ko-KR')).toBe('ko');
    expect(interfaceLanguageFor('en-GB')).toBe('en');
    expect(interfaceLanguageFor('ja-JP')).toBe('en');
    expect(interfaceLanguageFor(undefined)).toBe('en');
  });
});
