ROWS = [
("university","ja","""大阪の国立大学病院に附属する細胞治療センターです。院内CPC（GCTP準拠）で医師主導治験用のCAR-T細胞とMSCを製造しており、企業治験向けの受託製造にも対応しています。""",
 "mod+ car_t msc cell_therapy; cap+ clinical_supply; comp+ gmp; sc+ clinical; site+ JP JP-27"),
("research_institute","en","""Our institute in Wako, Saitama is a public research institute. Seeds available for licence: a small molecule for ALS at preclinical stage, and an antisense oligonucleotide (nucleic acid) at basic research stage. We do not run clinical trials ourselves, we look for startups or pharma to license out.""",
 "mod+ small_molecule nucleic_acid; cap- clinical_trials; stg+ preclinical research; fund+ licence_out; site+ JP JP-11"),
("university","ja","""私たちは東北地方の大学にある遺伝子治療研究拠点です。AAVベクターの研究用製造は学内で行っていますが、治験用のGMP製造施設は2028年の完成を目指して整備中です。共同研究先の企業を募集しています。""",
 "mod+ gene_therapy viral_vector; cap- clinical_supply; comp- gmp; sc+ research; sc- clinical; site+ JP"),
("university","en","""Postdoc position open at the Graduate School of Pharmaceutical Sciences in Fukuoka. Our lab develops antibody-drug conjugates and does PK bioanalysis method development in-house. The lead ADC candidate is in preclinical (IND-enabling) stage, in collaboration with a CDMO which manufactures the GMP material.""",
 "mod+ adc; cap+ analytical_development; cap- drug_substance clinical_supply commercial_manufacturing; comp- gmp; stg+ preclinical; site+ JP JP-40"),
("research_institute","en","""A national research institute in Tsukuba: our primate research center offers non-clinical efficacy studies in monkeys for vaccines and gene therapies. The studies are non-GLP; GLP tox studies should go to a commercial CRO.""",
 "mod+ vaccine gene_therapy; cap+ nonclinical_studies; comp- glp; site+ JP JP-08"),
]
