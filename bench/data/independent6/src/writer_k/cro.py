from lib import R, save
rows = [
R("cro","ja","""株式会社アカギ安全性研究所（群馬県）｜提供できること：GLP毒性試験（単回/反復投与、遺伝毒性、生殖発生毒性）、安全性薬理、TK。げっ歯類・非げっ歯類（カニクイザル）。抗体・核酸・低分子に対応。
臨床試験は扱っていません。""",
  mp="antibody nucleic_acid small_molecule", cp="nonclinical_studies", cn="clinical_trials", gp="glp", sip="JP JP-10"),
R("cro","en","""Meridian Clinical Japan KK | Offering: Ph1–3 clinical ops — monitoring, DM, biostat, PV; GCP; oncology + rare disease. Bridging strategy + PMDA consultation support. Not offering: non-clinical studies. HQ Tokyo, site office Seoul.""",
  cp="clinical_trials regulatory", cn="nonclinical_studies", gp="gcp", sip="JP JP-13 KR"),
R("cro","ja","""株式会社ナギサレギュラトリー（東京都中央区）｜CMC薬事コンサル。提供できること：CMC薬事戦略、IND/CTD Module 3作成、PMDA対面助言準備、QMS構築支援。対象モダリティ：抗体、遺伝子治療、細胞治療。
自社ラボ・製造設備は持ちません。""",
  mp="antibody gene_therapy cell_therapy", cp="regulatory", cn="drug_substance clinical_supply commercial_manufacturing", sip="JP JP-13"),
R("cro","en","""Tsukuba QC Services | GMP release + stability testing for biologics (mAb, recombinant proteins): endotoxin, sterility, mycoplasma, HCP/HCD, bioassay. Method transfer/validation. GMP-compliant lab, Ibaraki. No manufacturing. Seeking: overseas CDMOs needing JP-based release testing for import.""",
  mp="antibody protein", cp="quality_control analytical_development", cn="drug_substance clinical_supply commercial_manufacturing", gp="gmp", sip="JP JP-08"),
R("cro","ja","""株式会社ハマナ・バイオアナリシス（静岡県浜松市）｜LC-MS/MS・LBAによる生体試料中薬物濃度測定、ADA・NAb測定、バイオマーカー。分析法開発・バリデーション込み。GLP／GCP（臨床検体）準拠。対象：低分子・ペプチド・抗体。""",
  mp="small_molecule peptide antibody", cp="analytical_development", gp="glp gcp", sip="JP JP-22"),
R("cro","en","""Okinawa Pharmacology Research KK | Offering: in vivo efficacy (syngeneic, PDX, humanized mice), PK/PD, non-GLP tox; biodistribution (qPCR) for cell & gene therapy. Lab in Okinawa. GLP studies: referred to partner CRO.""",
  mp="cell_therapy gene_therapy", cp="nonclinical_studies", gn="glp", sip="JP JP-47"),
R("cro","ja","""株式会社ミナミ臨床開発（大阪府）｜提供できること：国内第I相〜第III相のモニタリング、CRC派遣、治験事務局、GCP監査。医療機器治験も対応。
非臨床・薬事申請は提携先に委託。""",
  mp="medical_device", cp="clinical_trials", cn="nonclinical_studies regulatory", gp="gcp", sip="JP JP-27"),
R("cro","en","""Kanto Discovery Chemistry | Offering: med chem FTE, hit-to-lead, lead opt, in vitro DMPK, 300k compound library; peptide macrocycles OK. Labs: Saitama + Dalian (China). Not GMP; research use only — no scale-up beyond 100 g.""",
  mp="small_molecule peptide", cp="drug_discovery", gn="gmp", sp="research", sn="non_clinical clinical commercial", sip="JP JP-11 CN"),
R("cro","ja","""株式会社ヨドガワ細胞安全性試験センター（大阪府吹田市）｜iPS細胞由来製品の造腫瘍性試験・生体内分布試験（GLP対応）。再生医療等製品の品質試験（無菌、マイコプラズマ）もGMP準拠で実施。
製造は行いません。""",
  mp="ips regenerative", cp="nonclinical_studies quality_control", cn="drug_substance clinical_supply commercial_manufacturing", gp="glp gmp", sip="JP JP-27"),
R("cro","en","""Harborline Regulatory Partners | FDA pre-IND / IND prep, eCTD publishing, US agent service for JP biotechs. Office: Boston, MA; Tokyo = liaison desk only. Not a testing lab — no GLP / GMP work.""",
  cp="regulatory", gn="glp gmp", sip="US US-MA", sin="JP"),
R("cro","ja","""株式会社トヤマ分析センター（富山県）｜低分子・ペプチド製剤の安定性試験（ICH）、不純物分析、溶出試験。GMP適合試験室、治験薬の出荷試験可。
製剤開発は姉妹会社が担当。""",
  mp="small_molecule peptide", cp="quality_control", cn="formulation", gp="gmp", sip="JP JP-16"),
R("cro","en","""Mekong Preclinical Services | Offering: GLP tox in NHP + rodents, facility in Vietnam; mAb, ADC, oligo programmes. Japan: sales office only (Tokyo). Meeting goal: JP ventures needing NHP tox slots for IND.""",
  mp="antibody adc nucleic_acid", cp="nonclinical_studies", gp="glp", sip="VN", sin="JP"),
R("cro","ja","""株式会社デジタル治験ラボ（北海道札幌市）｜DCT（分散型臨床試験）運営、ePRO／eConsent、治療用アプリ（DTx）の治験・薬事申請支援。GCP準拠。
医薬品の非臨床試験は対象外。""",
  mp="digital_health", cp="clinical_trials regulatory", cn="nonclinical_studies", gp="gcp", sip="JP JP-01"),
R("cro","en","""Genome Assay Works KK | Offering: AAV & LV analytics — vector genome titer (ddPCR), capsid ELISA, full/empty (AUC), RCA/RCL, NGS integrity; GMP release testing. We do NOT produce vectors. Lab: Fujisawa, Kanagawa.""",
  mp="viral_vector", cp="quality_control", cn="drug_substance clinical_supply commercial_manufacturing", gp="gmp", sip="JP JP-14"),
R("cro","ja","""株式会社ハカタ臨床薬理（福岡県福岡市）｜Phase 1ユニット併設CRO。健康成人FIH試験、SAD/MAD、食事影響、BE試験。治験病床48床、GCP。
第II相以降は提携CROへ。""",
  cp="clinical_trials", gp="gcp", sip="JP JP-40"),
]
save("cro", rows)
