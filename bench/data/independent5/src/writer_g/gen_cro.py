from lib import row, save
R = []
K = "cro"
R.append(row(K, 1, "en", """Hakusan Preclinical Research Center (Nomi, Ishikawa) — GLP tox CRO.
Core services: general tox (rodent in-house; NHP at a partner facility in Cambodia, not our site), safety pharmacology, genotox, TK bioanalysis.
GLP: yes. GMP work: not offered. Clinical trials: not offered.""",
 cap="+nonclinical_studies -clinical_trials", comp="+glp -gmp", site="+JP +JP-17"))
R.append(row(K, 2, "ja", """株式会社ひまわり臨床開発（東京都中央区）
第I相〜第III相の治験モニタリング、データマネジメント、統計解析、PMDA相談支援。GCP準拠。第I相専用施設は保有せず、提携医療機関（大阪・福岡）で実施。
ブース：ビジネスマッチングエリア B-3""",
 cap="+clinical_trials +regulatory", comp="+gcp", site="+JP +JP-13"))
R.append(row(K, 3, "en", """CMC & Regulatory Bridge K.K. — regulatory CRO for overseas biotechs entering Japan. Services: PMDA consultations; CTN and J-NDA filings; CMC dossier writing (Module 3); GMP audits of client CDMOs. Clinical operations and lab testing: not offered. Team based in Osaka (Doshomachi).""",
 cap="+regulatory -clinical_trials -quality_control", site="+JP +JP-27"))
R.append(row(K, 4, "ja", """バイオアナリシス受託｜株式会社かずさ分析センター（千葉県木更津市）
LC-MS/MS（低分子・ペプチド・核酸）、LBA（抗体・ADC）、qPCR（遺伝子治療ベクターの生体内分布）。GLP・GCP対応（非臨床・臨床検体）。検体保管 −80℃。製造は行っていません。""",
 mod="+small_molecule +peptide +nucleic_acid +antibody +adc +gene_therapy +viral_vector",
 cap="+nonclinical_studies -drug_substance -clinical_supply -commercial_manufacturing",
 comp="+glp +gcp", site="+JP +JP-12"))
R.append(row(K, 5, "en", """Tonami QC Labs — GMP contract testing lab, Tonami (Toyama). Release & stability testing of small-molecule drug products: HPLC, dissolution, endotoxin, sterility, residual solvents. Method transfer & validation. We test under GMP; we do not manufacture. Stability chambers: ICH zones I–IVb.""",
 mod="+small_molecule", cap="+quality_control +analytical_development -drug_substance -clinical_supply -commercial_manufacturing",
 comp="+gmp", site="+JP +JP-16"))
R.append(row(K, 6, "ja", """株式会社ゆりかご薬理研究所（神戸市中央区・医療産業都市）
対応領域：in vivo薬効薬理（がん・中枢）、iPS細胞由来心筋を用いた心毒性評価、PK試験。GLP適合試験は対応外（非GLPの探索的試験のみ）。""",
 cap="+nonclinical_studies", comp="-glp", site="+JP +JP-28"))
R.append(row(K, 7, "en", """Meridian Trials Asia — full-service clinical CRO (Phase 1–4); HQ Singapore, operations in Korea and Taiwan. Japan studies: via an alliance partner; we hold no Japanese office or staff. GCP-compliant. Therapeutic focus: oncology, rare disease.""",
 cap="+clinical_trials", comp="+gcp", site="+SG +KR +TW -JP"))
R.append(row(K, 8, "ja", """再生医療CMC支援｜株式会社アルカディア・レギュラトリー（東京都千代田区）
・再生医療等製品（細胞治療）の治験届・承認申請に向けた薬事コンサルティング
・品質試験項目の設定支援（試験そのものは提携ラボが実施）
・GCTP査察対応の模擬監査""",
 mod="+regenerative +cell_therapy", cap="+regulatory -quality_control", site="+JP +JP-13"))
R.append(row(K, 9, "en", """Yatsugatake Discovery Chemistry (Hokuto, Yamanashi) — FTE-based medicinal chemistry for small molecules: hit-to-lead, lead optimisation, library synthesis (mg–50 g, non-GMP). Scale-up to kg and GMP API: via partner CDMO, not in-house.""",
 mod="+small_molecule", cap="+drug_discovery -drug_substance", comp="-gmp",
 scale="+research -clinical", site="+JP +JP-19"))
R.append(row(K, 10, "ja", """株式会社博多クリニカルファーマコロジー（福岡県福岡市）
第I相専用ユニット48床（FIH試験、BE試験）。GCP準拠。第II相以降のモニタリング業務は提携CROへご紹介。""",
 cap="+clinical_trials", comp="+gcp", site="+JP +JP-40"))
R.append(row(K, 11, "en", """Tsukuba RNA Analytics — analytical CRO for mRNA-LNP and oligonucleotide products: capping efficiency, poly(A) length, lipid content, encapsulation, particle size. Method development + GMP release testing. Lab: Tsukuba, Ibaraki. Not a manufacturer: we do not make mRNA, LNPs or lipids.""",
 mod="+mrna +nucleic_acid", cap="+analytical_development +quality_control -drug_substance -formulation -lipid -clinical_supply -commercial_manufacturing",
 comp="+gmp", site="+JP +JP-08"))
R.append(row(K, 12, "ja", """株式会社大陸安全性研究所（東京窓口／試験施設：中国・蘇州）。GLP準拠の一般毒性試験（げっ歯類・サル）、生殖発生毒性試験。国内に試験施設はありません（東京は営業および試験責任者との連絡窓口）。""",
 cap="+nonclinical_studies", comp="+glp", site="+CN -JP -JP-13"))
R.append(row(K, 13, "en", """Hamamatsu Microbiology Services — sterility, mycoplasma (NAT), endotoxin & environmental monitoring for cell-therapy CPCs; GMP-compliant. We previously ran a small CPC for contract cell processing; that service ended March 2023 and is no longer offered. Site: Hamamatsu, Shizuoka.""",
 mod="+cell_therapy", cap="+quality_control -drug_substance -clinical_supply -commercial_manufacturing",
 comp="+gmp", site="+JP +JP-22"))
R.append(row(K, 14, "ja", """株式会社メドテック臨床サポート（愛知県名古屋市）。医療機器・体外診断用医薬品の臨床性能試験・治験、PMDA申請支援。医薬品（治療薬）の治験は受託していません。""",
 mod="+medical_device +diagnostics -therapeutics", cap="+clinical_trials +regulatory", site="+JP +JP-23"))
R.append(row(K, 15, "en", """Kanazawa BioSupport Partners — "IND package" CRO for academic spin-outs.
In scope → IND-enabling GLP tox (in-house, Kanazawa, Ishikawa); pharmacology; CMC gap analysis; pre-IND / PMDA meeting prep.
Out of scope → GMP manufacturing (arranged with partner CDMOs); clinical monitoring.""",
 cap="+nonclinical_studies +regulatory -clinical_trials -drug_substance -clinical_supply -commercial_manufacturing",
 comp="+glp -gmp", site="+JP +JP-17"))
save("cro", R)
