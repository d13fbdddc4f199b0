from common import dump
R = [
("cro","ja","""当社は、京都大学の毒性学研究者により2008年に設立された非臨床CROである。
GLP適合の安全性試験施設（滋賀県甲賀市）が整備されており、げっ歯類・非げっ歯類を用いた反復投与毒性試験および安全性薬理試験が実施されている。
遺伝毒性試験は提携機関へ委託している。抗体医薬および核酸医薬の毒性評価について多数の実績を有する。""",
"mod+:antibody,nucleic_acid; cap+:nonclinical_studies; comp+:glp; site+:JP-25,JP"),

("cro","en","""Full-service clinical CRO. 420 CRAs, Phase 1-4 monitoring, data management, biostatistics, PMDA consultation support. GCP-compliant, always.
Own Phase 1 unit? No — we partner with hospital units in Fukuoka. HQ Tokyo, project team in Seoul.""",
"cap+:clinical_trials,regulatory; comp+:gcp; site+:JP-13,JP,KR"),

("cro","ja","""CMC薬事コンサルティング。治験届・承認申請のCTD Module 3作成、PMDA対面助言の準備支援。
細胞治療・遺伝子治療製品の申請実績多数。品質試験・製造は行っておりません。大阪市本社。""",
"cap+:regulatory; cap-:quality_control,drug_substance,clinical_supply,commercial_manufacturing; site+:JP-27,JP"),

("cro","en","""Established in 2015 by former regulatory reviewers and university pharmacologists, the laboratory provides regulated bioanalysis under GLP and GCP.
LC-MS/MS quantification of small molecules and oligonucleotides, ligand-binding assays for antibody PK, and anti-drug antibody assays have been validated.
The Tsukuba laboratory is equipped with 14 triple-quadrupole systems.""",
"mod+:small_molecule,nucleic_acid,antibody; cap+:analytical_development; comp+:glp,gcp; site+:JP-08,JP"),

("cro","ja","""GMP準拠の受託品質試験機関。無菌試験、エンドトキシン試験、マイコプラズマ否定試験、ウイルス安全性試験を提供。
細胞治療製品・ウイルスベクターの出荷試験に対応。当社はGMP製造を行わず、試験のみを受託しています。神奈川県横浜市。""",
"mod+:cell_therapy,viral_vector; cap+:quality_control; cap-:drug_substance,clinical_supply,commercial_manufacturing; comp+:gmp; site+:JP-14,JP"),

("cro","en","""The founders' work on covalent fragment screening (published 2019) forms the basis of our integrated small-molecule discovery platform:
target validation, hit finding, medicinal chemistry and in vitro ADME have been established in-house.
In vivo pharmacology is carried out by an affiliated company. The Kanagawa research-park facility houses 60 chemists.""",
"mod+:small_molecule; cap+:drug_discovery,nonclinical_studies; site+:JP-14,JP"),

("cro","ja","""がん領域に特化した臨床CRO。第1相〜第3相の治験モニタリング、医師主導治験の支援、GCP監査を提供。
薬事申請業務は提携する薬事コンサルタントに委託しています。福岡・東京の2拠点体制。""",
"cap+:clinical_trials; cap-:regulatory; comp+:gcp; site+:JP-40,JP-13,JP"),

("cro","en","""GLP tox CRO, Worcester, Massachusetts. Japanese sponsors are served through a Tokyo liaison office only — every study runs in Worcester.
NHP and rodent tox, DART, safety pharmacology. Speciality: biodistribution studies of gene therapies.""",
"mod+:gene_therapy; cap+:nonclinical_studies; comp+:glp; site+:US,US-MA; site-:JP,JP-13"),

("cro","ja","""当社は、細胞治療製品の品質評価法に関する大学での基礎研究を母体として設立された。
フローサイトメトリーによる細胞特性解析法や造腫瘍性試験法の開発・バリデーションを受託しており、iPS細胞由来製品の評価実績を有する。
GLP下での造腫瘍性試験が実施可能な施設が大阪府吹田市に整備されている。""",
"mod+:cell_therapy,ips; cap+:analytical_development,nonclinical_studies; comp+:glp; site+:JP-27,JP"),

("cro","en","""Decentralised trials, done right. eConsent, ePRO and home-nursing visits across all 47 prefectures; 32 trials live.
On-site monitoring is done by partner CROs, and we are not a data-management shop. HQ: Osaka.""",
"cap+:clinical_trials; site+:JP-27,JP"),

("cro","ja","""本研究所は、薬物動態研究を専門とする非臨床CROとして2019年に設立された。in vitro代謝試験および動物PK試験が実施されている。
GLP適合確認は2026年度の取得を目指しており、現時点ではnon-GLP試験のみを提供している。徳島県。""",
"cap+:nonclinical_studies; comp-:glp; site+:JP-36,JP"),

("cro","en","""ICH stability storage at 25°C/60%RH, 40°C/75%RH, 5°C, -20°C and -80°C — 9,000 m³ of chambers.
GMP release testing for small-molecule and peptide APIs; method validation and microbiology in-house.
Manufacturing: never, we stay independent. Labs in Shizuoka and Saitama.""",
"mod+:small_molecule,peptide; cap+:quality_control,analytical_development; cap-:drug_substance,clinical_supply,commercial_manufacturing; comp+:gmp; site+:JP-22,JP-11,JP"),

("cro","ja","""医療機器専門のCRO。治験（GCP準拠）からPMDAへの薬事申請まで一気通貫でサポート。
医薬品の案件はお受けしていません。名古屋市。""",
"mod+:medical_device; mod-:therapeutics; cap+:clinical_trials,regulatory; comp+:gcp; site+:JP-23,JP"),
]
dump(R, "part_cro.jsonl")
print(len(R))
