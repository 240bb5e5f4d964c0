// Surnames shared by millions: alone, they are a weak signal (reported at low severity).
export const COMMON_SURNAMES = new Set(
  (
    // Korean
    'kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh shin sin seo suh kwon hwang ahn an song ryu yoo yu hong jeon chun ko go moon mun yang son bae baek paik heo huh nam noh roh ha kwak sung seong cha joo ju woo wu min ' +
    // Chinese
    'wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin lu hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan qian tang yin ' +
    // English and European
    'smith johnson williams brown jones miller davis garcia rodriguez wilson martinez anderson taylor thomas moore martin jackson thompson white harris clark lewis robinson walker young allen king wright scott hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans edwards collins stewart morris murphy cook rogers morgan cooper peterson reed bailey bell kelly howard ward cox richardson wood watson brooks bennett gray james hughes price sanders myers long ross foster nguyen tran pham le hoang'
  ).split(/\s+/),
);

// Words that can be part of a name or alias but mean nothing on their own.
export const COMMON_WORDS = new Set(
  'old young big little uncle auntie aunt mr mrs ms miss dr sir madam the of and van von de da di la le el al bin ibn jr sr ii iii'.split(' '),
);
