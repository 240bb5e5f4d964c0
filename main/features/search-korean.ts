// Korean attaches particles (and the plural 들) to the word they follow: "소식통은", "소식통들이",
// "평양에서". Search matches a Hangul word typed anywhere in a query against the words it starts,
// and a word that is the typed one plus such an ending counts as the word itself in the ranking.

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

export const isHangulWord = (term: string) => HANGUL_WORD.test(term);

// Case particles and the common compound ones; each may follow the plural 들.
const PARTICLES = [
  '은', '는', '이', '가', '을', '를', '과', '와', '의', '도', '만', '에', '로', '으로', '에서', '에게', '한테', '께서',
  '이나', '나', '이며', '며', '이라고', '라고', '이라는', '라는', '까지', '부터', '보다', '처럼', '마다', '조차', '밖에',
  '에는', '에서는', '에도', '에서도', '으로는', '로는', '으로도', '로도', '에게는', '에게도', '과의', '와의', '만의', '이다', '였다', '이었다',
];

export const KOREAN_ENDINGS = new Set(['들', ...PARTICLES, ...PARTICLES.map((p) => `들${p}`)]);

/** The word is the typed Hangul word followed only by particles (or 들): it is that word. */
export function isParticleForm(typed: string, word: string): boolean {
  // Hangul starts at U+1100: anything below (every ASCII word) is out at the cost of one compare.
  if (typed.charCodeAt(0) < 0x1100 || word.length <= typed.length) return false;
  return KOREAN_ENDINGS.has(word.slice(typed.length)) && word.startsWith(typed) && isHangulWord(typed);
}
