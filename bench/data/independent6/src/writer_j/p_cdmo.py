from lib import write
R = []
def a(lang, text, **kw): R.append(("cdmo", lang, text, kw))

a("en", """
About Kestrel Biologics
Mammalian biologics, from cell line to release.
Services
• Cell line development (CHO, stable pools in 8 weeks)
• Upstream & downstream process development
• Monoclonal antibodies and Fc-fusion proteins
• cGMP drug substance for Phase 1–3 clinical trials
Facilities
Site: Kobe, Hyogo
Bioreactors: 200 L / 1,000 L / 2,000 L single-use
*Drug product fill-finish via our partner network.
Your molecule, our momentum.
""", mod="antibody protein", cap="cell_line_development process_development upstream downstream drug_substance clinical_supply -fill_finish", comp="gmp", sc="clinical", site="JP-28 JP")

a("ja", """
【会社概要】
株式会社みなと抗体テクノロジー
所在地：神奈川県川崎市
【事業内容】
・抗体医薬品の原薬受託製造
・商用生産（ステンレス培養槽 10,000 L ×2基）
・治験薬製造（500 L シングルユース）
【品質体制】
GMP省令準拠／PMDA適合性調査実績あり
※製剤・充填工程は協力会社にて実施
安定供給を通じ、医療の未来に貢献。
""", mod="antibody", cap="drug_substance commercial_manufacturing clinical_supply upstream -formulation -fill_finish", comp="gmp", sc="clinical commercial", site="JP-14 JP")

a("en", """
Services — Microbial Expression
E. coli and Pichia expression for recombinant proteins.
- Strain construction & clone screening
- Fermentation 5 L–30 L, purification to >95%
- Endotoxin testing of every lot
Scale: research and pre-clinical grade only
Not available: GMP manufacture, clinical material
Lab: Tsukuba, Ibaraki
""", mod="protein", cap="cell_line_development upstream downstream quality_control -clinical_supply", comp="-gmp", sc="research non_clinical -clinical -commercial", site="JP-08 JP")

a("ja", """
【サービス】
二重特異性抗体・Fc融合タンパク質のプロセス開発
・細胞株構築から培養・精製条件の最適化まで
・分析法開発および分析法バリデーション
・非臨床試験用ロット（〜50 L）の製造
【ご注意】
GMP製造はグループ会社（富山工場）が担当。当社ラボでは非GMP業務のみ。
所在地：東京都大田区
""", mod="bispecific protein", cap="cell_line_development process_development upstream downstream analytical_development -clinical_supply -commercial_manufacturing", comp="-gmp", sc="non_clinical", site="JP-13 JP")

a("en", """
Capabilities | Large-Scale Biologics
Commercial mAb supply from two continents.
■ Drug substance: 4 × 15,000 L stainless steel (North Carolina, USA)
■ GMP clinical lots: 2 × 2,000 L single-use (Chiba, Japan)
■ Formulation & aseptic vial filling — Chiba
■ Licensed for marketed products in the US, EU and Japan
*The Tokyo office handles business development only.
""", mod="antibody", cap="drug_substance upstream commercial_manufacturing clinical_supply formulation fill_finish", comp="gmp", sc="clinical commercial", site="US JP-12 JP")

a("ja", """
【施設紹介】熊本バイオ製造センター
所在地：熊本県菊池郡
対応モダリティ：組換えタンパク質、ワクチン抗原（サブユニット）
培養規模：200 L〜2,000 L（動物細胞・微生物）
・GMP原薬製造
・第I相〜第III相治験薬の製造
・無菌充填は2027年稼働予定の新棟にて対応予定
地域に根ざしたバイオものづくり。
""", mod="protein vaccine", cap="drug_substance upstream clinical_supply -fill_finish", comp="gmp", sc="clinical", site="JP-43 JP")

