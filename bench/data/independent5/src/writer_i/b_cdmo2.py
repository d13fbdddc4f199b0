from common import R, save
C = "cdmo"
rows = [
R(C, "en", """Description of business. Meridian Conjugation Services K.K. provides antibody-drug conjugate (ADC) bioconjugation, purification and analytical release under GMP at its Toyama facility.
The monoclonal antibody intermediate is supplied by the client or manufactured by the client's antibody CDMO; we do not produce antibodies ourselves.
Linker-payload synthesis is performed by our sister company, Meridian Chemical, and shipped to Toyama as a bought-in intermediate.
Conjugation batches range from 50 g for IND-enabling toxicology to 2 kg for Phase 1/2 trials.""",
  mod="adc -antibody",
  cap="downstream quality_control clinical_supply",
  comp="gmp", scale="non_clinical clinical", site="JP JP-16"),

R(C, "ja", """Q. 低分子原薬の受託製造について、対応スケールを教えてください。
A. 研究用（非GMP）は10g〜100g、GMP治験薬原薬は100g〜20kg/バッチで対応しております。
Q. 商用生産への移行は可能ですか。
A. 商用スケールの設備は保有しておらず、商用生産は受託しておりません。技術移転先の紹介は可能です。
Q. 分析法開発・安定性試験は。
A. いずれも社内（神奈川県相模原市）で実施可能です。""",
  mod="small_molecule",
  cap="drug_substance clinical_supply analytical_development quality_control -commercial_manufacturing",
  comp="gmp", scale="research clinical -commercial", site="JP JP-14"),

R(C, "en", """Capability statement for RFI no. 24-117, Yodogawa Cell Works Co., Ltd.
iPS cell-derived cell therapy products: Yes. Master and working cell bank manufacture from clinical-grade iPS lines: Yes.
Differentiation and expansion process development: Yes.
GMP manufacture of investigational products for first-in-human and Phase 2 studies: Yes, at our Osaka Nakanoshima cell processing facility.
Commercial manufacturing: No; a commercial-scale suite is under construction, completion expected in fiscal 2027.
Regulatory support for PMDA consultations: Partner.""",
  mod="ips cell_therapy",
  cap="process_development clinical_supply -commercial_manufacturing -regulatory",
  comp="gmp", scale="clinical -commercial", site="JP JP-27"),

R(C, "ja", """【事業の内容】当社グループは、ワクチンの受託製造事業およびアジュバント事業の2セグメントで構成されております。
ワクチン受託製造事業では、熊本県菊池市の当社工場において、組換えタンパク質抗原ワクチンの原薬製造、製剤化および無菌充填をGMP下で一貫受託しており、国内で承認された製品の商用生産も行っております。
アジュバント事業では、自社開発のアジュバントを国内外の開発企業に供給しております。
なお、mRNAワクチンについては受託実績はなく、現時点で対応予定もありません。""",
  mod="vaccine protein -mrna",
  cap="drug_substance formulation fill_finish commercial_manufacturing adjuvant",
  comp="gmp", scale="commercial", site="JP JP-43"),

R(C, "en", """Annual report, Peptide & Oligonucleotide segment. Setonaikai Synthesis Co., Ltd. manufactures GMP peptide drug substances at its Fukuyama plant, Hiroshima, in batches of 1 to 50 kg, for customers' clinical programmes.
A second plant for oligonucleotide drug substances is under construction in the same prefecture and is scheduled to start GMP operation in fiscal 2026; until then oligonucleotides are offered only at non-GMP research scale (up to 50 g).
Fill-finish is not offered.""",
  mod="peptide nucleic_acid",
  cap="drug_substance clinical_supply -fill_finish",
  comp="gmp", scale="clinical research", site="JP JP-34"),

R(C, "ja", """質問：プラスミドDNAの受託製造体制について回答してください。
回答：当社（滋賀県草津市）は、AAVベクターやmRNAの製造に用いる出発原料としてのプラスミドDNAを製造・供給しております。大腸菌による200L培養と精製を行い、GMPグレードおよび研究用グレードの2グレードを提供しております。
質問：ウイルスベクターやmRNAそのものの製造は。
回答：いずれも行っておりません。""",
  mod="-viral_vector -mrna",
  cap="plasmid upstream downstream",
  comp="gmp", scale="clinical research", site="JP JP-25"),

R(C, "en", """Q: What do you manufacture for cell therapy developers? A: Lentiviral vectors for ex vivo gene modification, produced in HEK293 suspension culture at 50 L and 200 L.
Q: Do you manufacture CAR-T cells? A: No. Our customers transduce and expand their CAR-T products in their own facilities or at other CDMOs.
Q: GMP? A: Yes, vector lots for clinical trials are released under GMP at our Sendai, Miyagi site.
Q: Plasmids? A: Bought in from qualified suppliers.""",
  mod="viral_vector -car_t",
  cap="upstream clinical_supply -plasmid",
  comp="gmp", scale="clinical", site="JP JP-04"),

R(C, "ja", """統合報告書 事業概要。ミカワ製剤株式会社は、バイオ医薬品の製剤化および無菌充填に特化したCDMOです。
原薬はお客様または原薬CDMOから受け入れており、当社では原薬製造を行っておりません。
愛知県岡崎市の工場では、抗体医薬品の液剤・凍結乾燥製剤の製剤開発から、バイアルおよびプレフィルドシリンジへの充填まで、治験薬から商用品までGMPで対応しております。
二次包装および国内物流は協力会社に委託しております。""",
  mod="antibody",
  cap="formulation fill_finish clinical_supply commercial_manufacturing -drug_substance",
  comp="gmp", scale="clinical commercial", site="JP JP-23"),

R(C, "en", """Business section. In fiscal 2022 Hokuriku BioPharma Services Co., Ltd. divested its small-molecule API business, including the Fukui chemical plant, and now operates solely as a biologics CDMO.
The remaining Kanazawa site in Ishikawa develops and manufactures recombinant proteins and monoclonal antibodies, with 50 L to 1,000 L single-use bioreactors.
Cell line development is outsourced to a partner.""",
  mod="protein antibody -small_molecule",
  cap="process_development drug_substance upstream -cell_line_development",
  scale="clinical", site="JP JP-17 -JP-18"),

R(C, "ja", """Q：貴社の製造品目とグレードは。
A：研究用途向けの組換えタンパク質（サイトカイン、成長因子等）を受託製造しております。製造品は研究用途に限り、GMP製造は行っておりません。
Q：製造スケールは。A：動物細胞・昆虫細胞培養で1〜20Lです。
Q：所在地は。A：北海道札幌市の研究所です。""",
  mod="protein",
  cap="upstream",
  comp="-gmp", scale="research -non_clinical -clinical -commercial", site="JP JP-01"),

R(C, "en", """RFI response, Lionsgate RNA Manufacturing Pte. Ltd.
mRNA drug substance (IVT, capping, purification): Yes, at our Singapore plant, 10 g to 200 g per batch for clinical trials.
LNP encapsulation: Yes.
Fill-finish: Partner.
Japan presence: an analytical laboratory in Fujisawa, Kanagawa performs GMP release and stability testing for Japanese clients; no manufacturing takes place in Japan.""",
  mod="mrna",
  cap="drug_substance formulation clinical_supply quality_control -fill_finish",
  comp="gmp", scale="clinical", site="SG JP JP-14"),

R(C, "ja", """【事業の内容】当社グループは、当社、連結子会社4社および関連会社1社で構成されております。
医薬品受託事業では、抗体医薬品の原薬製造（山形工場）および低分子原薬の製造（静岡工場）を行い、治験薬から商用品までの受託に対応しております。
欧州の顧客向けには、連結子会社Vesta Pharma GmbH（ドイツ）が低分子原薬の製造を担っております。
なお、細胞治療製品の受託は2023年度に終了しております。""",
  mod="antibody small_molecule -cell_therapy",
  cap="drug_substance clinical_supply commercial_manufacturing",
  scale="clinical commercial", site="JP JP-06 JP-22 DE"),

R(C, "en", """Q: What is your offering? A: Kojimachi CellTech is a small process development company in Tokyo for cell therapy developers. We develop and optimise culture, harvest and cryopreservation processes at research scale.
Q: Do you manufacture under GMP? A: Not in-house. GMP manufacture of clinical material is carried out by our partner CDMO, to which we transfer the process.
Q: Analytical methods? A: Flow cytometry and potency assay development: Yes.""",
  mod="cell_therapy",
  cap="process_development analytical_development -clinical_supply",
  comp="-gmp", scale="research", site="JP JP-13"),

R(C, "ja", """能力一覧（サプライヤー評価票への回答、株式会社イズミ核酸テクノロジー）
モダリティ：siRNA・アンチセンス核酸
分析法開発：Yes
原薬製造：Yes（治験用）
商用生産：Planned（2028年予定）
製剤化：Partner
充填：No
品質試験：Yes（GMP準拠）
拠点：大阪府和泉市""",
  mod="nucleic_acid",
  cap="analytical_development drug_substance clinical_supply quality_control -commercial_manufacturing -formulation -fill_finish",
  comp="gmp", scale="clinical -commercial", site="JP JP-27"),
]
save(rows, "ind5i", "batch_cdmo_b.jsonl", start={"cdmo": 14})
