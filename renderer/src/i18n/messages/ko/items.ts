import type { enItems } from '../en/items';

export const koItems: Record<keyof typeof enItems, string> = {
  'items.deleted': '{kind, select, source {취재원을 삭제했습니다.} other {진술을 삭제했습니다.}}',
  'items.restored': '{kind, select, source {취재원을 되살렸습니다.} other {진술을 되살렸습니다.}}',
  'items.archived': '{kind, select, source {취재원을 보관 처리했습니다.} other {진술을 보관 처리했습니다.}}',
  'items.undo': '실행 취소',
  'items.delete': '삭제',
  'items.deleteTitle': '{kind, select, source {취재원을 삭제할까요?} other {진술을 삭제할까요?}}',
  'items.deleteSource': '취재원의 프로필과 신원 정보가 삭제됩니다. {count, plural, =0 {이 취재원의 진술은 없습니다.} other {이 취재원의 진술 #건도 함께 삭제됩니다.}} 보관함을 잠그기 전까지는 되돌릴 수 있습니다.',
  'items.deleteStatement': '진술과 이전 버전, 첨부 파일이 삭제됩니다. 보관함을 잠그기 전까지는 되돌릴 수 있습니다.',
  'items.citedTitle': '{kind, select, source {이 취재원은 초고에 인용되어 있습니다} other {이 진술은 초고에 인용되어 있습니다}}',
  'items.citedBody': '삭제하면 {count, plural, one {이 초고가} other {이 초고들이}} 깨집니다. 대신 보관 처리할 수 있습니다. 초고를 위해 남겨 두되 목록에서는 숨깁니다.',
  'items.citedList': '인용한 초고',
  'items.archiveInstead': '대신 보관 처리',
};
