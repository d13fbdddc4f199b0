from lib import row
S, P = "startup", "pharma"
ROWS = [
row("ja", S, """課題：固形がんに対するCAR-T療法の奏効率の低さ。
／解決策：腫瘍微小環境下でも機能を維持する次世代CAR-T細胞。
／パイプライン：リード品は非臨床段階、2027年に第1相試験開始予定。
／CMC戦略：レンチウイルスベクター及び細胞の製造は国内CDMOへ委託予定、現在委託先を選定中。
／資金ニーズ：シリーズAにて15億円。""",
"m+ car_t | c- clinical_supply | st+ preclinical | st- phase1"),

row("en", S, """Risk Factors — 1.4 Reliance on contract manufacturers.
The Company does not own manufacturing facilities, and the drug substance and drug product of its lead antibody, currently in Phase 2, are manufactured by a CDMO in Korea.
A second candidate, a bispecific antibody, is in IND-enabling studies, for which a domestic CDMO has yet to be selected.
The Company's research laboratory is located in Shinagawa, Tokyo.""",
"m+ antibody bispecific | c- drug_substance clinical_supply commercial_manufacturing | st+ phase2 preclinical | l+ JP JP-13"),

row("ja", P, """【事業の内容】
当社グループは、医療用医薬品の研究開発、製造及び販売を行っております。
主力製品は自社開発の低分子抗がん剤2品目であり、富山県の自社工場において原薬から製剤まで一貫生産しております。
研究開発パイプラインとして、第1相から第3相段階の低分子化合物5品目、及び導入した抗体医薬品1品目（第2相）を有しております。
なお、抗体医薬品の製造は外部CMOに全面委託しております。""",
"m+ small_molecule antibody | c+ drug_discovery drug_substance formulation commercial_manufacturing | st+ approved phase1 phase2 phase3 | l+ JP JP-16"),

row("en", S, """Problem: no disease-modifying therapy exists for Duchenne patients amenable to exon 44 skipping.
/ Solution: an antisense oligonucleotide with an optimised backbone chemistry.
/ Pipeline: lead in Phase 1/2 in Japan; back-up compound in discovery.
/ CMC strategy: oligonucleotide API sourced from a CDMO in Osaka; fill-finish at a partner site; in-house analytical development only.
/ Ask: bridging finance to a pivotal study.""",
"m+ nucleic_acid | c+ analytical_development | c- drug_substance fill_finish clinical_supply commercial_manufacturing | st+ research phase1 phase2"),

row("ja", S, """採択事業の概要
1. 採択企業：株式会社ルミナジェネシス（宮城県仙台市）。
2. 対象事業：創薬ベンチャーエコシステム強化事業（創薬ベンチャー公募）。
3. 開発品：AAVベクターを用いた網膜色素変性症に対する遺伝子治療薬、現在非臨床試験段階。
4. 支援対象経費：外部委託による治験薬GMP製造及びGLP毒性試験の費用。""",
"m+ gene_therapy viral_vector | c- clinical_supply nonclinical_studies | g- gmp glp | st+ preclinical | l+ JP JP-04 | z+ amed_supported_venture"),

row("en", P, """Business overview — Item 1(a).
The Company develops, manufactures and markets vaccines and plasma-derived products in Japan.
Influenza vaccines are manufactured at the Company's plant in Kumamoto at a commercial scale of approximately 30 million doses per season, while a recombinant protein subunit vaccine is in Phase 3 development.
mRNA vaccine research was terminated in fiscal 2024 following a portfolio review.""",
"m+ vaccine protein | m- mrna | c+ commercial_manufacturing | s+ commercial | st+ approved phase3 | l+ JP JP-43"),

row("ja", S, """（3）医薬品開発の外部委託について
当社は、AIを活用した低分子創薬を行う研究開発型企業であり、神奈川県藤沢市の自社研究所では化合物設計及びin vitro評価のみを実施しております。
非臨床試験、治験薬製造及び臨床試験の実施は、すべて外部のCRO及びCDMOに委託しております。
現在のパイプラインは、探索段階3件、非臨床段階1件であります。""",
"m+ small_molecule | c+ drug_discovery | c- nonclinical_studies clinical_supply clinical_trials drug_substance commercial_manufacturing | st+ research preclinical | l+ JP JP-14"),

row("en", S, """Problem: corneal endothelial failure leaves thousands of patients a year in Japan awaiting donor tissue.
/ Solution: an iPS cell-derived corneal endothelial cell therapy.
/ Pipeline: investigator-initiated Phase 1 ongoing; company-sponsored Phase 2 planned for 2028.
/ CMC strategy: clinical lots made in our own GMP cell processing centre in Kobe; commercial supply to be transferred to a partner CDMO.
/ Ask: a partner for Asian rights.""",
"m+ ips cell_therapy | c+ clinical_supply | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | st+ phase1 | st- phase2 | l+ JP JP-28"),

row("ja", P, """２【事業の内容】
当社グループは、バイオ医薬品を中心とした医療用医薬品の研究開発・製造・販売を行っております。
群馬県の高崎工場において抗体医薬品原薬の商用生産を行っており、12,000 Lの培養槽を4基保有しております。
製剤化及び包装は、非連結のグループ会社に委託しております。
また、当社グループは再生医療等製品の分野には参入しておりません。""",
"m+ antibody | m- regenerative | c+ drug_discovery drug_substance commercial_manufacturing upstream | c- formulation | s+ commercial | l+ JP JP-10"),

row("en", S, """Final report summary (translated).
1. Grantee: a drug venture spun out of a national university and located in Fukuoka.
2. Achievements: a mesenchymal stem cell product for knee osteoarthritis completed a GLP toxicology package and was moved into an investigator-initiated Phase 1/2 trial.
3. Manufacturing: clinical lots were produced by a contract CPC in Kyoto, the grantee having no manufacturing capability of its own.""",
"m+ msc | c- drug_substance clinical_supply commercial_manufacturing | st+ phase1 phase2 | l+ JP JP-40"),

row("ja", S, """課題：既存ワクチンでは予防困難な変異株への迅速な対応。
／解決策：自己増幅型mRNAワクチン。
／パイプライン：2品目とも非臨床段階（マウス及びサルでの免疫原性を確認済み）。
／CMC戦略：mRNA原薬及びLNP製剤の治験薬製造を担うCDMOを募集中、脂質は自社開発の新規イオン化脂質を提供。
／資金ニーズ：第1相試験費用。""",
"m+ mrna vaccine | c+ lipid | c- drug_substance formulation clinical_supply | st+ preclinical"),

row("en", P, """Item 1. Business — Manufacturing.
Small-molecule tablets for the Company's marketed products are manufactured at plants in Shiga and in Ireland.
Biologic drug substance is not manufactured by the Company and is procured from CDMOs in Switzerland and the United States.
Clinical trial material for the Company's own pipeline, which spans discovery through Phase 3, is produced in a GMP pilot plant in Osaka.""",
"m+ small_molecule | c+ formulation commercial_manufacturing clinical_supply | c- drug_substance | g+ gmp | s+ clinical commercial | st+ research preclinical phase1 phase2 phase3 approved | l+ JP JP-25 JP-27 IE"),

row("ja", S, """１【事業の内容】
当社は、独自のリンカー技術を基盤とした抗体薬物複合体（ADC）の研究開発を行う創薬ベンチャーであります。
当社は製造設備を保有しておらず、抗体中間体、リンカー・ペイロード及びADC原薬の製造は、それぞれ外部の受託製造機関に委託しております。
主要開発品LX-101は米国で第1相試験を実施中であり、後続品2品目は非臨床段階であります。
研究所：大阪府大阪市。""",
"m+ adc | c+ drug_discovery | c- drug_substance clinical_supply commercial_manufacturing | st+ phase1 preclinical | l+ JP JP-27"),

row("en", S, """Corporate overview.
Live biotherapeutic products for inflammatory bowel disease are developed by the Company at its laboratories in Tsuruoka, Yamagata.
A 200 L anaerobic fermentation suite is operated exclusively for the Company's own candidates and is not available for contract manufacturing.
The lead bacterial consortium is in Phase 1b, and two further candidates are in preclinical development.""",
"m+ live_biotherapeutic | c+ upstream | s+ clinical | st+ phase1 preclinical | l+ JP JP-06"),

row("ja", P, """３【事業の内容】
当社グループは、体外診断用医薬品事業及び医療用医薬品事業を営んでおります。
体外診断用医薬品事業では、がん関連遺伝子検査キットの開発・販売を行っております。
医療用医薬品事業では、核酸医薬品1品目が第3相試験段階、ペプチド医薬品1品目が第2相試験段階にあります。
当社グループは製造設備を有しておらず、製品の製造は全て他社に委託しております。
本社：東京都八王子市。""",
"m+ diagnostics nucleic_acid peptide | c- drug_substance clinical_supply commercial_manufacturing | st+ phase3 phase2 | l+ JP JP-13"),
]