a("en", """
ADC Services
Payload-linker synthesis and bioconjugation under one roof.
• Conjugation of customer-supplied antibodies (we do not produce mAbs)
• HPLC/HIC DAR analysis, free-drug assays
• High-potency containment (OEB 5)
• GMP conjugation for clinical trials — up to 100 g ADC per batch
Location: Takasaki, Gunma
Lyophilised fill-finish: outsourced to a qualified partner.
""", mod="adc -antibody", cap="drug_substance clinical_supply quality_control -fill_finish", comp="gmp", sc="clinical", site="JP-10 JP")

a("ja", """
【事業紹介】低分子原薬の受託製造
■ 対応範囲
・ルート探索・プロセス研究
・GMP原薬製造（治験薬〜商用）
・反応釜：100 L〜6,000 L、年間生産能力 約40トン
■ 拠点
本社・工場：富山県富山市／研究所：富山県射水市
■ 品質
医薬品GMP、海外当局査察受審実績あり
※製剤化は行っておりません。
""", mod="small_molecule", cap="process_development drug_substance clinical_supply commercial_manufacturing -formulation", comp="gmp", sc="clinical commercial", site="JP-16 JP")

a("en", """
Peptide CDMO — What We Do
From milligram screening sets to kilogram GMP API.
- Solid- and liquid-phase peptide synthesis
- Research peptides: 1 mg–50 g
- GMP peptide API: 100 g–20 kg per batch for clinical programmes
- Lipidated, cyclic and stapled peptides
Sites: Osaka (R&D) • Tokushima (GMP plant)
Commercial-scale supply is planned from FY2027.
""", mod="peptide", cap="drug_substance clinical_supply -commercial_manufacturing", comp="gmp", sc="research clinical -commercial", site="JP-27 JP-36 JP")

a("ja", """
【核酸医薬CDMO】
アンチセンス・siRNAオリゴヌクレオチドの受託合成
・合成スケール：研究用（mg）〜非臨床試験用ロット（数百g）
・精製（AEX／RP-HPLC）、凍結乾燥
・分析：LC-MS、純度・不純物試験
※臨床用GMP製造は2026年度開始予定（現時点では非GMP）
拠点：滋賀県草津市
""", mod="nucleic_acid", cap="drug_substance downstream quality_control -clinical_supply", comp="-gmp", sc="research non_clinical -clinical", site="JP-25 JP")

a("en", """
About Us
Shirakawa Fine Chemicals is a contract manufacturer of small-molecule intermediates and APIs.
Capabilities
• Cryogenic (-80 °C) and high-pressure hydrogenation
• Highly potent APIs (OEL < 1 µg/m³)
• Registered starting materials and GMP intermediates
Scale: 500 L–10,000 L reactors, multi-tonne output per year
Plant: Iwaki, Fukushima
Oral solid dosage forms are produced by our sister company, Shirakawa Pharma.
""", mod="small_molecule", cap="drug_substance -formulation", comp="gmp", sc="commercial", site="JP-07 JP")

a("ja", """
【サービス一覧】
カスタム合成（低分子・ペプチド）
・創薬化学（メディシナルケミストリー）支援
・標的化合物のスケールアップ合成
・1バッチあたり 10 mg〜50 g
・研究用途に限り提供
※GMP製造・治験薬製造はお受けしておりません
所在地：京都府京都市（京都リサーチパーク内）
""", mod="small_molecule peptide", cap="drug_discovery -clinical_supply", comp="-gmp", sc="research -non_clinical -clinical -commercial", site="JP-26 JP")

a("en", """
Viral Vector Manufacturing
AAV and lentiviral vectors for gene therapy developers.
Upstream: HEK293 suspension, 50 L and 200 L single-use
Downstream: affinity capture, ultracentrifugation, TFF
Release testing: ddPCR titre, empty/full ratio, sterility
GMP suites: Yokohama, Kanagawa — clinical material for first-in-human to Phase 2
Plasmid DNA is bought in from a qualified supplier.
""", mod="viral_vector gene_therapy", cap="upstream downstream quality_control clinical_supply -plasmid", comp="gmp", sc="clinical", site="JP-14 JP")

