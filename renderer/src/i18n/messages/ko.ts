// Korean glossary: one word per idea, everywhere in the interface (and in new entries).
//   source 취재원 · statement 진술 · draft 초고 · vault 보관함 · review 검토 · reviewer/editor 편집자
//   reporter 기자 · citation 인용 · quote (direct) 직접 인용 · paraphrase 간접 인용 · background 배경 설명
//   identity 신원 (정보) · identity term 신원 용어 · reveal 표시 · hide 가리기 · burn 폐기
//   label 레이블 · passphrase 암호 문구 · password 비밀번호 · recovery key 복구 키 · travel key 여행 키
//   travel mode 여행 모드 · backup 백업 · restore 복원 · archive 보관 처리 · export 내보내기
//   import 가져오기 · sign-off 최종 승인 · approve 승인 · flag 지적 · checklist 점검 항목
//   leak guard 유출 방지 검사 · finding 경고 · fingerprint 지문 · contact 연락처 · People 동료
//   review package 검토 패키지 · review copy 검토본 · audit log 감사 기록 · lock/unlock 잠금/잠금 해제
//   tag 태그 · channel 경로 · speaker 발언자 · attachment 첨부 파일
// Style: 합니다체 for sentences, noun phrases for labels and buttons ("이름 저장"), no 귀하;
// after a placeholder whose final consonant is unknown, write both particles: 은(는), 을(를), 이(가).

import type { MessageId } from './en';
import { koCommon } from './ko/common';
import { koScreens } from './ko/screens';
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
  ...koScreens,
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
