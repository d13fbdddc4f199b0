from lib import write
R = []
def a(kind, lang, text, **kw): R.append((kind, lang, text, kw))

# ---- suppliers
a("supplier", "en", """
Products
Single-use fluid path components for bioprocessing.
■ 2D/3D bioprocess bags (50 mL–2,000 L)
■ Platinum-cured silicone and TPE tubing
■ Aseptic connectors (genderless, 1/4"–1")
Manufactured in an ISO 7 cleanroom in Ota, Gunma. ISO 13485.
*Gamma irradiation by a contract steriliser.
We do not supply bioreactor hardware.
""", cap="single_use_bag tube connector -bioreactor", site="JP-10 JP")

a("supplier", "ja", """
【製品案内】
・無血清培地（CHO細胞用、HEK293細胞用）
・iPS細胞用フィーダーフリー培地
・GMPグレード培地：2026年発売予定
※現行品はすべて研究用試薬です。診断・治療目的には使用できません。
製造拠点：埼玉県川越市
""", cap="culture_medium", comp="-gmp", sc="research -non_clinical -clinical -commercial", site="JP-11 JP")

a("supplier", "en", """
Purification Solutions
- Protein A affinity resin (alkali-stable, 70 g/L DBC)
- Mixed-mode and ion-exchange resins
- Virus removal filters (20 nm) and sterile filters
Bulk supply for commercial-scale antibody manufacturing; packed columns up to 1.6 m diameter.
Production: Nobeoka, Miyazaki. Distribution warehouses in Germany and the US.
""", cap="chromatography_resin filter", sc="commercial", site="JP-45 JP")

a("supplier", "ja", """
【mRNA医薬向け原料】
■ イオン化脂質・PEG脂質・ヘルパー脂質（GMPグレード）
■ Cap1アナログ（キャップ試薬）
■ 修飾ヌクレオシド三リン酸
■ T7 RNAポリメラーゼ等の酵素
kgスケールでの商用供給に対応
製造：山口県宇部市（GMP適合工場）
※mRNA原薬・LNP製剤の受託製造は行っておりません。
""", cap="lipid cap_reagent reagent enzyme -drug_substance -formulation", comp="gmp", sc="commercial", site="JP-35 JP")

a("supplier", "en", """
Bioreactor Systems
Stirred-tank single-use bioreactors from 3 L to 2,000 L, with pre-calibrated pH/DO single-use sensors.
Engineered and built in Göttingen, Germany.
Japan: sold and serviced through our distributor in Yokohama; no own facility in Japan.
Mixers and bags are sourced from partners.
""", cap="bioreactor sensor -mixer -single_use_bag", site="DE -JP")

a("supplier", "ja", """
【製品紹介】医薬品用一次包装容器
・ガラスバイアル（2R〜100R）、低アルカリ溶出タイプ
・COP樹脂製バイアル
・プレフィルドシリンジ用バレル
工場：三重県松阪市／茨城県古河市
品質：ISO 15378
※充填受託は行っておりません。
""", cap="vial -fill_finish", site="JP-24 JP-08 JP")

a("supplier", "en", """
Starting Materials for Biologics & CGT
• Plasmid DNA, research grade, 1 mg–10 g
• CHO-K1 derived production cell lines, licensed on royalty-free terms
• Helper and Rep/Cap plasmids for AAV programmes
HQ & production: Sagamihara, Kanagawa
*We do not manufacture viral vectors.
""", mod="-viral_vector", cap="plasmid cell_line", sc="research", site="JP-14 JP")

a("supplier", "ja", """
【再生医療向け製品】
■ 閉鎖系細胞培養容器（多層フラスコ、培養バッグ）
■ 液体窒素ドライシッパーによる定温輸送サービス（-150℃）
所在地：長野県松本市
※細胞培養加工の受託は行っていません。
""", cap="culture_vessel cold_chain -drug_substance -clinical_supply -commercial_manufacturing", site="JP-20 JP")

a("supplier", "en", """
Vaccine Adjuvants
- Squalene emulsion, alum and TLR agonist adjuvants
- Buffers and formulation excipients
For research use only; clinical-grade adjuvants are available through our licensing partner.
Lab: Suita, Osaka
""", cap="adjuvant reagent", sc="research -non_clinical -clinical -commercial", site="JP-27 JP")

a("supplier", "ja", """
【会社概要】
創業1968年、撹拌技術のパイオニア。
【主要製品】
・シングルユースミキサー（50 L〜3,000 L）
・ステンレス製撹拌槽
・除菌フィルター（カプセル型）
【拠点】
本社工場：大阪府東大阪市
米国工場：ノースカロライナ州（2026年稼働予定）
""", cap="mixer filter", site="JP-27 JP -US")

# ---- universities / institutes
a("university", "ja", """
【研究室紹介】
大学院医学研究科 再生医療学講座
・iPS細胞由来心筋シートの研究開発（非臨床〜第I相 医師主導治験）
・学内CPC：GMP準拠の細胞調製施設（大阪府吹田市）で治験製品を製造
・共同研究・技術移転先企業を募集中
※商用製造は対象外
""", mod="ips regenerative", cap="clinical_supply -commercial_manufacturing", comp="gmp", sc="clinical -commercial", st="preclinical phase1", site="JP-27 JP")

