KIND = "research_institute"
ROWS = [
("en", """The Kansai Institute for Biomedical Innovation is a public research institute in Kobe with GLP-compliant animal
facilities and a GMP pilot plant for biologics. The pilot plant produces antibody and protein material in bioreactors of
up to 200 L for first-in-human trials run by academic groups.""",
 "m+ antibody protein | c+ nonclinical_studies drug_substance clinical_supply | g+ glp gmp | s+ clinical | r+ JP JP-28"),
("ja", """国立研究開発法人 東日本バイオ資源研究所は、創薬研究用の化合物ライブラリーと探索用の細胞パネルを国内の研究者に提供しています。
提供は研究目的に限ります。
所在地は茨城県つくば市です。""",
 "c+ drug_discovery | s+ research | s- non_clinical clinical commercial | r+ JP JP-08"),
("en", """The Institute for Vector Science in Nagoya is developing next-generation AAV capsids for CNS gene therapy. Two
capsid programmes are in preclinical proof-of-concept, and we license the capsids to industry. Vector production for the
institute's studies is outsourced to a CDMO.""",
 "m+ gene_therapy viral_vector | c+ drug_discovery | c- drug_substance clinical_supply commercial_manufacturing | st+ preclinical | f+ licence_out | r+ JP JP-23"),
("ja", """公益財団法人 中部臨床研究機構は、アカデミア発シーズの臨床開発を支援する研究機関です。
薬事戦略相談、治験調整事務局、データセンター業務をGCPに準拠して提供しています。
非臨床試験はCROへ委託いただく形となります。本部は名古屋市です。""",
 "c+ regulatory clinical_trials | c- nonclinical_studies | g+ gcp | r+ JP JP-23"),
]
