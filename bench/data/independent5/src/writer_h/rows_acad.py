from lib import R
U, I = "university", "research_institute"
ROWS = [
R(U,"en","Keiyo University's cell processing facility in Chiba makes iPS cell-derived cell therapy products under GMP for the university's own investigator-initiated clinical trials. The facility does not accept manufacturing orders from companies, a spokesperson said. Its corneal programme is in Phase 1/2.",
  mod="+ips +cell_therapy", cap="+clinical_supply", comp="+gmp", scale="+clinical", stage="+phase1 +phase2", site="+JP +JP-12"),
R(U,"ja","北都大学薬学研究院（札幌市）は、核酸医薬の基礎研究の成果をもとに、希少疾患向けアンチセンス核酸の非臨床試験を進めている。同研究院によると、GMP製造設備は持たず、治験薬の製造は共同研究先の企業に委ねる方針だ。現在、ライセンス先の企業を探している。",
  mod="+nucleic_acid", cap="-clinical_supply", comp="-gmp", stage="+research +preclinical", site="+JP +JP-01"),
R(I,"en","The National Institute for Bioprocess Science in Kobe announced a shared GMP pilot plant for antibody and AAV processes, due to open in 2028. Until then, the institute offers analytical method development and process development to member companies at research scale only.",
  mod="+antibody +viral_vector", cap="+analytical_development +process_development", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-28"),
R(I,"ja","公益財団法人かずさ創薬研究機構（千葉県木更津市）は、アカデミア発シーズの非臨床試験を支援している。薬効薬理試験と薬物動態試験は所内で実施するが、GLP試験は外部の受託機関に委託している。",
  cap="+nonclinical_studies", comp="-glp", site="+JP +JP-12"),
R(U,"ja","箱根工科大学（神奈川県小田原市）のmRNA研究室は、2023年に修飾ヌクレオシド技術を国内製薬企業にライセンスし、その後はLNP製剤化の研究に軸足を移した。自らのRSウイルス向けmRNAワクチン候補は非臨床段階にある。研究室で作るmRNAは研究用のみで、臨床用の材料は製造していない。",
  mod="+mrna +vaccine", cap="+formulation -clinical_supply", scale="+research -non_clinical -clinical -commercial", stage="+preclinical", site="+JP +JP-14"),
]
