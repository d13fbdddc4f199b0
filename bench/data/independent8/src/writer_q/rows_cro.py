ROWS = [
("en", "cro", """
Met sales mgr of Fujisan Preclinical (Gotemba, Shizuoka) at BIO Japan.
GLP tox + safety pharmacology, rodents and dogs; TK bioanalysis in-house.
No clinical work whatsoever – they hand clients over to a partner CRO for FIH.
""", "c+ nonclinical_studies | c- clinical_trials | g+ glp | loc+ JP JP-22"),

("ja", "cro", """
【面談記録】浪速クリニカルリサーチ
臨床CRO。モニタリング、DM、統計解析、Phase 1〜3、オンコロジー中心、GCP準拠。
非臨床はやっていないとのこと。
本社大阪、東京・福岡にも拠点。
""", "c+ clinical_trials | c- nonclinical_studies | g+ gcp | loc+ JP JP-27 JP-13 JP-40"),

("en", "cro", """
Kasumi Regulatory Partners (Tokyo) – 12 people.
PMDA consultation prep, CTD Module 3 writing, GMP audit support for overseas CMOs.
They don't run studies or do any lab testing – pure consulting, they stressed.
""", "c+ regulatory | c- nonclinical_studies clinical_trials quality_control | loc+ JP JP-13"),

("ja", "cro", """
【CRM】北斗ラボテスティング
・品質試験の受託、GMP適合。無菌試験、エンドトキシン、マイコプラズマ、安定性試験。
・製造は行っていない。
・ラボは札幌と川崎。
""", "c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | loc+ JP JP-01 JP-14"),

("en", "cro", """
Call memo – Tsukuba Bioanalytical.
LC-MS/MS and ligand-binding bioanalysis for antibodies, peptides and oligos.
GLP for tox TK; GCP-compliant for clinical PK/ADA samples.
""", "m+ antibody peptide nucleic_acid | c+ nonclinical_studies | g+ glp gcp | loc+ JP JP-08"),

("ja", "cro", """
面談記録：火の国ファーマコロジー（熊本）
薬効薬理試験（がん・炎症モデル）、非GLPのみ。
GLP毒性試験は提携先へ再委託しているとのこと。
""", "c+ nonclinical_studies | g- glp | loc+ JP JP-43"),

("en", "cro", """
Harborline Clinical – Boston (MA) clinical CRO; own Phase 1 unit in San Diego, CA.
Japan = BD/sales office in Tokyo only; Japanese sites are run via a local partner CRO.
Pitching US FIH studies to JP startups.
""", "c+ clinical_trials | loc+ US US-MA US-CA | loc- JP"),

("ja", "cro", """
【商談メモ】洛中レギュラトリー（京都）
再生医療等製品の薬事・CMCコンサル。PMDA対面助言の資料作成が主。
品質試験や製造は行わない。
""", "m+ regenerative | c+ regulatory | c- quality_control drug_substance clinical_supply commercial_manufacturing | loc+ JP JP-26"),

("en", "cro", """
Chiba Discovery Chemistry – FTE model, ~80 chemists.
Med chem + in vitro ADME/screening for small molecules and peptides.
Research scale only (mg to ~50 g); no GMP, "pure research", they said.
""", "m+ small_molecule peptide | c+ drug_discovery | g- gmp | s+ research | s- non_clinical clinical commercial | loc+ JP JP-12"),

("ja", "cro", """
面談記録：尾張メディカルサポート（名古屋）
SMO兼臨床CRO、GCP。
CAR-Tなど細胞治療の治験支援の経験があるとのこと。
""", "m+ car_t cell_therapy | c+ clinical_trials | g+ gcp | loc+ JP JP-23"),

("en", "cro", """
Hachioji Biosafety – animal facility in Hachioji, Tokyo.
GLP biodistribution and shedding studies for AAV and mRNA-LNP (qPCR/ddPCR).
They don't make test articles; the client ships the vector.
""", "m+ viral_vector mrna | c+ nonclinical_studies | c- drug_substance clinical_supply commercial_manufacturing | g+ glp | loc+ JP JP-13"),

("ja", "cro", """
【CRM】房総セーフティリサーチ（千葉）
非臨床CRO（安全性薬理・一般毒性）。
GLP適合確認は来年取得予定で、現時点ではGLP試験は受けられないとのこと。
""", "c+ nonclinical_studies | g- glp | loc+ JP JP-12"),

("en", "cro", """
Hakata Clinical Pharmacology (Fukuoka) – own 60-bed Phase 1 unit.
FIH, SAD/MAD, food effect; GCP.
Bioanalysis is outsourced to a sister company.
""", "c+ clinical_trials | g+ gcp | loc+ JP JP-40"),

("ja", "cro", """
面談記録：みなとみらいアナリティカル（横浜）
mRNA・LNP製品の特性解析（キャップ化率、脂質含量、粒子径）と試験法開発。GMP出荷試験も可。
製剤化はしない。
""", "m+ mrna | c+ quality_control analytical_development | c- formulation | g+ gmp | loc+ JP JP-14"),

("en", "cro", """
Omiya Device Research (Saitama) – device-only CRO.
GLP biocompatibility (ISO 10993) and device clinical investigations.
No drug work, they were clear about that.
""", "m+ medical_device | m- therapeutics | c+ nonclinical_studies clinical_trials | g+ glp | loc+ JP JP-11"),
]
