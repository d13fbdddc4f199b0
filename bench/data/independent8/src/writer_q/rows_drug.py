ROWS = [
("en", "startup", """
Kotori Therapeutics (Kyoto), university spin-out. Met CEO + CMC lead.
Bispecific T-cell engager; lead in IND-enabling work, 2nd asset still in discovery.
Looking for a CDMO for CLD + GMP DS for first-in-human – no in-house manufacturing.
""", "m+ bispecific antibody therapeutics | c+ drug_discovery | c- cell_line_development drug_substance clinical_supply commercial_manufacturing | st+ preclinical research | loc+ JP JP-26"),

("ja", "startup", """
【面談記録】本郷RNAセラピューティクス（東京・本郷）
siRNA創薬ベンチャー。リード品は国内Phase 1、後続2品は非臨床。
原薬は海外CDMO、GLP毒性試験は国内CROに委託。
創薬ベンチャーエコシステム強化事業の採択企業とのこと。
""", "m+ nucleic_acid therapeutics | c- drug_substance nonclinical_studies | g- glp | st+ phase1 preclinical | cert+ amed_supported_venture | loc+ JP JP-13"),

("en", "pharma", """
Yodoya Pharmaceutical (Osaka), mid-size.
Marketed small molecules (CNS); pipeline Ph1-3, incl. an in-licensed antibody in Ph2.
Own Tokushima plant makes oral solids for commercial supply.
Biologics DS fully outsourced – interested in CDMOs for antibody DS.
""", "m+ small_molecule antibody therapeutics | c+ formulation commercial_manufacturing | c- drug_substance | st+ approved phase1 phase2 phase3 | loc+ JP JP-27 JP-36"),

("ja", "startup", """
【商談メモ】ハートシート・バイオ（大阪・吹田）
大学発、iPS細胞由来の心筋細胞シート（再生医療）。医師主導治験の第1相を実施中。
製造は自社CPCではなく外部CDMOに委託とのこと。
""", "m+ ips cell_therapy regenerative therapeutics | c- drug_substance clinical_supply commercial_manufacturing | st+ phase1 | loc+ JP JP-27"),

("en", "startup", """
Cairn Gene Therapeutics – HQ Cambridge, MA, small R&D lab in Kobe.
AAV gene therapy for ALS, lead is preclinical.
Vector process dev done in-house at 2 L scale; need a GMP AAV CDMO (200-500 L) for Ph1/2 material.
""", "m+ gene_therapy viral_vector therapeutics | c+ process_development | c- clinical_supply | st+ preclinical | loc+ US US-MA JP JP-28"),

("ja", "pharma", """
【CRM】丸之内製薬（東京）
抗体・ADCが中心の大手。上市品あり、Phase 3が2本。
抗体原薬は栃木工場で自社商用生産。
製剤・充填は外部委託とのこと。
""", "m+ antibody adc therapeutics | c+ drug_substance commercial_manufacturing | c- formulation fill_finish | st+ approved phase3 | loc+ JP JP-13 JP-09"),

("en", "startup", """
Kawasaki Macrocycle – oral macrocyclic peptide discovery platform.
Licence-out model: no plans to run clinical trials themselves; lead at research stage, partnered with a big pharma.
""", "m+ peptide therapeutics | c+ drug_discovery | c- clinical_trials | st+ research | loc+ JP JP-14"),

("ja", "startup", """
面談記録：名港セルセラピー（名古屋）
固形がん向けCAR-T、大学発。非臨床段階で、2027年に治験開始予定。
レンチベクターと細胞製造を担うCDMOを探している。
""", "m+ car_t cell_therapy therapeutics | m- viral_vector | c- clinical_supply | st+ preclinical | loc+ JP JP-23"),

("en", "pharma", """
Omi Biosimilars (Shiga).
Three approved biosimilar mAbs. Commercial DS made by a Korean CDMO; formulation and PFS filling in-house at their Koka plant.
""", "m+ antibody therapeutics | c+ formulation fill_finish commercial_manufacturing | c- drug_substance | st+ approved | loc+ JP JP-25"),

("ja", "startup", """
【商談メモ】ガットフローラ・セラピューティクス
腸内細菌由来の生菌製剤。リード品は米国でPhase 2。
製造は自社では行っていない。
本社は東京、研究所は藤沢（湘南）。
""", "m+ live_biotherapeutic therapeutics | c- drug_substance clinical_supply commercial_manufacturing | st+ phase2 | loc+ JP JP-13 JP-14"),

("en", "startup", """
Kitaboshi Vax (Sapporo) – personalised neoantigen mRNA cancer vaccine, Phase 1/2 in Japan.
mRNA is made in-house, research scale only; LNP formulation is done by a partner.
""", "m+ mrna vaccine therapeutics | c+ drug_substance | c- formulation | s+ research | s- non_clinical clinical commercial | st+ phase1 phase2 | loc+ JP JP-01"),

("ja", "pharma", """
面談記録：越中製薬（富山）
低分子・ペプチドの注射剤、後発品も含め上市品を商用生産。
原薬は国内CDMOから購入、製剤・充填は自社工場。
新薬パイプラインはPhase 1が1本。
""", "m+ small_molecule peptide therapeutics | c+ formulation fill_finish commercial_manufacturing | c- drug_substance | st+ approved phase1 | loc+ JP JP-16"),

("en", "startup", """
Lumen Biopsy – liquid-biopsy diagnostics startup; no therapeutics, they said, not now and not later.
CLIA lab in San Jose, CA; Japan R&D lab in Tokyo.
""", "m+ diagnostics | m- therapeutics | loc+ US US-CA JP JP-13"),

("ja", "startup", """
【CRM】ファージアーク（横浜）
ヒト抗体ファージライブラリを持つ創薬ベンチャー。探索〜リード最適化は自社。
細胞株構築・プロセス開発・原薬製造はすべてCDMOに委託。
パイプラインは探索〜非臨床。
""", "m+ antibody therapeutics | c+ drug_discovery | c- cell_line_development process_development drug_substance | st+ research preclinical | loc+ JP JP-14"),

("en", "pharma", """
Alpenrose Pharma KK – Japan affiliate of a Swiss pharma.
Japan entity = sales + regulatory office only, no plant or lab here; manufacturing in Switzerland and Ireland.
Marketed ADC and small molecules.
""", "m+ adc small_molecule therapeutics | c+ regulatory commercial_manufacturing | st+ approved | loc+ CH IE | loc- JP"),
]
