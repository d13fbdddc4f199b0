from lib import write
R = []
def a(lang, text, **kw): R.append(("cro", lang, text, kw))

a("ja", """
【非臨床試験受託】
試験施設：茨城県つくば市
・GLP適合の一般毒性試験（げっ歯類・非げっ歯類）
・安全性薬理試験、遺伝毒性試験
・薬物動態（PK）試験
・被験物質の調製・濃度分析
※臨床試験の受託は行っておりません。
医薬品開発の確かな一歩を支えます。
""", cap="nonclinical_studies -clinical_trials", comp="glp", site="JP-08 JP")

a("en", """
Clinical Operations
Full-service Phase 1–4 support across Japan and Asia.
• Site selection, monitoring, data management
• Medical writing and PMDA consultation support
• ICH-GCP compliant; ISO 9001
• Offices: Tokyo, Osaka, Seoul, Taipei
We do not run first-in-human units ourselves — Phase 1 beds via partner clinics.
""", cap="clinical_trials regulatory", comp="gcp", site="JP-13 JP-27 JP KR TW")

a("ja", """
【薬事・CMCコンサルティング】
・治験届、承認申請資料（CTD Module 2/3）作成支援
・PMDA対面助言の事前準備・同席
・CMC戦略立案、GMP監査代行
・再生医療等製品の申請支援
拠点：東京都千代田区
※自社での試験検査・製造は行いません（コンサルティング専業）。
""", mod="regenerative", cap="regulatory -quality_control -drug_substance -clinical_supply -commercial_manufacturing", site="JP-13 JP")

a("en", """
Bioanalysis Laboratory
LC-MS/MS and ligand-binding assays for PK, TK and immunogenicity.
- Small molecules, peptides, oligonucleotides and antibodies
- Method development & validation (ICH M10)
- GLP for non-clinical TK; GCP-compliant clinical sample analysis
- Biomarker assays (research grade)
Lab: Kobe, Hyogo
""", mod="small_molecule peptide nucleic_acid antibody", cap="analytical_development", comp="glp gcp", site="JP-28 JP")

a("ja", """
【品質試験受託】再生医療等製品・遺伝子治療用製品
・無菌試験、マイコプラズマ否定試験（NAT法）
・エンドトキシン試験
・ウイルス否定試験
・出荷判定試験（GMP／GCTP準拠）
試験施設：神奈川県藤沢市
※製造受託はグループ会社にて対応しております。
""", mod="regenerative gene_therapy", cap="quality_control -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp", site="JP-14 JP")

a("en", """
Discovery & Pharmacology Services
• Target validation, HTS and hit-to-lead chemistry
• Xenograft and syngeneic oncology models
• Efficacy studies for antibodies and ADCs
Non-GLP only — GLP toxicology is referred to our partner laboratory.
Vivarium: Hamamatsu, Shizuoka (AAALAC accredited)
""", mod="antibody adc", cap="drug_discovery nonclinical_studies", comp="-glp", site="JP-22 JP")

a("ja", """
【臨床開発支援】
・第I相〜第III相試験のモニタリング
・治験事務局業務、IRB事務局支援
・がん領域・希少疾患の実績多数
・GCP準拠のSOP体制
本社：大阪府大阪市／支店：福岡県福岡市
※治験薬の製造・保管は対応外です。
""", cap="clinical_trials -clinical_supply", comp="gcp", site="JP-27 JP-40 JP")

a("en", """
CMC & Quality Services
GMP testing laboratory for small molecules and peptides.
• Release & stability testing (ICH Q1A)
• Impurity profiling, elemental impurities (ICH Q3D)
• Regulatory CMC dossiers (Module 3) for Japan filings
We are not a manufacturer: no GMP production of any kind.
Lab: Saitama City, Saitama
""", mod="small_molecule peptide", cap="quality_control regulatory -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp", site="JP-11 JP")

a("ja", """
【サービス紹介】
細胞治療製品の非臨床安全性評価
・造腫瘍性試験（in vivo／軟寒天コロニー形成）
・iPS細胞由来製品の残存未分化細胞検出
・体内動態（qPCR法）
※GLP適用試験は2026年4月より開始予定（現在は非GLP）
所在地：京都府京都市
""", mod="cell_therapy ips", cap="nonclinical_studies", comp="-glp", site="JP-26 JP")

a("en", """
Phase I Clinical Pharmacology Unit
120 beds in Fukuoka, dedicated to first-in-human and bioequivalence studies.
- Healthy volunteer panel of 18,000
- Japanese-bridging studies for overseas sponsors
- On-site bioanalytical lab (GCP)
Late-phase monitoring is handled by our alliance partner.
""", cap="clinical_trials", comp="gcp", site="JP-40 JP")

a("ja", """
【会社案内】
米国マサチューセッツ州ボストン本拠の非臨床CRO。
・GLP毒性試験（げっ歯類・非げっ歯類・NHP）
・遺伝子治療製品の生体内分布試験
・FDA IND申請支援
日本：東京連絡事務所（営業・顧客対応のみ）。国内に試験施設はありません。
""", mod="gene_therapy", cap="nonclinical_studies regulatory", comp="glp", site="US US-MA -JP")

a("en", """
Microbiology & QC Testing
- Sterility, bioburden and endotoxin testing
- Environmental monitoring for cleanrooms
- Container closure integrity testing
- Vaccine potency assays (cell-based)
GMP-compliant laboratories in Yokohama and Sapporo.
*Raw-material identity testing via our partner lab.
""", mod="vaccine", cap="quality_control", comp="gmp", site="JP-14 JP-01 JP")

a("ja", """
【創薬支援サービス】
・抗体創製（ファージディスプレイ、ヒト化）
・低分子ヒット探索
・研究用途のサンプル提供に限ります（〜100 mg）
所在地：千葉県柏市
※GMP製造および動物試験は実施しておりません。
""", mod="antibody small_molecule", cap="drug_discovery -nonclinical_studies -clinical_supply -commercial_manufacturing", comp="-gmp", sc="research -non_clinical -clinical -commercial", site="JP-12 JP")

a("en", """
Regulatory Affairs — Asia Pacific
Your gateway to PMDA, HSA and NMPA.
• Regulatory strategy & submissions
• In-country caretaker (ICCC) services for Japan
• Pharmacovigilance and safety reporting
Offices: Singapore (HQ), Tokyo
Clinical operations not offered.
""", cap="regulatory -clinical_trials", site="SG JP-13 JP")

a("ja", """
【受託試験】
動物用・ヒト用ワクチンの非臨床評価
・免疫原性試験、攻撃試験（BSL2）
・アジュバント候補の評価
・GLP対応：安全性試験のみ（薬効試験は非GLP）
試験施設：北海道江別市
※BSL3試験は対応しておりません。
""", mod="vaccine", cap="nonclinical_studies", comp="glp", site="JP-01 JP")

write("part_cro.jsonl", R)
print(len(R))
