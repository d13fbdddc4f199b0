START = {}
ROWS = [
("cro","en",
 "Our company is performing the non-clinical safety studies under GLP at Tsukuba research center. "
 "It is possible to do general toxicity, reproductive toxicity and safety pharmacology in rodents and non-rodents. "
 "Carcinogenicity study is not accepted currently. The bioanalysis of toxicokinetic samples is also done in-house.",
 "cap+ nonclinical_studies analytical_development | comp+ glp | site+ JP JP-08"),
("cro","ja",
 "当社はオンコロジーおよびレアディジーズ領域に強みを持つフルサービスCROです。"
 "フェーズ1からフェーズ3までのクリニカル・オペレーション、モニタリング、データマネジメント、メディカルライティングをGCPに準拠して提供いたします。"
 "東京本社および大阪支店を拠点とし、アジアパシフィック地域ではシンガポール・オフィスのチームがプロジェクトをリードいたします。",
 "cap+ clinical_trials | comp+ gcp | site+ JP JP-13 JP-27 SG"),
("cro","en",
 "We are supporting the regulatory affairs of biopharmaceuticals, especially the CMC part of IND and CTD for cell and gene therapy products. "
 "Our consultants are former reviewers of PMDA, working in our office in Chiyoda-ku, Tokyo. "
 "Please note that we are not performing any testing or manufacturing.",
 "cap+ regulatory | cap- quality_control drug_substance clinical_supply commercial_manufacturing | site+ JP JP-13"),
("cro","ja",
 "医薬品および再生医療等製品のGMP品質試験の受託を行っております。"
 "無菌試験、エンドトキシン試験、マイコプラズマ否定試験、ウイルス安全性試験に対応可能です。"
 "当社は製造業の許可を持っておらず、製造の受託は致しません。 "
 "Summary: GMP-compliant QC testing laboratory in Saitama; no manufacturing.",
 "mod+ regenerative | cap+ quality_control | cap- drug_substance clinical_supply commercial_manufacturing | comp+ gmp | site+ JP JP-11"),
("cro","en",
 "Our company can correspond to the bioanalysis for clinical and non-clinical studies: PK assay by LC-MS/MS, ADA assay and neutralizing antibody assay. "
 "Method development and validation are performed according to ICH M10, and GLP and GCP compliance are available. "
 "Our laboratory is located in Kobe, and the sample storage at -80 degrees is also possible.",
 "cap+ analytical_development | comp+ glp gcp | site+ JP JP-28"),
("cro","ja",
 "創薬初期段階のインビトロADME、インビボ薬物動態、薬効薬理試験をご提供いたします。"
 "ヒット・トゥ・リード、リード・オプティマイゼーションにおけるメディシナル・ケミストリー・サポートも可能です。"
 "なお、GLP試験は実施しておりません。研究所は神奈川県藤沢市の湘南エリアに位置しています。",
 "cap+ nonclinical_studies drug_discovery | comp- glp | site+ JP JP-14"),
("cro","en",
 "We are a US-based CRO performing Phase 1 studies in our 120-bed clinical pharmacology unit in California. "
 "Japanese sponsors are supported by our Yokohama liaison office only, and there is no clinical site in Japan. "
 "The GCP inspection by FDA was passed without findings.",
 "cap+ clinical_trials | comp+ gcp | site+ US US-CA | site- JP JP-14"),
("cro","ja",
 "非臨床試験のスタディ・マネジメントおよびストラテジー・コンサルティングをご提供いたします。"
 "GLP試験そのものは提携先の国内外CROにて実施いたします。"
 "IND申請に向けた非臨床パッケージのデザインから、PMDA薬事相談への同行まで対応可能です。本社：京都市下京区。",
 "cap+ regulatory | cap- nonclinical_studies | comp- glp | site+ JP JP-26"),
("cro","en",
 "Our company is performing the pharmacology studies in disease model animals, especially in CNS and oncology. "
 "GLP compliance is not yet obtained, and we are preparing for the GLP inspection in fiscal year 2026. "
 "Our animal facility is in Hokkaido.",
 "cap+ nonclinical_studies | comp- glp | site+ JP JP-01"),
("cro","ja",
 "データマネジメントおよびバイオスタティスティクスに特化したファンクショナル・サービス・プロバイダー（FSP）です。"
 "臨床試験のEDC構築、統計解析計画書の作成、総括報告書（CSR）作成支援を提供いたします。"
 "モニタリング業務はご提供しておりません。名古屋本社にて全業務を実施しています。",
 "cap+ clinical_trials | site+ JP JP-23"),
("cro","en",
 "We are performing the analytical testing for AAV and lentiviral vectors: titer by ddPCR, empty/full ratio by AUC, and replication competent virus test. "
 "These tests are performed in GMP-compliant manner at our laboratory in Kashiwa. "
 "Our company does not manufacture the vectors.",
 "mod+ viral_vector | cap+ analytical_development quality_control | cap- drug_substance clinical_supply commercial_manufacturing | comp+ gmp | site+ JP JP-12"),
("cro","ja",
 "医療機器およびプログラム医療機器（SaMD）の薬事申請支援に特化したコンサルティング・ファームです。"
 "医薬品の申請支援は取り扱っておりません。オフィスは東京都文京区本郷にございます。",
 "mod- therapeutics | cap+ regulatory | site+ JP JP-13"),
("cro","ja",
 "霊長類を用いた非臨床試験（一般毒性、免疫毒性）を中国・蘇州の試験施設にて実施しております。 "
 "GLP-compliant studies are available. The Japanese office in Tokyo is for sales only. Genotoxicity tests are subcontracted to a partner laboratory.",
 "cap+ nonclinical_studies | comp+ glp | site+ CN | site- JP JP-13"),
("cro","ja",
 "再生医療等製品の治験に特化したCROとして、治験計画届の作成、PMDA対面助言のサポート、モニタリング、安全性情報マネジメントを提供いたします。"
 "治験製品の製造は取り扱っておりません。大阪市北区のオフィスを拠点としています。",
 "cap+ clinical_trials regulatory | cap- drug_substance clinical_supply commercial_manufacturing | site+ JP JP-27"),
("cro","en",
 "We are performing the ICH stability studies and release tests for small molecule and peptide drugs under GMP. "
 "Storage chambers of 25°C/60%RH, 30°C/65%RH and 40°C/75%RH are available in Toyama. "
 "Our company also produces reference standards, but they are not manufactured under GMP.",
 "mod+ small_molecule peptide | cap+ quality_control | comp+ gmp | site+ JP JP-16"),
]