a("ja", """
【再生医療等製品 受託製造】
CAR-T細胞・TCR-T細胞の製造受託
・特定細胞加工物製造許可／再生医療等製品製造業許可取得
・CPC：大阪府吹田市（グレードA／B 6室）
・治験製品の製造、出荷試験
・レンチウイルスベクターは提携先から調達
※自家・他家いずれも対応。
""", mod="car_t regenerative -viral_vector", cap="clinical_supply quality_control", sc="clinical", site="JP-27 JP")

a("en", """
Services
iPSC-derived cell products for regenerative medicine, from master cell bank to clinical lots.
• GMP iPSC master/working cell banks
• Differentiation process development (cardiomyocytes, RPE, dopaminergic progenitors)
• Closed automated culture, 2D and 3D
• Cryopreservation and QC release of GMP clinical lots
Facility: Kobe Biomedical Innovation Cluster, Hyogo
We do not manufacture MSC products.
""", mod="ips regenerative -msc", cap="process_development quality_control clinical_supply", comp="gmp", sc="clinical", site="JP-28 JP")

a("ja", """
【事業内容】
間葉系幹細胞（MSC）の受託培養・製造
■ 対応
・骨髄・脂肪・臍帯由来MSCの製法開発
・臨床研究用／治験用細胞製剤の製造（GMP／GCTP準拠）
・凍結保存
■ 非対応
・遺伝子導入細胞（CAR-T等）の製造
所在地：宮城県仙台市
""", mod="msc -car_t", cap="process_development clinical_supply", comp="gmp", sc="clinical", site="JP-04 JP")

a("en", """
Analytical Services for Cell & Gene Therapy
Testing only — we do not manufacture.
- Vector genome titre (ddPCR), capsid ELISA, potency assays
- Replication-competent lentivirus (RCL) testing
- Flow cytometry panels for CAR-T identity and purity
- Method development and validation to ICH Q2(R2)
GMP-compliant QC laboratory: Kashiwa, Chiba
""", mod="cell_therapy gene_therapy viral_vector car_t", cap="quality_control analytical_development -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp", site="JP-12 JP")

a("ja", """
【mRNA・LNP受託開発製造】
IVT（in vitro転写）からLNP製剤化、無菌充填まで一貫対応。
・mRNA原薬：1バッチ 最大 50 g
・LNP製剤：マイクロ流路／インパクトジェット混合
・治験薬GMP製造（第I相〜第II相）
・キャップ試薬・修飾ヌクレオチドは外部購入品を使用
拠点：埼玉県（製造棟）、東京都（本社）
""", mod="mrna", cap="drug_substance formulation fill_finish clinical_supply -cap_reagent", comp="gmp", sc="clinical", site="JP-11 JP-13 JP")

a("en", """
mRNA Research Services
Fast-turnaround mRNA and LNP for discovery teams.
• Custom IVT mRNA: 0.1–10 mg, delivered in 2 weeks
• Research-grade LNP encapsulation with our proprietary ionisable lipids
• In vivo expression check in mice
Research use only. Not for use in humans.
Lab: Shonan, Fujisawa (Kanagawa)
""", mod="mrna", cap="formulation nonclinical_studies", sc="research -non_clinical -clinical -commercial", site="JP-14 JP")

a("ja", """
【新工場建設のお知らせ】
mRNAワクチン原薬・製剤の商用生産拠点を北海道千歳市に建設中（2028年稼働予定）。
現行サービス（東京都江東区ラボ）：
・mRNA配列設計、非臨床試験用ロット製造
・LNP処方検討
※GMP製造は新工場稼働後に開始します。
""", mod="mrna vaccine", cap="formulation -commercial_manufacturing", comp="-gmp", sc="non_clinical -commercial", site="JP-13 JP -JP-01")

