KIND = "cro"
ROWS = [
("en", """Sakuragi Preclinical is a GLP-certified CRO in Shiga offering general and reproductive toxicology, safety
pharmacology and DMPK studies in rodents and non-rodents. We run IND-enabling packages for small molecules, antibodies and
oligonucleotides. Clinical trial services are not offered.""",
 "m+ small_molecule antibody nucleic_acid | c+ nonclinical_studies | c- clinical_trials | g+ glp | r+ JP JP-25"),
("ja", """株式会社ときわ臨床研究は、国内の治験実施を支援するCROです。
第1相から第3相試験までのモニタリング、データマネジメント、統計解析をGCPに準拠して提供しています。
本社は東京都中央区、拠点は大阪と福岡にあります。非臨床試験は取り扱っていません。""",
 "c+ clinical_trials | c- nonclinical_studies | g+ gcp | r+ JP JP-13 JP-27 JP-40"),
("en", """Bellwood Regulatory Consulting is a Tokyo-based firm that helps overseas biotech companies enter Japan. We prepare
PMDA consultation packages, write CTD modules and act as in-country caretaker for clinical trial notifications. We do not
run trials ourselves; monitoring is subcontracted to partner CROs.""",
 "c+ regulatory | c- clinical_trials | r+ JP JP-13"),
("ja", """株式会社みやこ品質検査センターは、医薬品原薬・製剤のGMP品質試験を受託しています。
京都府の試験室で、理化学試験、微生物試験、安定性試験を実施しています。
医薬品の製造は行っていません。""",
 "c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-26"),
("en", """Northstar Bioanalytics runs GLP and GCP bioanalysis for pharmacokinetic and immunogenicity endpoints, using
LC-MS/MS for small molecules and peptides and ligand-binding assays for antibodies. Our laboratories are in Kanagawa and
Shanghai.""",
 "m+ small_molecule peptide antibody | c+ analytical_development | g+ glp gcp | r+ JP JP-14 CN"),
("ja", """株式会社くすのき薬理研究所は、創薬初期の薬効薬理試験と薬物動態試験を受託しています。
がん・免疫領域の動物モデルを多数保有し、静岡県の試験施設で実施します。
GLP適用試験は2024年に終了し、現在は非GLP試験のみを受託しています。""",
 "c+ nonclinical_studies | g- glp | r+ JP JP-22"),
("en", """Crescent Clinical is a full-service Asia-Pacific CRO with operations in Tokyo, Seoul, Taipei and Sydney. We manage
Phase 1 to Phase 3 oncology and rare-disease trials under ICH GCP, including site selection, monitoring, pharmacovigilance
and regulatory submissions to the PMDA and MFDS.""",
 "c+ clinical_trials regulatory | g+ gcp | r+ JP JP-13 KR TW AU"),
("ja", """株式会社あおい分析技研は、抗体医薬品・ADCの物性評価と分析法バリデーションを受託しています。
自社で抗体を製造することはなく、お客様からご提供いただいたサンプルを評価します。
千葉県の研究所では、GMPに準拠した品質試験にも対応しています。""",
 "m+ antibody adc | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-12"),
("en", """Ridgeway Tox is a GLP toxicology CRO in North Carolina with a liaison office in Osaka for Japanese sponsors.
Studies include general toxicology, carcinogenicity and inhalation studies. We do not have laboratory facilities in
Japan.""",
 "c+ nonclinical_studies | g+ glp | r+ US US-NC | r- JP"),
("ja", """合同会社ヤツデ薬事コンサルティングは、東京都千代田区を拠点に、再生医療等製品および医療機器の薬事申請を支援しています。
承認申請書やCTDの作成、PMDA対面助言の準備を代行します。
臨床試験のモニタリング業務は行っておりません。""",
 "c+ regulatory | c- clinical_trials | r+ JP JP-13"),
("en", """Jade River Discovery is a discovery CRO in Suzhou, China, offering medicinal chemistry, in vitro screening,
antibody discovery by phage display and in vivo efficacy models. Japanese clients are served from a business development
office in Tokyo.""",
 "m+ antibody | c+ drug_discovery nonclinical_studies | r+ CN"),
("ja", """株式会社ひまわりSMOは、治験施設支援機関（SMO）として、全国120の医療機関にGCPに精通したCRCを派遣しています。
本社は福岡市にあり、北海道から九州まで対応しています。
治験の企画・モニタリングは提携CROが担当します。""",
 "c+ clinical_trials | g+ gcp | r+ JP JP-40"),
("en", """Clearwater Micro Labs provides sterility, endotoxin and bioburden testing and environmental monitoring for
pharmaceutical and cell therapy manufacturers. Our labs in Saitama and Gunma are GMP-compliant. We do not offer analytical
method development.""",
 "c+ quality_control | c- analytical_development | g+ gmp | r+ JP JP-11 JP-10"),
("ja", """株式会社ミカゲ安全性研究所は、鹿児島県と中国・広東省に試験施設を持つ非臨床CROです。
カニクイザルを用いた一般毒性試験や抗体医薬品の安全性評価をGLP下で実施しています。
遺伝毒性試験は提携先に委託しています。""",
 "m+ antibody | c+ nonclinical_studies | g+ glp | r+ JP JP-46 CN"),
("en", """Meadowlark CMC Consulting supports drug ventures with CMC strategy, CDMO selection and audits, and authoring of
the quality sections of IND and J-NDA filings. We have no laboratories and do no manufacturing; our consultants work from
Tokyo and Boston.""",
 "c+ regulatory | c- drug_substance clinical_supply commercial_manufacturing | r+ JP JP-13 US US-MA"),
("ja", """医療法人さくら会臨床薬理センターは、東京都新宿区に80床の第1相試験専用ユニットを持つ治験実施施設です。
健康成人を対象としたFIH試験や生物学的同等性試験を数多く実施しています。""",
 "c+ clinical_trials | r+ JP JP-13"),
("en", """Tessellate Analytics characterises mRNA and LNP products: capping efficiency, poly(A) tail length, encapsulation
efficiency and lipid impurities. We work to GMP for release testing of clinical batches at our lab in Kobe. We neither
manufacture mRNA nor sell lipids.""",
 "m+ mrna | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing lipid | g+ gmp | r+ JP JP-28"),
("ja", """株式会社コトブキ開発支援は、大阪市を拠点に、創薬ベンチャー向けに開発戦略の立案、PMDA相談資料の作成、治験届の提出を支援しています。
必要に応じて、提携CROを通じた非臨床試験・臨床試験の手配も行います。""",
 "c+ regulatory | c- nonclinical_studies clinical_trials | r+ JP JP-27"),
("en", """Orchid Safety Sciences is a GLP test facility in Hokkaido specialising in the toxicology of cell and gene therapy
products, including biodistribution and tumorigenicity studies. We are not a GMP lab and do not perform lot release
testing.""",
 "m+ cell_therapy gene_therapy | c+ nonclinical_studies | c- quality_control | g+ glp | g- gmp | r+ JP JP-01"),
("ja", """株式会社ハヤテ試験研究所は、培地・試薬など原材料の受入試験と、シングルユース部材の抽出物・溶出物（E&L）試験を受託しています。
試験は静岡県の試験所で実施し、ISO/IEC 17025の認定を受けています。""",
 "c+ quality_control | r+ JP JP-22"),
("en", """Harborlight Clinical Research runs decentralised and hybrid clinical trials in Japan, with eConsent, home nursing
visits and direct-to-patient drug delivery. We operate under GCP from our Osaka headquarters. Temperature-controlled
shipments are handled by a partner specialty courier.""",
 "c+ clinical_trials | c- cold_chain | g+ gcp | r+ JP JP-27"),
("ja", """株式会社たちばなバイオリサーチは、かつて臨床試験のモニタリング業務も提供していましたが、2023年に同事業を譲渡しました。
現在は非臨床の薬物動態試験と毒性試験に専念しています。
茨城県つくば市の試験施設はGLPに適合しています。""",
 "c+ nonclinical_studies | c- clinical_trials | g+ glp | r+ JP JP-08"),
("en", """Quillon Predictive is a computational CRO offering in silico ADME prediction and virtual screening for
small-molecule drug discovery. Our team works from Fukuoka, and we do not run wet-lab or animal studies.""",
 "m+ small_molecule | c+ drug_discovery | c- nonclinical_studies | r+ JP JP-40"),
("ja", """株式会社ナナカマド統計解析は、仙台市に本社を置く、臨床試験のデータマネジメントと統計解析に特化したCROです。
GCPに準拠したEDC構築や、CDISC対応のデータセット作成を行います。
モニタリングや治験施設の選定は行っていません。""",
 "c+ clinical_trials | g+ gcp | r+ JP JP-04"),
("en", """Vantage Immunoassays supports vaccine developers with GCP-compliant serology, neutralising antibody and cellular
immunity assays for Phase 1-3 trial samples. Assays are run at our laboratories in Yokohama and Munich.""",
 "c+ analytical_development | g+ gcp | r+ JP JP-14 DE"),
("ja", """株式会社しらかば病理研究所は、毒性試験における病理組織標本の作製と病理診断をGLP下で受託しています。
長野県の施設で、国内外の製薬企業やCROからの依頼に対応しています。""",
 "c+ nonclinical_studies | g+ glp | r+ JP JP-20"),
("en", """Summit Gate Clinical helps US and European sponsors add Japanese sites to global Phase 2 and 3 studies. Our team
in Tokyo handles PMDA notifications, site contracts and monitoring under J-GCP. We do not provide Phase 1 unit services.""",
 "c+ clinical_trials regulatory | g+ gcp | r+ JP JP-13"),
("ja", """株式会社あけぼの分析は、低分子医薬品の不純物分析と構造解析を受託しています。
岡山県の試験室では現在GLP対応の試験は実施しておらず、2026年度のGLP適合確認を目指しています。""",
 "m+ small_molecule | c+ analytical_development | g- glp | r+ JP JP-33"),
("en", """Cedar Lane Biomodels offers efficacy and safety studies in humanised mouse models for immuno-oncology antibodies,
bispecifics and CAR-T cells. Studies are non-GLP and run at our vivarium in Kawasaki; GLP packages are placed with partner
labs.""",
 "m+ antibody bispecific car_t cell_therapy | c+ nonclinical_studies | g- glp | r+ JP JP-14"),
("ja", """株式会社ミツバ医療機器試験センターは、医療機器の生物学的安全性試験（ISO 10993）と臨床評価を支援するCROです。
医薬品の試験は受託しておらず、医療機器専門です。
本社試験所は栃木県にあります。""",
 "m+ medical_device | m- therapeutics | c+ nonclinical_studies | r+ JP JP-09"),
]
