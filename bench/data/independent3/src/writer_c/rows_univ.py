from common import L
ROWS = [
("en", "university", "Our lab at a national university in Sendai develops AAV gene therapy for inherited retinal disease. In the lab we only make small research preps; the clinical-grade vector for our investigator-initiated trial was made by a CDMO, since we have no GMP facility ourselves. The trial is Phase 1/2 now, and we are looking for a company to license the program out to.",
 L(m="gene_therapy viral_vector", c="| clinical_supply commercial_manufacturing", co="| gmp", si="JP-04 JP", st="phase1 phase2", f="licence_out")),
("en", "research_institute", "We are a public research institute in Kobe with a cell processing center. We make iPS-derived cell products under GMP for investigator-initiated clinical studies of partner hospitals, and we also distribute research-grade iPS cells to academic labs. Commercial manufacturing contracts we do not accept.",
 L(m="ips cell_therapy", c="clinical_supply | commercial_manufacturing", co="gmp", s="research clinical | commercial", si="JP-28 JP")),
("ja", "university", "当研究室（大阪の私立大学の薬学部）では、低分子の創薬研究とDMPK評価をやっています。企業からの受託試験も一部受けていますが、GLP対応はしていません。シーズは探索段階のものが3つあります。",
 L(m="small_molecule", c="drug_discovery nonclinical_studies", co="| glp", si="JP-27 JP", st="research")),
("ja", "university", "福岡にある国立大学病院の細胞治療センターです。院内のCPCで医師主導治験用のCAR-T細胞をGMP準拠で製造しています。ウイルスベクターは外部から購入しています。自前の治験は第1相が進行中です。",
 L(m="car_t cell_therapy | viral_vector", c="clinical_supply", co="gmp", si="JP-40 JP", st="phase1")),
("ja", "research_institute", "国立研究開発法人の研究所で、ワクチンアジュバントの基礎研究をしています。自前のアジュバントを研究用として企業に提供することはありますが、GMP製造はしていません。非臨床の薬効評価は所内で可能です。大阪府の彩都にあります。",
 L(m="vaccine", c="adjuvant nonclinical_studies", co="| gmp", s="research", si="JP-27 JP", st="research")),
]
