from lib import write
R = []
def a(kind, lang, text, **kw): R.append((kind, lang, text, kw))

a("startup", "en", """
About Us
Aoba Therapeutics is a Sendai-born biotech developing first-in-class antibodies for fibrosis.
Pipeline
• AOB-101 (anti-IL-11 mAb) — Phase 1
• AOB-205 (bispecific) — preclinical
What we're looking for
- A CDMO for cell line development and GMP drug substance for our Phase 2 supply
- A formulation and fill-finish partner
Lab: Sendai, Miyagi
""", mod="antibody bispecific", cap="-cell_line_development -drug_substance -clinical_supply -formulation -fill_finish", st="phase1 preclinical", site="JP-04 JP")

a("startup", "ja", """
【会社概要】
株式会社ネオレティナ
設立：2019年／所在地：兵庫県神戸市
【事業】
iPS細胞由来網膜色素上皮細胞による再生医療等製品の開発
・主要パイプライン：非臨床（2026年 第I/II相開始予定）
・創薬ベンチャーエコシステム強化事業 採択
【体制】
細胞製造は外部CDMOへ委託。自社では研究開発に注力。
""", mod="ips regenerative", cap="-drug_substance -clinical_supply -commercial_manufacturing", st="preclinical -phase1 -phase2", cert="amed_supported_venture", site="JP-28 JP")

a("pharma", "en", """
Company Profile
Founded in Toyama in 1952, Hokuriku Seiyaku develops and markets prescription medicines.
Therapeutic focus: CNS, dermatology
Products: 14 marketed small-molecule drugs in Japan
Pipeline: 3 programmes in Phase 2–3
Manufacturing: in-house oral solid dosage plant (Toyama) for our marketed products; sterile injectables outsourced to CMOs
Planning to enter peptide therapeutics through in-licensing.
""", mod="small_molecule -peptide", cap="formulation commercial_manufacturing -fill_finish", sc="commercial", st="approved phase2 phase3", site="JP-16 JP")

a("startup", "ja", """
【私たちについて】
核酸医薬（アンチセンス）で希少疾患に挑む創薬ベンチャー。
・自社ラボ：大阪府茨木市（配列設計・in vitroスクリーニング）
・パイプライン：研究段階 2品目、非臨床 1品目
・非臨床安全性試験はCROへ委託
・GMP原薬の製造委託先を募集中（治験薬用、数百g規模）
シリーズA資金調達完了（2024年）
""", mod="nucleic_acid", cap="drug_discovery -nonclinical_studies -drug_substance -clinical_supply", st="research preclinical", fs="series_a", site="JP-27 JP")

a("startup", "en", """
Our Science
Allogeneic CAR-T cells from iPSC-derived T cells.
Programme status
→ KT-01 (CD19) — Phase 1 in Japan, first patient dosed 2025
→ KT-02 (solid tumours) — discovery
In-house GMP cell processing facility (Kyoto) producing our own clinical lots — not available for contract work.
Lentiviral vector supplied by a partner CDMO.
""", mod="car_t ips -viral_vector", cap="-clinical_supply", comp="gmp", st="phase1 research", site="JP-26 JP")

a("pharma", "ja", """
【企業情報】
大和創薬株式会社
本社：東京都中央区
研究所：神奈川県藤沢市／米国カリフォルニア州サンディエゴ
【重点領域】
・がん（抗体、ADC）
・感染症（mRNAワクチン）
【開発品】
・承認品目：抗体医薬 3品目
・臨床開発中：第I相〜第III相 計12プロジェクト
※mRNAワクチン原薬の製造は国内CDMOへ委託
""", mod="antibody adc mrna vaccine", cap="-drug_substance", st="approved phase1 phase2 phase3", site="JP-13 JP-14 JP US US-CA")

a("startup", "en", """
Nagi Bio — At a Glance
Stage: seed-funded, lead optimisation
Modality: oral small molecules (KRAS pathway)
Team: 6 scientists, Kashiwa-no-ha, Chiba
Outsourced: medicinal chemistry synthesis (CRO in China), DMPK and toxicology
Next: IND-enabling studies planned for 2026
""", mod="small_molecule", cap="drug_discovery -nonclinical_studies", st="research -preclinical", fs="seed", site="JP-12 JP")

