from common import R, save
C = "cdmo"
rows = [
R(C, "en", """Supplier qualification questionnaire, Kestrel Biologics K.K. (section 2, capabilities).
Q: Which product types do you manufacture? A: Monoclonal antibodies and Fc-fusion proteins expressed in CHO; viral vectors are not handled.
Q: Cell line development? A: Yes, on our own CHO-K1 host, typically 12 weeks to a research cell bank.
Q: Drug substance manufacture? A: Yes (clinical and commercial), in 500 L and 2,000 L single-use bioreactors at the Kobe plant, Hyogo.
Q: Fill-finish? A: Partner. Vials are filled by an affiliated company under a quality agreement.
Q: GMP status? A: GMP, last PMDA inspection in 2024.""",
  mod="antibody protein -viral_vector",
  cap="cell_line_development drug_substance upstream clinical_supply commercial_manufacturing -fill_finish",
  comp="gmp", scale="clinical commercial", site="JP JP-28"),

R(C, "ja", """【事業の内容】当社グループは、当社および連結子会社2社で構成され、バイオ医薬品の受託開発製造（CDMO）事業の単一セグメントで事業を営んでおります。
当社（千葉県柏市）は抗体医薬品の細胞株構築ならびに培養・精製工程のプロセス開発を担い、連結子会社の立山ファーマテック株式会社（富山県富山市）が2,000Lから10,000Lのステンレス培養槽を用いて商用原薬の培養・精製を行っております。
無菌充填工程は当社グループでは行っておらず、持分法適用関連会社に委託しております。
なお、二重特異性抗体の受託は2027年度からの開始を計画しております。""",
  mod="antibody -bispecific",
  cap="cell_line_development process_development upstream downstream drug_substance commercial_manufacturing -fill_finish",
  scale="commercial", site="JP JP-12 JP-16"),

R(C, "en", """Business overview. Harrow Fine Chemicals Co., Ltd. reports two segments, Contract API and Generic Intermediates.
The Contract API segment takes small-molecule programmes from route scouting and process development through GMP drug substance manufacture at our Shizuoka plant, from 5 kg toxicology batches and Phase 1-3 clinical supply up to 800 kg validation and launch campaigns.
Tablet formulation is carried out by Awa Formulation Co., Ltd., a consolidated subsidiary in Tokushima.
Sterile fill-finish and highly potent (OEB5) compounds are outside the group's scope.""",
  mod="small_molecule",
  cap="process_development drug_substance clinical_supply commercial_manufacturing formulation -fill_finish",
  comp="gmp", scale="non_clinical clinical commercial", site="JP JP-22 JP-36"),

R(C, "ja", """質問：対応可能なモダリティを教えてください。
回答：ペプチド（固相合成、30残基程度まで）に対応しております。低分子・核酸は対象外です。
質問：治験薬の製造は可能ですか。回答：はい。大阪府茨木市の工場でGMPに準拠した治験薬原薬を1バッチ50g〜5kgで製造しています。
質問：商用生産は。回答：現時点では未対応で、2028年の新棟竣工後に開始予定です。
質問：製剤化は。回答：製剤化は提携先の製剤CMOに外部委託しております。""",
  mod="peptide -small_molecule -nucleic_acid",
  cap="drug_substance clinical_supply -commercial_manufacturing -formulation",
  comp="gmp", scale="clinical -commercial", site="JP JP-27"),

R(C, "en", """RFI response, Oligo section. Organisation: Tsukuba Nucleotide Works Inc. (Ibaraki).
Modality: antisense oligonucleotides and siRNA (nucleic acid therapeutics). mRNA: No.
Analytical development: Yes. Process development: Yes.
GMP drug substance manufacture: Yes, up to 20 kg per batch.
Non-GMP research-grade synthesis: Yes, milligram to gram quantities for screening.
Fill-finish: No. Conjugation to antibodies: No.""",
  mod="nucleic_acid -mrna -adc",
  cap="analytical_development process_development drug_substance -fill_finish",
  comp="gmp", scale="clinical research", site="JP JP-08"),

R(C, "ja", """統合報告書2025「価値創造のビジネスモデル」より。当社は再生医療等製品および細胞治療製品の受託製造を中核事業としております。
川崎市殿町の細胞加工施設（CPC）において、CAR-T細胞をはじめとする自家細胞治療製品の治験製品をGMP下で製造しています。
遺伝子導入に用いるレンチウイルスベクターは自社では製造しておらず、提携する海外ベクターメーカーから購入しています。
出荷試験（無菌試験、エンドトキシン試験、フローサイトメトリーによる特性解析）は社内QC部門が実施しております。""",
  mod="regenerative cell_therapy car_t -viral_vector",
  cap="clinical_supply quality_control",
  comp="gmp", scale="clinical", site="JP JP-14"),

R(C, "en", """Annual report, Description of business. Hikari Vector Therapeutics Manufacturing Co. manufactures AAV vectors for gene therapy developers.
Our Hitachi site in Ibaraki runs 200 L and 500 L suspension processes for toxicology and Phase 1/2 clinical material under GMP, and a process development laboratory in Cambridge, Massachusetts supports US clients.
Commercial-scale vector production is planned for 2028 once the second building is qualified.
GMP plasmid DNA is sourced from a partner; we do not manufacture plasmid in-house.""",
  mod="viral_vector gene_therapy",
  cap="process_development clinical_supply -commercial_manufacturing -plasmid",
  comp="gmp", scale="non_clinical clinical -commercial", site="JP JP-08 US US-MA"),

R(C, "ja", """サプライヤー調査票 回答（株式会社ポートアイランドRNA）
Q1 mRNA原薬（in vitro転写）：Yes（治験用ロット）
Q2 LNP製剤化（マイクロ流路混合）：Yes
Q3 キャップ試薬：自社製造なし、市販品を購入
Q4 無菌充填：Planned（2027年下期稼働予定）
Q5 製造拠点：兵庫県神戸市（GMP適合）
Q6 商用生産：No""",
  mod="mrna",
  cap="drug_substance formulation clinical_supply -cap_reagent -fill_finish -commercial_manufacturing",
  comp="gmp", scale="clinical -commercial", site="JP JP-28"),

R(C, "en", """Q: Describe your service scope. A: Sakura Aseptic Services K.K. is a fill-finish-only CMO. We receive bulk drug substance from customers and perform aseptic filling into vials and prefilled syringes, lyophilisation and visual inspection at our Saitama plant.
Q: Do you manufacture drug substance? A: No.
Q: Which phases? A: Clinical batches (Phase 1-3) and commercial supply of marketed products, 500 to 60,000 units per batch, all under GMP.
Q: Modalities? A: Antibodies, recombinant proteins and peptides; live cell products are not accepted.""",
  mod="antibody protein peptide -cell_therapy",
  cap="fill_finish clinical_supply commercial_manufacturing -drug_substance",
  comp="gmp", scale="clinical commercial", site="JP JP-11"),

R(C, "ja", """【事業の内容】当社は、バイオ医薬品の受託分析に特化した事業を営んでおります。
主なサービスは、抗体医薬品および抗体薬物複合体（ADC）の特性解析、分析法の開発・バリデーション、GMPに準拠した出荷試験・安定性試験であります。
当社は医薬品の製造は一切行っておらず、製造工程は顧客または顧客の委託先CDMOが担っております。
試験施設は東京都大田区の本社ラボ1拠点であります。""",
  mod="antibody adc",
  cap="analytical_development quality_control -drug_substance -clinical_supply -commercial_manufacturing",
  comp="gmp", site="JP JP-13"),

R(C, "en", """Integrated report 2025, Microbial Biologics segment. Nagato BioProcess Co., Ltd. produces recombinant protein drug substances, including therapeutic enzymes, by E. coli and Pichia fermentation at its Ube plant in Yamaguchi.
Fermenter capacity spans 30 L to 3,000 L, covering feasibility runs through large-volume supply.
Downstream purification, including refolding and chromatography, is performed in-house; formulation and filling are subcontracted to partner CMOs.
Mammalian cell culture is not part of our offering.""",
  mod="protein",
  cap="drug_substance upstream downstream -formulation -fill_finish",
  scale="research clinical commercial", site="JP JP-35"),

R(C, "ja", """質問：貴社の受託範囲を記載してください。
回答：間葉系幹細胞（MSC）を用いた細胞治療製品の製造受託を行っております。骨髄・脂肪由来MSCの分離、拡大培養、凍結保存までをGMP省令に準拠した京都府内のCPCで実施します。
質問：対象となる開発段階は。回答：医師主導治験および企業治験向けの治験製品製造が中心です。
質問：iPS細胞由来製品は。回答：現在は受託しておりません。""",
  mod="msc cell_therapy -ips",
  cap="clinical_supply",
  comp="gmp", scale="clinical", site="JP JP-26"),

R(C, "en", """Supplier questionnaire, Northwind Biologics plc. Q: Where are your manufacturing sites? A: Dublin, Ireland (mammalian drug substance) and Durham, North Carolina, USA (drug product).
Q: Do you have a site in Japan? A: No. Our Tokyo office handles sales and project liaison only.
Q: Modalities? A: Monoclonal and bispecific antibodies.
Q: Scale? A: 2,000 L to 15,000 L stainless and single-use capacity for Phase 3 and commercial supply.""",
  mod="antibody bispecific",
  cap="drug_substance clinical_supply commercial_manufacturing",
  scale="clinical commercial", site="IE US -JP"),

R(C, "ja", """統合報告書「グループ会社の概要」より抜粋。株式会社アサマ製薬テクノは、親会社であるアサマ製薬の生産子会社として、グループの市販製品（経口固形剤・低分子）の商用生産を担っております。
長野県上田市の工場では、原薬製造から錠剤の製剤化・包装までを一貫して行っております。
2024年度からは空き能力を活用し、外部顧客向けの低分子原薬の受託製造も開始しましたが、注射剤の製造には対応しておりません。""",
  mod="small_molecule",
  cap="commercial_manufacturing drug_substance formulation -fill_finish",
  scale="commercial", site="JP JP-20"),
]
save(rows, "ind5i", "batch_cdmo_a.jsonl")
