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

  // Korean particles: acronyms said as words (Vault settings)
  'settings.readings.heading': '단어로 읽는 약어',
  'settings.readings.intro': '한국어 기사에서 표지 뒤의 조사는 표지를 읽는 소리에 맞춥니다. 알파벳은 글자 이름으로 읽습니다(NK는 엔케이이므로 데일리NK는). 단어처럼 읽는 약어를 여기에 적으세요.',
  'settings.readings.label': '약어와 읽는 법',
  'settings.readings.hint': '한 줄에 하나씩: NATO = 나토. 읽는 법은 한글로.',
  'settings.readings.invalid': '한 줄에 하나씩, 라틴 문자 약어와 등호, 한글 읽기를 적으세요(NATO = 나토). 약어마다 한 번, 최대 200개.',
  'settings.readings.save': '읽기 저장',
};
