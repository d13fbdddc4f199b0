from lib import R, save
rows = [
R("startup","en","""Seiryu Therapeutics (drug venture, Tokyo HQ + lab) | Pipeline: STX-201 bispecific T-cell engager, IND-enabling tox ongoing; STX-310 ADC at discovery. Series A closed 2024. No in-house CMC. Seeking: GMP CDMO for DS + DP (fill) for FIH; ~2,000 L scale-up path.""",
  mp="bispecific adc", stp="preclinical research", cn="drug_substance fill_finish clinical_supply", gn="gmp", fp="series_a", sip="JP JP-13"),
R("startup","ja","""株式会社ルミナセル（京都府・創薬ベンチャー）｜iPS細胞由来NK細胞（他家）を開発中。LUM-01：非臨床（GLP毒性準備中）、LUM-02：研究段階。AMED創薬ベンチャーエコシステム強化事業 採択。
求めるパートナー：治験製品のGMP製造受託先（CPC）、製薬企業との共同開発。""",
  mp="ips cell_therapy", stp="preclinical research", cep="amed_supported_venture", cn="clinical_supply", gn="gmp", sip="JP JP-26"),
R("pharma","en","""Tenjin Pharmaceutical Co. | Own plants: Osaka (oral solid, commercial) + Shiga (small-molecule API). Pipeline: 2 approved, 3 in Ph2, 1 in Ph3. No cell-culture facilities — antibody programmes fully outsourced. Meeting goal: in-license Ph1/2 assets; find a biologics CDMO.""",
  mp="small_molecule antibody", cp="drug_substance commercial_manufacturing", cn="upstream", stp="approved phase2 phase3", sp="commercial", sip="JP JP-27 JP-25"),
R("startup","ja","""株式会社アマミ核酸創薬（神奈川県藤沢市）｜アンチセンス核酸（ASO）で神経筋疾患を標的。AMM-101 第1/2相実施中、他2本 非臨床。自社で創薬研究（配列設計・in vitroスクリーニング）。
原薬・製剤は全てCDMOに委託。シリーズB資金調達完了。""",
  mp="nucleic_acid", stp="phase1 phase2 preclinical", cp="drug_discovery", cn="drug_substance formulation", fp="series_b", sip="JP JP-14"),
R("startup","en","""Helix Bridge Bio (Cambridge, MA & Kobe) | AAV gene therapy for inherited retinal disease: HBX-01 Ph1/2 (US), HBX-02 preclinical. Kobe lab: capsid discovery only. Vector supply: external CDMO (US). Seeking: JP CDMO for AAV clinical material, 200 L.""",
  mp="gene_therapy viral_vector", stp="phase1 phase2 preclinical", cp="drug_discovery", cn="drug_substance clinical_supply", sip="US US-MA JP JP-28"),
R("pharma","ja","""株式会社ヤマト製薬（東京都本社）｜自社工場：埼玉（経口固形剤、商用）、富山（注射剤の無菌充填）、静岡（抗体：細胞株開発〜原薬製造）。上市品12品目、第3相 2本。
mRNA・細胞治療には参入していません。求めるもの：核酸医薬のライセンス導入候補、海外導出先。""",
  mp="small_molecule antibody", mn="mrna cell_therapy", cp="cell_line_development upstream downstream drug_substance fill_finish commercial_manufacturing", stp="approved phase3", sp="commercial", sip="JP JP-13 JP-11 JP-16 JP-22"),
R("startup","en","""Kotodama Peptides Inc. | Macrocyclic peptide discovery platform (mRNA display), lab in Kawasaki. Offering: co-discovery deals w/ pharma, hit generation vs undruggable targets. Own pipeline: KP-7 at lead opt. No GMP; CMC fully outsourced. Seeking: licence-out partner for KP-7.""",
  mp="peptide", cp="drug_discovery", gn="gmp", stp="research", sip="JP JP-14"),
R("startup","ja","""株式会社サクラ・ダイアグ（千葉県柏市）｜リキッドバイオプシー診断薬（がん早期発見）を開発、体外診断用医薬品として申請準備中。治療薬の開発は行っていません。
求めるパートナー：臨床性能試験を受託できるCRO・医療機関。""",
  mp="diagnostics", mn="therapeutics", cn="clinical_trials", sip="JP JP-12"),
R("startup","en","""Aurora Cell Therapeutics (Sapporo) | Allogeneic gamma-delta CAR-T. ACT-1: Ph1 investigator-initiated trial; ACT-2 preclinical. In-house: process dev in small research-grade CPC. GMP mfg for trials: partner CDMO. LV vector: purchased. Seeking: Series B lead investor.""",
  mp="car_t cell_therapy", mn="viral_vector", cp="process_development", cn="clinical_supply", gn="gmp", stp="phase1 preclinical", sip="JP JP-01"),
R("startup","ja","""株式会社ミチノク創薬（宮城県仙台市、大学発）｜線維症治療薬（低分子）MCS-22は第2相試験中、後続品は前臨床。
原薬製造・治験薬製造は国内CDMOに委託。AMED認定VCからシリーズAで出資を受けています。""",
  mp="small_molecule", stp="phase2 preclinical", cn="drug_substance clinical_supply", fp="series_a", sip="JP JP-04"),
R("pharma","en","""Nordvik Pharma Japan KK | JP affiliate of a Danish pharma. Tokyo office: regulatory & clinical ops. Group mfg: own plant in Denmark (insulin analogs, peptides — commercial). No plant in Japan. Pipeline: GLP-1/amylin Ph3; 4 approved products. Seeking: JP Ph1 units, CDMO for JP-specific packaging.""",
  mp="peptide", cp="regulatory clinical_trials commercial_manufacturing", stp="phase3 approved", sp="commercial", sip="JP JP-13 DK"),
R("startup","ja","""株式会社アサギリ・ワクチン（大阪府吹田市）｜mRNAワクチン（感染症・がん）。AGV-01：非臨床完了、第1相準備中。自社でmRNA配列設計・LNP処方スクリーニング（研究用）。
GMP製造は外部委託予定、現在CDMO選定中。""",
  mp="mrna vaccine", stp="preclinical", cp="formulation", gn="gmp", sip="JP JP-27"),
R("startup","en","""Kiso Antibody Labs (Nagoya) | Offering: fully human mAb discovery (transgenic mice + B-cell cloning), target-to-lead in ~9 months — co-development or fee-for-service. Own pipeline: KAL-3 (anti-fibrosis) preclinical. Not offering: CMC or manufacturing of any kind.""",
  mp="antibody", cp="drug_discovery", cn="drug_substance clinical_supply commercial_manufacturing", stp="preclinical", sip="JP JP-23"),
R("pharma","ja","""株式会社ホクリク製薬（富山県）｜後発医薬品（経口・注射）の商用生産、治験薬製造の受託も可。新薬パイプライン：低分子 第1相 1本。
細胞製品は扱いません。""",
  mp="small_molecule", mn="cell_therapy", cp="commercial_manufacturing clinical_supply", stp="phase1", sp="commercial clinical", sip="JP JP-16"),
R("startup","en","""Satoyama Microbiome Inc. | LBP consortium for UC: SMB-1 finished Ph1 (2023), now in Ph2 in Japan. Series C closed 2025. Fermentation: in-house 50 L GMP suite (Tsukuba) for own clinical supply only — not offered to third parties.""",
  mp="live_biotherapeutic", stp="phase2", cp="upstream clinical_supply", gp="gmp", sp="clinical", fp="series_c", sip="JP JP-08"),
]
for r in rows:
    pass
save("pharma", rows)
