import type { MessageId } from './en';

// The Korean catalog. Typed against the English one, so a missing key fails the type check.
export const ko: Record<MessageId, string> = {
  'nav.label': '주 메뉴',
  'nav.overview': '개요',
  'nav.drafts': '초고',
  'nav.sources': '취재원',
  'nav.statements': '진술',
  'nav.search': '검색',
  'nav.people': '사람',
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
  // 초고 필드와 초고 언어(이슈 15), 인용 칩 알림
  'editor.fields.title': '제목',
  'editor.fields.dateline': '발신지',
  'editor.fields.byline': '기자명',
  'editor.fields.titlePlaceholder': '제목 없는 초고',
  'editor.fields.datelinePlaceholder': '서울',
  'editor.fields.bylinePlaceholder': '기자 …',
  'editor.fields.language': '언어',
  'editor.fields.languageHint': '기사를 쓰는 언어입니다. 인용 표현은 이 언어의 규칙을 따릅니다.',
  'editor.citation.noLabel': '인용한 취재원에게 {language} 라벨이 없습니다. 취재원 프로필(취재원 › 라벨)에서 작성하세요. 그 전에는 이 인용을 내보낼 수 없습니다.',
  'editor.citation.ambiguous': '앞서 인용한 다른 취재원의 {language} 라벨이 같고, {language} 기사는 취재원에 번호를 붙이지 않습니다. 라벨의 지역을 서로 다르게 하거나 이 인용 문구를 직접 쓰세요.',
};
