ROWS = [
("ja", "university", """
【面談記録】岐阜医療大学 細胞治療センター
GMP準拠の院内CPCで製造した細胞製品（MSC、CAR-T）を使い、医師主導治験（第1/2相）を実施中。
企業からの受託製造はしていないとのこと。
""", "m+ msc car_t cell_therapy therapeutics | c+ clinical_supply | g+ gmp | st+ phase1 phase2 | loc+ JP JP-21"),

("en", "research_institute", """
National Institute for Vector Medicine (Tsukuba) – visited their pilot plant.
GMP-grade AAV for gene therapy, for academic investigator-initiated trials only; no commercial work.
""", "m+ viral_vector gene_therapy | c+ clinical_supply | c- commercial_manufacturing | g+ gmp | s+ clinical | s- research non_clinical commercial | loc+ JP JP-08"),

("ja", "university", """
面談記録：中京薬科大学 創薬シーズ
低分子（抗線維化）は非臨床、ペプチドは基礎研究段階。導出先を探している。
GLP毒性試験はまだ実施していない。
""", "m+ small_molecule peptide therapeutics | c+ drug_discovery | g- glp | st+ preclinical research | loc+ JP JP-23"),

("en", "university", """
Hokkaido core facility (university) – mass spec / glycan analysis core, open to companies on a fee basis.
They develop glycan and intact-mass methods for antibody samples.
Non-GMP, research use only.
""", "m+ antibody | c+ analytical_development | g- gmp | s+ research | s- non_clinical clinical commercial | loc+ JP JP-01"),

("ja", "research_institute", """
【CRM】関西先端医療研究機構（神戸）
iPS細胞ストックを研究用・臨床用の両方で提供。
臨床用の株はGMPで製造し、企業にも提供しているとのこと。
""", "m+ ips | g+ gmp | s+ research clinical | loc+ JP JP-28"),
]