a("startup", "ja", """
【パイプライン】
・GT-01（AAV9／脊髄性疾患）：第I/II相試験実施中
・GT-02（AAV／眼科疾患）：非臨床
【製造】
AAVベクターの治験薬製造は海外CDMOに委託
自社ラボ（東京都文京区）ではベクター設計・カプシド改変研究を実施
【資金】
シリーズB（2023年）
""", mod="gene_therapy viral_vector", cap="drug_discovery -clinical_supply", st="phase1 phase2 preclinical", fs="series_b", site="JP-13 JP")

a("pharma", "en", """
Japan Operations
Helvion Pharma (Basel, Switzerland) markets recombinant enzyme replacement therapies for rare diseases.
• Japan: commercial affiliate in Tokyo — sales, medical affairs and pharmacovigilance
• No research or manufacturing site in Japan
• Manufacturing: Switzerland and Ireland
• Approved products: 4 (2 in Japan)
""", mod="protein", st="approved", site="CH IE -JP")

a("pharma", "ja", """
【事業概要】
中堅製薬企業。特殊環状ペプチドを中心とした創薬研究。
・創薬研究所：神奈川県横浜市
・臨床段階：第II相 1品目（導出済み）、第I相 2品目
・研究用ペプチドは自社合成、治験薬原薬はCMOへ委託
・ライセンスアウトによる提携を積極推進
""", mod="peptide", cap="drug_discovery -drug_substance -clinical_supply", st="phase2 phase1", fs="licence_out", site="JP-14 JP")

a("startup", "en", """
About
Mirai Dx builds AI-assisted blood tests for early pancreatic cancer detection.
• Product: in-vitro diagnostic kit + cloud analysis software
• Status: clinical performance study ongoing at 5 hospitals
• We are not developing therapeutics.
HQ & lab: Nagoya, Aichi
Funding: Series A closed; planning to raise Series B in 2026.
""", mod="diagnostics digital_health -therapeutics", fs="series_a -series_b", site="JP-23 JP")

a("startup", "ja", """
【会社紹介】
腸内細菌叢に着目した生菌製剤（LBP）の研究開発
・菌株ライブラリー：約3,000株
・開発段階：基礎研究〜非臨床
・GMP製造パートナーを探しています（嫌気培養・凍結乾燥）
・拠点：沖縄県うるま市
シードラウンド調達済み
""", mod="live_biotherapeutic", cap="-drug_substance -upstream", comp="-gmp", st="research preclinical", fs="seed", site="JP-47 JP")

a("pharma", "en", """
Our Network
A Japanese specialty pharma focused on biosimilar antibodies.
- Approved: 3 biosimilars (trastuzumab, bevacizumab, adalimumab)
- Development: 2 candidates in Phase 3
- Drug substance: produced at a joint-venture plant in Hyderabad, India (partner-operated)
- Formulation, fill-finish and packaging: our GMP plant in Ohtawara, Tochigi
""", mod="antibody", cap="-drug_substance formulation fill_finish", comp="gmp", st="approved phase3", site="JP-09 JP")

a("startup", "ja", """
【概要】
次世代ADCの創薬ベンチャー
・独自リンカー技術（特許取得済み）
・ADC-01：第I相（米国で実施中）
・ADC-02：非臨床（IND申請準備中）
・抗体・ペイロードの製造およびコンジュゲーションはすべて外部CDMOに委託（自社製造設備なし）
・本社・研究所：東京都江東区
""", mod="adc", cap="-drug_substance -clinical_supply -commercial_manufacturing", st="phase1 preclinical", site="JP-13 JP")

a("startup", "en", """
Startup Snapshot
Kinoko Bio — engineered peptides and recombinant proteins for metabolic disease
Pipeline: KB-3 (long-acting GLP-1/GIP peptide) — Phase 2a; KB-7 (Fc-fusion protein) — IND-enabling
In-house: protein engineering, in vitro pharmacology, small-scale expression (≤10 L)
Outsourced: GLP toxicology, GMP manufacturing
Location: Tsukuba Science City, Ibaraki
Series C, 2025
""", mod="peptide protein", cap="drug_discovery -nonclinical_studies -clinical_supply -commercial_manufacturing", comp="-glp -gmp", st="phase2 preclinical", fs="series_c", site="JP-08 JP")

write("part_sp.jsonl", R)
print(len(R))
