from common import R, save
C = "cro"
rows = [
R(C, "en", """Vendor qualification questionnaire, Kasumi Preclinical Research Inc.
Q: Which studies do you conduct? A: Single and repeat-dose toxicology in rodents and dogs, safety pharmacology, genotoxicity and toxicokinetics, at our Tsukuba facility (Ibaraki).
Q: GLP status? A: All regulatory toxicology is conducted in compliance with GLP; the facility was last inspected in 2023.
Q: Clinical services? A: Not offered.
Q: Test article manufacture? A: No, test articles must be supplied by the sponsor.""",
  cap="nonclinical_studies -clinical_trials -drug_substance -clinical_supply -commercial_manufacturing",
  comp="glp", site="JP JP-08"),

R(C, "ja", """【事業の内容】当社グループは、臨床開発支援事業を主たる事業とし、当社および連結子会社2社で構成されております。
当社は製薬企業から治験のモニタリング、データマネジメント、統計解析を受託しており、GCPに準拠した業務を東京本社および大阪支社で行っております。
連結子会社の韓国法人（ソウル）は、日韓同時治験における韓国側の臨床試験業務を担当しております。
非臨床試験は当社グループの事業範囲に含まれておりません。""",
  cap="clinical_trials -nonclinical_studies",
  comp="gcp", site="JP JP-13 JP-27 KR"),

R(C, "en", """Business overview. Granite Regulatory Partners K.K. is a regulatory and CMC consultancy based in Chuo-ku, Tokyo.
We prepare CTD Module 3 documents, support PMDA consultations and draft clinical trial notifications for biologics, cell therapy and small-molecule sponsors.
We operate no laboratories: analytical and quality control testing is arranged with partner laboratories, and we do not run clinical trials.""",
  mod="cell_therapy small_molecule",
  cap="regulatory -quality_control -clinical_trials",
  site="JP JP-13"),

R(C, "ja", """質問：受託可能な試験項目を教えてください。
回答：バイオ医薬品・細胞治療製品の出荷試験（無菌試験、マイコプラズマ否定試験、エンドトキシン試験）およびウイルス安全性試験をGMPに準拠して実施しております。
質問：製造の受託は。回答：当社は試験専業であり、製造は行っておりません。
質問：試験施設の所在地は。回答：埼玉県川越市です。""",
  mod="cell_therapy",
  cap="quality_control -drug_substance -clinical_supply -commercial_manufacturing",
  comp="gmp", site="JP JP-11"),

R(C, "en", """RFI, Bioanalysis module. Respondent: Asagiri Bioanalytical Laboratories Co., Ltd. (Hachioji, Tokyo).
Small-molecule LC-MS/MS assays: Yes. Ligand-binding assays for antibodies and anti-drug antibodies: Yes. Oligonucleotide quantitation by hybridisation LC-MS: Yes.
Method development and validation: Yes.
Sample analysis for non-clinical studies: GLP. Sample analysis for clinical trials: GCP.
In-life animal studies: No (we analyse samples shipped from the sponsor's test facility).""",
  mod="small_molecule antibody nucleic_acid",
  cap="analytical_development",
  comp="glp gcp", site="JP JP-13"),

R(C, "ja", """統合報告書2025 事業セグメントの状況。当社グループは「非臨床」「臨床」の2事業を展開しております。
非臨床事業では、熊本県宇城市の研究所において薬効薬理試験および薬物動態試験を行っております。臨床事業では、国内の治験モニタリングおよび薬事申請支援を提供しております。
また、米国カリフォルニア州サンディエゴの子会社ラボでは、in vitro創薬支援サービス（化合物スクリーニング）を提供しております。""",
  cap="nonclinical_studies clinical_trials regulatory drug_discovery",
  site="JP JP-43 US US-CA"),

R(C, "ja", """質問：臨床試験の実施体制について記載してください。
回答：品川臨床薬理ユニットは東京都品川区に60床の第1相試験専用施設を有し、初回ヒト投与試験、食事の影響試験、生物学的同等性試験をGCPに準拠して実施しております。
質問：第2相以降の試験は。回答：第2相・第3相のモニタリングは提携CROが担当しており、当社では行っておりません。
質問：生体試料中薬物濃度測定は。回答：外部の分析機関に委託しております。""",
  cap="clinical_trials",
  comp="gcp", site="JP JP-13"),

R(C, "ja", """Q：貴社のサービス範囲は。
A：当社は医薬品・再生医療等製品の薬事コンサルティング会社であり、PMDA対面助言の準備、治験計画届、承認申請資料の作成支援を行っております。
Q：治験の実施は。A：治験の運営業務は提携CROに委託しており、当社では行っておりません。
Q：GMP監査は。A：CMC薬事の一環として、GMP適合性調査への対応支援を行っております。""",
  mod="regenerative",
  cap="regulatory -clinical_trials"),

R(C, "en", """Annual report, Business description. Fujimino Discovery Inc. provides integrated small-molecule drug discovery services: medicinal chemistry, in vitro pharmacology, ADME screening and structure-based design, from its Saitama laboratories and a chemistry centre in Shanghai, China.
Our work stops at candidate nomination. GLP toxicology and GMP synthesis are not offered; clients take candidates to partner CROs and CDMOs for those steps.""",
  mod="small_molecule",
  cap="drug_discovery -nonclinical_studies -drug_substance",
  comp="-glp -gmp", site="JP JP-11 CN"),

R(C, "ja", """【事業の内容】当社は、再生医療等製品および細胞治療製品を対象とした受託試験事業を営んでおります。
主な受託内容は、細胞製品の造腫瘍性試験、生体内分布試験などの非臨床安全性試験（GLP適用）と、特性解析・純度試験等の品質試験であります。
試験施設は兵庫県神戸市の本社研究所であり、細胞製品の製造受託は行っておりません。""",
  mod="regenerative cell_therapy",
  cap="nonclinical_studies quality_control -drug_substance -clinical_supply -commercial_manufacturing",
  comp="glp", site="JP JP-28"),

R(C, "en", """Supplier questionnaire, Harbour Bridge Clinical Research Ltd. Q: Countries where you run trials? A: South Korea, Singapore and Taiwan, from offices in Seoul and Singapore.
Q: Japan? A: We have a liaison office in Tokyo for Japanese sponsors; monitoring in Japan is not performed.
Q: GCP? A: Yes, all studies are conducted under ICH-GCP.""",
  cap="clinical_trials",
  comp="gcp", site="KR SG -JP"),

R(C, "ja", """当社グループの事業内容（有価証券報告書より）。当社は、鹿児島県南さつま市に霊長類を用いた非臨床試験施設を有し、GLPに準拠した毒性試験および薬物動態試験を受託しております。
近年は、遺伝子治療製品（AAVベクター）の生体内分布試験・免疫原性評価の受託が増加しております。
なお、臨床試験関連業務は2021年に事業譲渡しており、現在は行っておりません。""",
  mod="gene_therapy viral_vector",
  cap="nonclinical_studies -clinical_trials",
  comp="glp", site="JP JP-46"),

R(C, "en", """Q: Which viral safety services do you provide? A: Tamagawa Viral Clearance Laboratory performs viral clearance studies for chromatography and filtration steps, and lot-release viral safety testing, for antibody and recombinant protein manufacturers.
Q: Compliance? A: Studies are performed under GMP at our Kawasaki laboratory in Kanagawa.
Q: Do you design the purification process itself? A: No, we evaluate the client's scaled-down process.""",
  mod="antibody protein",
  cap="quality_control -process_development",
  comp="gmp", site="JP JP-14"),

R(C, "ja", """統合報告書「中期経営計画の進捗」より。当社はCROおよびSMO事業を展開し、全国の医療機関で治験のモニタリングおよび治験施設支援を行っております。
本社は東京都新宿区です。福岡市に第1相試験専用の臨床薬理ユニットを建設中であり、2027年の開設を予定しております。
これにより、現在は提携先に委託している第1相試験を自社で実施できる体制となります。""",
  cap="clinical_trials",
  site="JP JP-13 -JP-40"),

R(C, "en", """RFI response, mRNA analytics. Ashitaka Analytical Services Co., Ltd. (Numazu, Shizuoka) tests mRNA drug substance and mRNA-LNP drug product for vaccine and therapeutic developers: capping efficiency, poly(A) tail length, integrity, encapsulation efficiency and particle size.
Method development: Yes. GMP release testing: Yes.
We do not manufacture mRNA or LNP formulations; no manufacturing is performed on site.""",
  mod="mrna vaccine",
  cap="analytical_development quality_control -drug_substance -clinical_supply -commercial_manufacturing -formulation",
  comp="gmp", site="JP JP-22"),
]
save(rows, "ind5i", "batch_cro.jsonl")
