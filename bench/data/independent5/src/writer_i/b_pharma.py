from common import R, save
S, P = "startup", "pharma"
rows = [
R(S, "en", """Partner-search questionnaire, Oboro Gene Therapeutics Inc. (Kashiwa, Chiba).
Q: Modality? A: AAV-based gene therapy for inherited retinal disease.
Q: Development stage? A: Preclinical; IND-enabling studies start in 2026.
Q: Which services are you looking for? A: We are looking for a CDMO for GMP AAV vector manufacture for our first-in-human study, and for a GLP toxicology CRO.
Q: In-house capabilities? A: Vector design, research-grade vector production (under 5 L) and in vitro potency assays in our Chiba laboratory.""",
  mod="gene_therapy viral_vector",
  cap="-clinical_supply -nonclinical_studies",
  comp="-gmp -glp", scale="research", site="JP JP-12", stage="preclinical"),

R(P, "ja", """【事業の内容】当社グループは、当社、連結子会社5社で構成され、医療用医薬品の研究開発・製造・販売を主な事業としております。
生産面では、富山県滑川市の当社工場において経口固形剤（低分子医薬品）の商用生産を行っております。注射剤については自社に製造設備を持たず、国内の受託製造会社に製造を委託しております。
開発パイプラインは、第1相から第3相までの臨床試験段階にある品目に加え、承認取得済みの導入抗体医薬品1品目で構成されております。""",
  mod="small_molecule antibody",
  cap="commercial_manufacturing",
  scale="commercial", site="JP JP-16", stage="phase1 phase2 phase3 approved"),

R(S, "en", """Company overview (annual report). Sorano Conjugates Inc. is a clinical-stage biotech developing antibody-drug conjugates for solid tumours. Our lead ADC is in a Phase 1/2 study in Japan and the US, and two follow-on programmes are in preclinical development.
The company was selected as a supported venture under AMED's drug-venture ecosystem programme in 2023 and completed its Series B financing in 2024.
We have no manufacturing facilities; antibody, linker-payload and conjugate manufacture are all outsourced to CDMOs.""",
  mod="adc",
  cap="-drug_substance -clinical_supply -commercial_manufacturing",
  stage="phase1 phase2 preclinical", fund="series_b", cert="amed_supported_venture"),

R(S, "ja", """質問：貴社の開発品と開発段階を教えてください。
回答：iPS細胞由来の心筋細胞シートを開発しております。現在は基礎研究から非臨床試験の段階です。
質問：細胞の製造体制は。
回答：細胞の製造は自社では行わず、大学附属病院のCPCに委託しております。
質問：求めているパートナーは。
回答：治験製品の商用化を見据えた製造プロセス開発の委託先を探しております。""",
  mod="ips cell_therapy regenerative",
  cap="-drug_substance -clinical_supply -commercial_manufacturing -process_development",
  stage="research preclinical"),

R(P, "en", """Integrated Report 2025, Our business. Asahigaoka Pharmaceutical Co., Ltd. focuses on oncology and immunology.
Our biologics plant in Takasaki, Gunma produces monoclonal antibodies for both our marketed products and our clinical trials, while small-molecule products are manufactured by contract manufacturers.
An mRNA vaccine programme is at the research stage, and our oncology pipeline extends from discovery to Phase 3.""",
  mod="antibody small_molecule mrna vaccine",
  cap="drug_substance commercial_manufacturing clinical_supply",
  scale="commercial clinical", site="JP JP-10", stage="research preclinical phase1 phase2 phase3 approved"),

R(S, "ja", """会社概要（有価証券報告書「事業の内容」より）。当社は核酸医薬（アンチセンス核酸）の研究開発を行う創薬ベンチャーであり、2022年に東京証券取引所グロース市場に上場しております。
主力の開発品は第2相臨床試験を実施中であり、うち1品目は国内製薬企業へ導出済みです。
当社は研究開発に特化しており、原薬・製剤の製造は全て外部のCDMOに委託しております。本社研究所は神奈川県藤沢市です。""",
  mod="nucleic_acid",
  cap="drug_discovery -drug_substance -formulation -clinical_supply -commercial_manufacturing",
  site="JP JP-14", stage="phase2", fund="ipo licence_out"),

R(S, "en", """Q: Operating model? A: Hakone Peptide Therapeutics is a virtual company: our four employees work from a shared office in Yokohama and we have no laboratory.
Q: Pipeline? A: Two cyclic peptide programmes at the discovery stage.
Q: Outsourced activities? A: Peptide synthesis, in vitro pharmacology and analytical method development are contracted to CROs and CDMOs.
Q: What do you need next? A: A partner able to make non-GMP gram-scale material for in vivo efficacy studies.""",
  mod="peptide",
  cap="-drug_substance -analytical_development",
  site="JP JP-14", stage="research"),

R(P, "ja", """統合報告書2025「グローバル研究開発体制」より。当社は、国内の研究所（大阪府吹田市）と、米国マサチューセッツ州ボストンの研究子会社の2拠点で創薬研究を行っております。
生産は滋賀県甲賀市の工場で低分子医薬品の原薬から製剤まで一貫して行い、国内外の市販品を供給しております。
一方、細胞治療の研究は2023年度をもって終了いたしました。""",
  mod="small_molecule -cell_therapy",
  cap="drug_discovery drug_substance formulation commercial_manufacturing",
  scale="commercial", site="JP JP-27 JP-25 US US-MA", stage="approved"),

R(S, "en", """Company profile, business section. Mirai Diagnostics Inc. develops companion diagnostic assays and an AI-assisted image-analysis software for pathology.
We do not develop therapeutics; our products are in vitro diagnostics and software as a medical device.
Assay kits are manufactured by a contract manufacturer; our own site in Sendai, Miyagi handles development and clinical performance studies.""",
  mod="diagnostics medical_device -therapeutics",
  site="JP JP-04"),

R(S, "ja", """質問：開発品のモダリティは。回答：腸内細菌由来の生菌製剤（ライブバイオセラピューティクス）です。
質問：開発段階は。回答：潰瘍性大腸炎を対象とした第1相試験を実施中です。
質問：製造体制は。回答：治験薬は、ベルギーの嫌気性菌専門CDMOに製造を委託しております。国内に製造拠点はございません。
質問：本社は。回答：東京都文京区です。""",
  mod="live_biotherapeutic",
  cap="-clinical_supply",
  site="JP JP-13", stage="phase1"),

R(P, "en", """Annual report, Nature of business. Kiso Pharmaceutical Co., Ltd. develops and markets small-molecule drugs for central nervous system disorders; five products are approved in Japan.
Drug substance is bought in from overseas API suppliers, and tablets are produced at our Matsumoto plant in Nagano for commercial supply.
The company withdrew from antibody research in 2020 and has since concentrated on small molecules.""",
  mod="small_molecule -antibody",
  cap="formulation commercial_manufacturing -drug_substance",
  scale="commercial", site="JP JP-20", stage="approved"),

R(S, "ja", """Q1. 開発品：自家CAR-T細胞療法（B細胞性リンパ腫）
Q2. 開発段階：第1相医師主導治験の準備中（非臨床試験は完了）
Q3. 製造：現在は国内CDMOに治験製品の製造を委託。自社CPC（京都府）は2027年稼働予定
Q4. レンチウイルスベクター：海外CDMOより購入
Q5. 求めるもの：GMP下でのベクター製造の国内委託先""",
  mod="car_t cell_therapy -viral_vector",
  cap="-clinical_supply",
  comp="-gmp", site="-JP-26", stage="preclinical"),

R(S, "en", """From our investor presentation, business section. Tenjin mRNA Vaccines K.K. is developing an mRNA vaccine against RSV, currently in IND-enabling studies.
Our Fukuoka laboratory produces research and toxicology lots of mRNA-LNP in-house, up to 1 g per batch; GMP material for Phase 1 will be manufactured by a CDMO.
We completed a Series A round in 2025.""",
  mod="mrna vaccine",
  cap="-clinical_supply",
  comp="-gmp", scale="research non_clinical", site="JP JP-40", stage="preclinical", fund="series_a"),

R(P, "ja", """【事業の内容】当社グループは、後発医薬品（ジェネリック医薬品）の製造販売を主たる事業としております。
岐阜県および山形県の自社工場において、錠剤・カプセル剤等の経口固形剤を年間約30億錠商用生産しているほか、一部の注射剤は他社より製品を仕入れて販売しております。
新薬の研究開発は行っておりません。""",
  mod="small_molecule",
  cap="commercial_manufacturing formulation -drug_discovery",
  scale="commercial", site="JP JP-21 JP-06"),

R(S, "en", """Q: Where do you operate? A: Ryokufu Bispecifics Inc. has its R&D laboratory in Kawasaki, Kanagawa and a clinical operations subsidiary in South San Francisco, California.
Q: Pipeline? A: A T-cell engaging bispecific antibody in a Phase 1 study in the US, and two bispecifics in lead optimisation.
Q: Manufacturing? A: Cell line development is done in-house; drug substance manufacture and fill-finish are done by a US CDMO.""",
  mod="bispecific antibody",
  cap="cell_line_development -drug_substance -fill_finish",
  site="JP JP-14 US US-CA", stage="phase1 research"),
]
save(rows, "ind5i", "batch_pharma_startup.jsonl")
