import type { MessageId } from './en';
import { koCommon } from './ko/common';
import { koErrors } from './ko/errors';
import { koTravel } from './ko/travel';
import { koSearch } from './ko/search';
import { koPeople } from './ko/people';
import { koItems } from './ko/items';
import { koImports } from './ko/imports';
import { koLibrary } from './ko/library';
import { koBackups } from './ko/backups';
import { koAudit } from './ko/audit';
import { koFrame } from './ko/frame';

// The Korean catalog. Typed against the English one, so a missing key fails the type check.
export const ko: Record<MessageId, string> = {
  ...koCommon,
  ...koErrors,
  ...koTravel,
  ...koSearch,
  ...koPeople,
  ...koItems,
  ...koImports,
  ...koLibrary,
  ...koBackups,
  ...koAudit,
  ...koFrame,
  'nav.label': '주 메뉴',
  'nav.overview': '개요',
  'nav.drafts': '초고',
  'nav.sources': '취재원',
  'nav.statements': '진술',
  'nav.search': '검색',
  'nav.people': '동료',
  'nav.audit': '감사 기록',
  'nav.settings': '보관함 설정',
  'nav.travel': '여행 모드',
  'nav.backups': '백업',

  'settings.language.heading': '화면 언어',
  'settings.language.label': '언어',
  'settings.language.hint': '이 컴퓨터에서 Shieldnote 화면에 쓰는 언어입니다. 초고의 언어는 초고에서 정합니다.',
  'settings.language.system': '시스템과 같게 ({language})',
  'settings.language.en': 'English (영어)',
  'settings.language.ko': '한국어',
  'settings.language.saved': '화면 언어를 저장했습니다.',
};