a("en", """
Sterile Fill-Finish
Aseptic filling of vials, prefilled syringes and cartridges.
• Isolator lines: 2R–50R vials, up to 24,000 units/hour
• Lyophilisation: 3 freeze-dryers (total 60 m²)
• Visual inspection, labelling & packaging
We are a drug product specialist: no drug substance manufacturing.
Supporting clinical and commercial supply under GMP.
Plant: Ashiya, Hyogo
""", cap="fill_finish -drug_substance clinical_supply commercial_manufacturing", comp="gmp", sc="clinical commercial", site="JP-28 JP")

a("ja", """
【充填受託サービス】
バイオ医薬品の無菌充填専門
・対応容器：バイアル、プレフィルドシリンジ
・ロットサイズ：500〜20,000本
・治験薬（第I相〜第III相）の充填・包装・表示
※原液調製（製剤化）は委託元または提携先にて実施
所在地：静岡県富士市
GMP適合、年間約120ロットの出荷実績。
""", cap="fill_finish clinical_supply -formulation", comp="gmp", sc="clinical", site="JP-22 JP")

a("en", """
Biologics Analytical Centre
Characterisation and release testing for antibodies and recombinant proteins.
- Peptide mapping, glycan profiling, charge variants
- Host cell protein and residual DNA assays; method development on request
- Stability studies (ICH Q5C)
- GMP batch release testing
We do not manufacture — sample in, data out.
Location: Tokyo (Shinagawa)
""", mod="antibody protein", cap="quality_control analytical_development -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp", site="JP-13 JP")

a("ja", """
【受託製造】低分子医薬品の経口固形製剤
錠剤・カプセル剤・顆粒剤の製剤化および包装
・治験薬製造（第I相〜）
・商用生産：年間 約5億錠
・原薬は委託元よりご支給いただきます（原薬製造は行っていません）
工場：岐阜県各務原市
GMP／ISO 14001
""", mod="small_molecule", cap="formulation clinical_supply commercial_manufacturing -drug_substance", comp="gmp", sc="clinical commercial", site="JP-21 JP")

a("en", """
Who We Are
A Seoul-based CDMO for plasmid DNA and AAV.
Capabilities
• GMP plasmid DNA, 2 g–50 g per batch
• AAV manufacturing in 200 L–2,000 L bioreactors
• Facility in Incheon, Korea
Japan: sales and customer support office in Osaka only — all manufacturing is in Korea.
""", mod="viral_vector", cap="plasmid upstream", comp="gmp", sc="clinical", site="KR -JP")

a("ja", """
【ウイルスベクター開発支援】
AAV・レンチウイルスベクターのプロセス開発受託
・生産細胞：HEK293（浮遊／接着）
・培養：2 L〜50 L（研究・非臨床用）
・精製：クロマト精製、空粒子除去
・ベクター品質評価（力価・純度）
GMP製造は提携CDMOへ技術移管のうえ実施
所在地：茨城県つくば市
""", mod="viral_vector", cap="process_development upstream downstream quality_control -clinical_supply -commercial_manufacturing", comp="-gmp", sc="research non_clinical", site="JP-08 JP")

a("en", """
Live Biotherapeutic Products (LBP)
Anaerobic fermentation and freeze-drying of gut commensal strains.
• Strain banking; anaerobic fermentation 50 L–500 L
• Lyophilised powder and enteric capsule filling
• GMP clinical supply for Phase 1/2 studies
Site: Higashi-Hiroshima, Hiroshima
Our former probiotic food-supplement line was closed in 2023.
""", mod="live_biotherapeutic", cap="upstream fill_finish clinical_supply", comp="gmp", sc="clinical", site="JP-34 JP")

a("ja", """
【生産拠点】
■ 山口工場（山口県周南市）
抗体医薬品 原薬製造：12,000 L ×4基
■ シンガポール工場
ワクチン・組換えタンパク質：2,000 L
【受託について】
現在、受託製造の受入は行っておらず、グループ製品の商用生産に専念しております。
※分析試験の受託は対応可能（GMP準拠）
""", mod="antibody vaccine protein", cap="-drug_substance -commercial_manufacturing quality_control", comp="gmp", site="JP-35 JP SG")

write("part_cdmo.jsonl", R)
print(len(R))