a("research_institute", "en", """
Research Institute — Platform Services
Antibody Discovery Core, Wako, Saitama
• Single B-cell cloning from immunised animals
• Human antibody libraries
• Small-batch expression (transient, up to 1 L)
Open to academic and industry partners for research purposes only. No GMP production.
""", mod="antibody", cap="drug_discovery -clinical_supply -commercial_manufacturing", comp="-gmp", sc="research -non_clinical -clinical -commercial", site="JP-11 JP")

a("university", "ja", """
【共用施設】創薬研究支援センター
所在地：北海道札幌市（キャンパス内）
・化合物ライブラリー（約30万化合物）によるハイスループットスクリーニング
・動物実験施設（非GLP）での薬効評価
・低分子シーズ：基礎研究段階 5件、非臨床段階 2件
企業との共同研究を歓迎。
""", mod="small_molecule", cap="drug_discovery nonclinical_studies", comp="-glp", st="research preclinical", site="JP-01 JP")

a("university", "en", """
Gene Therapy Research Center
Our vector core produces research-grade AAV (up to 1×10^14 vg) for in-house and collaborative projects.
Translational pipeline:
- Hemophilia B gene therapy — Phase 1/2 investigator-initiated trial
- Retinal dystrophy — preclinical
Clinical-grade vector is manufactured by an external CDMO.
Campus: Shimotsuke, Tochigi
""", mod="gene_therapy viral_vector", cap="-clinical_supply", sc="research -clinical", st="phase1 phase2 preclinical", site="JP-09 JP")

a("research_institute", "ja", """
【研究所概要】
東都ワクチン研究機構 感染症ワクチン研究部門
・mRNA・組換えタンパク質ワクチンの基礎研究
・BSL3施設における攻撃試験（動物）
・治験薬製造設備は保有しておらず、製造は外部委託
所在地：東京都武蔵村山市
""", mod="mrna protein vaccine", cap="nonclinical_studies -drug_substance -clinical_supply -commercial_manufacturing", st="research", site="JP-13 JP")

# ---- VCs
a("vc", "ja", """
【投資方針】
・投資ステージ：シード〜シリーズA
・投資領域：創薬（低分子、抗体、核酸）、再生医療
・1社あたり投資額：5,000万円〜5億円
・AMED認定VC（創薬ベンチャーエコシステム強化事業）
【所在地】東京都港区
""", mod="small_molecule antibody nucleic_acid regenerative therapeutics", fs="seed series_a", cert="amed_certified_vc", site="JP-13 JP")

a("vc", "en", """
Investment Focus
Crossover and pre-IPO rounds only.
• Ticket size: USD 10–40M
• Therapeutics across modalities; no medtech or diagnostics
• Portfolio exits to date: 5 IPOs on TSE Growth, 2 trade sales (M&A)
Offices: Tokyo and Boston, MA
""", mod="therapeutics -medical_device -diagnostics", fs="ipo m_and_a -seed -series_a -series_b -series_c", site="JP-13 JP US US-MA")

a("vc", "ja", """
【ファンド概要】
がん・免疫領域の創薬ベンチャーに特化
・シリーズA、シリーズBをリード
・関西地域の大学発シーズを重視
・事務所：京都府京都市
※医療機器・デジタルヘルスへの投資は行いません。
""", mod="therapeutics -medical_device -digital_health", fs="series_a series_b", site="JP-26 JP")

a("vc", "en", """
About the Fund
Kaede Bio Ventures backs company creation in cell and gene therapy.
- Seed only — we do not invest in Series A or later rounds
- Incubation lab space at Shonan iPark, Fujisawa, Kanagawa
- Not an AMED-certified VC
Fund size: JPY 8bn
""", mod="cell_therapy gene_therapy therapeutics", fs="seed -series_a -series_b -series_c -ipo", cert="-amed_certified_vc", site="JP-14 JP")

a("vc", "ja", """
【CVC概要】
製薬企業系コーポレートベンチャーキャピタル
・投資対象：シリーズB〜シリーズC
・重点モダリティ：ADC、二重特異性抗体、細胞治療（CAR-T除く）
・出口戦略：親会社へのライセンスアウト、M&A
拠点：大阪府大阪市／米国サンフランシスコ（カリフォルニア州）
""", mod="adc bispecific cell_therapy -car_t therapeutics", fs="series_b series_c licence_out m_and_a", site="JP-27 JP US US-CA")

a("vc", "en", """
Portfolio Strategy
Medtech and digital health only — no drug developers.
• Series A to Series B
• Japan and Singapore
Offices: Fukuoka (HQ), Singapore
""", mod="medical_device digital_health -therapeutics", fs="series_a series_b", site="JP-40 JP SG")

a("vc", "en", """
University Venture Fund
Investing in spin-outs from Tohoku and Hokkaido universities.
- Stage: seed through Series A; follow-on investments up to Series C
- Modalities: oligonucleotide therapeutics, peptides, vaccines
- AMED-certified VC under the drug-venture ecosystem programme
- Office: Sendai, Miyagi
""", mod="nucleic_acid peptide vaccine therapeutics", fs="seed series_a series_b series_c", cert="amed_certified_vc", site="JP-04 JP")

write("part_rest.jsonl", R)
print(len(R))
