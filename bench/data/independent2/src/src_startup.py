KIND = "startup"
ROWS = [
("en", """Kiriko Therapeutics is a Kyoto University spin-out developing small-molecule inhibitors for fibrotic diseases. Our
lead compound has completed IND-enabling studies and is expected to enter Phase 1 in 2026, while a second programme is in
lead optimisation. We run chemistry and biology in our Kyoto lab and outsource GMP API manufacture and GLP toxicology to
partners. We closed a Series A round in 2025.""",
 "m+ small_molecule | c+ drug_discovery | c- drug_substance clinical_supply commercial_manufacturing nonclinical_studies | g- gmp glp | st+ preclinical research | f+ series_a | r+ JP JP-26"),
("ja", """株式会社ルミナ・セラピューティクスは、iPS細胞由来のNK細胞を用いたがん免疫療法を開発する創薬ベンチャーです（本社：東京都港区）。
現在、固形がんを対象とした第1相の医師主導治験を実施中です。
治験製品の製造は大阪のCDMOに委託しており、自社では製造施設を保有していません。
AMEDの創薬ベンチャーエコシステム強化事業に採択されています。""",
 "m+ ips cell_therapy | c- drug_substance clinical_supply commercial_manufacturing | st+ phase1 | x+ amed_supported_venture | r+ JP JP-13"),
("en", """Tanuki Bio develops AAV gene therapies for inherited retinal diseases. Our lead programme is in a Phase 1/2 trial
in Japan and the US, and two follow-on candidates are in preclinical development. Vector manufacturing is contracted to a
US CDMO, and we buy plasmid from a separate supplier. We are currently raising a Series B.""",
 "m+ gene_therapy viral_vector | c- drug_substance clinical_supply commercial_manufacturing plasmid | st+ phase1 phase2 preclinical | f+ series_b"),
("ja", """株式会社カゲロウ創薬は、独自のAIプラットフォームで低分子化合物を設計する創薬ベンチャーです。
自社パイプラインは探索段階にあり、製薬企業との共同研究を通じて候補化合物の導出（ライセンスアウト）を目指しています。
化合物合成と薬理評価は国内外のCROに委託しています。本社は東京都文京区です。""",
 "m+ small_molecule | c+ drug_discovery | c- nonclinical_studies | st+ research | f+ licence_out | r+ JP JP-13"),
("en", """Mosswood Microbiome is developing live biotherapeutic products, defined bacterial consortia, for ulcerative colitis.
Our lead completed a Phase 2a study in 2025. We run fermentation process development in-house in Kanagawa, and a partner
CDMO manufactures the GMP clinical lots. We used to run a diagnostics business, which was spun off in 2023.""",
 "m+ live_biotherapeutic | m- diagnostics | c+ process_development | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | st+ phase2 | r+ JP JP-14"),
("ja", """株式会社シオン・バイオは、二重特異性抗体を用いた自己免疫疾患の治療薬を開発しています。
リード抗体は非臨床段階にあり、2026年度に治験届の提出を予定しています。
現在、抗体の細胞株構築と治験薬製造を担っていただけるCDMOを探しています。シードラウンドで3億円を調達しました。""",
 "m+ bispecific antibody therapeutics | c- cell_line_development clinical_supply | st+ preclinical | f+ seed"),
("en", """Fennel Peptide Therapeutics designs macrocyclic peptides against intracellular targets using its own mRNA display
platform. The lead programme is in IND-enabling studies, with GLP toxicology run by a CRO in Shiga. We are based in
Kawasaki and have not yet built any GMP capability.""",
 "m+ peptide | c+ drug_discovery | c- nonclinical_studies | g- gmp glp | st+ preclinical | r+ JP JP-14"),
("ja", """株式会社ホタル核酸医薬は、希少疾患に対するアンチセンス核酸医薬を開発しています。
第1相試験を終え、現在は第2相試験の準備を進めています。
原薬の製造は国内CDMOに、製剤化・充填は海外のCMOに委託しています。北海道大学発のベンチャーで、札幌市に研究所があります。""",
 "m+ nucleic_acid | c- drug_substance formulation fill_finish clinical_supply commercial_manufacturing | st+ phase1 | r+ JP JP-01"),
("en", """Otter Cell Therapeutics is developing an allogeneic CAR-T for B-cell malignancies, and our first-in-human study
opened in late 2025. Unlike most peers, we manufacture clinical material in our own GMP suite in Kobe and make our own
lentiviral vector. This capacity serves our pipeline only; we do not offer manufacturing to other companies.""",
 "m+ car_t cell_therapy viral_vector | c- clinical_supply drug_substance commercial_manufacturing | g+ gmp | st+ phase1 | r+ JP JP-28"),
("ja", """株式会社ヤマセミ・ワクチンは、mRNA技術を用いた次世代インフルエンザワクチンを開発する創薬ベンチャーです。
非臨床試験で良好な結果を得ており、2026年の第1相試験開始を目指しています。
mRNA原薬とLNP製剤はCDMOから調達しています。シリーズAで15億円を調達済みで、現在シリーズBの資金調達を進めています。""",
 "m+ mrna vaccine | c- drug_substance formulation clinical_supply commercial_manufacturing | st+ preclinical | f+ series_a series_b"),
("en", """Brightwater Diagnostics develops companion diagnostic assays for targeted cancer therapies; we do not develop
therapeutics. Our CLIA-certified lab is in San Diego, California. Our Japanese subsidiary in Tokyo prepares regulatory
filings with the PMDA.""",
 "m+ diagnostics | m- therapeutics | c+ regulatory | r+ US US-CA JP JP-13"),
("ja", """株式会社クロユリ・メディカルは、名古屋市に本社を置き、睡眠障害向けの治療用アプリ（デジタル治療）を開発しています。
国内で第3相試験に相当する検証的試験を実施中です。
医薬品の開発は行っていません。""",
 "m+ digital_health | m- therapeutics | st+ phase3 | r+ JP JP-23"),
("en", """Arcadia RNA Therapeutics is a Tokyo-headquartered company developing GalNAc-conjugated siRNA drugs for
cardiometabolic disease. Two programmes are in Phase 2 and one is in Phase 1, and we have out-licensed ex-Japan rights to
our lead asset. Drug substance is made by an oligonucleotide CDMO in Fukuoka. The company is listed on the Tokyo Stock
Exchange Growth market.""",
 "m+ nucleic_acid | c- drug_substance clinical_supply commercial_manufacturing | st+ phase1 phase2 | f+ licence_out ipo | r+ JP JP-13"),
("ja", """株式会社アケボノ再生医療研究所は、間葉系幹細胞を用いた変形性膝関節症の再生医療等製品を開発しています。
条件付き承認を取得した製品を1品目持ち、現在は適応拡大に向けた第2相試験を実施中です。
細胞の製造は自社の岡山CPCで行っており、販売用製品と治験製品の両方を製造しています。""",
 "m+ msc cell_therapy regenerative | c+ clinical_supply commercial_manufacturing | st+ approved phase2 | r+ JP JP-33"),
("en", """Solstice Antibody Labs is a two-year-old startup discovering antibodies against GPCRs with a proprietary llama
nanobody library. We are at the research stage and fund our work through discovery partnerships with pharma. All wet-lab
work happens at our incubator space in Shonan iPark, Fujisawa.""",
 "m+ antibody | c+ drug_discovery | st+ research | r+ JP JP-14"),
("ja", """株式会社ツムギ・オンコロジーは、抗体薬物複合体（ADC）を開発する創薬ベンチャーです。
独自のリンカー・ペイロード技術を持ち、抗体は提携先の製薬企業から導入しています。
リード品は非臨床段階にあります。創薬ベンチャーエコシステム強化事業の採択企業です。""",
 "m+ adc | m- antibody | st+ preclinical | x+ amed_supported_venture"),
("en", """Kumo Therapeutics is developing an oral small molecule for NASH that is now in a global Phase 3 trial. We have no
laboratories or plants of our own: discovery chemistry, GMP manufacturing and clinical operations are all outsourced. We
plan an IPO on the Tokyo Stock Exchange after the Phase 3 readout.""",
 "m+ small_molecule | c- drug_discovery drug_substance clinical_supply commercial_manufacturing clinical_trials | g- gmp | st+ phase3 | f+ ipo"),
("ja", """株式会社ミズナラ・ファージは、薬剤耐性菌感染症に対するファージ治療薬を研究する大学発ベンチャーです。
現在は基礎研究段階で、シードラウンドの資金調達を行っています。
研究は長崎大学内のインキュベーション施設で行っています。""",
 "m+ therapeutics | st+ research | f+ seed | r+ JP JP-42"),
]
