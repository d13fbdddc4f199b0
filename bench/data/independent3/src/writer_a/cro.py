from common import save
R = []
def add(lang, text, spec, kind="cro"):
    R.append((kind, lang, text, spec))

add("en", "Founded in 1984 in Tsukuba and confirmed by the Japanese health authorities as a GLP-compliant test facility in 1990, Chikuba Preclinical Research Center Co., Ltd. conducts general toxicology, safety pharmacology, genotoxicity and reproductive toxicity studies in rodents and non-rodents for pharmaceutical companies, biotech ventures and academic groups in Japan and abroad. Its 12,000 m² facility also houses DMPK and efficacy pharmacology laboratories, and the company has completed more than 3,000 GLP studies in support of IND and CTA submissions by clients developing small molecules, antibodies and oligonucleotides. Carcinogenicity studies, however, are no longer undertaken following the closure of the long-term study wing in 2021, and inhalation toxicology is subcontracted to a partner laboratory in the United Kingdom.",
    "cap+ nonclinical_studies; comp+ glp; site+ JP JP-08; site- GB")

add("en", "Shinagawa Clinical Research Inc., a full-service clinical CRO established in 2001 with its head office in Tokyo and regional offices in Osaka and Fukuoka staffed by monitors and project managers, manages Phase 1 to Phase 3 trials under ICH-GCP for domestic and overseas sponsors, providing protocol development, site monitoring, data management, biostatistics and medical writing. Since 2019 the company has also offered support for PMDA consultations and new drug application dossiers through its regulatory affairs unit of some twenty specialists. It does not own a Phase 1 clinical pharmacology unit, so first-in-human studies are run at partner hospitals in the Kanto area, and bioanalysis of trial samples is subcontracted to an external laboratory.",
    "cap+ clinical_trials regulatory; cap- analytical_development; comp+ gcp; site+ JP JP-13 JP-27 JP-40")

add("en", "Rokko Bioanalytical Laboratories Inc., a GLP- and GCP-compliant bioanalysis CRO based in Kobe since 2008, measures drug concentrations, anti-drug antibodies and neutralising antibodies in preclinical and clinical samples for small molecules, peptides and monoclonal antibodies using LC-MS/MS, ligand-binding and cell-based assays. The laboratory undertakes method development and validation in line with ICH M10 and processed more than 120,000 samples in 2024, while qPCR-based biodistribution and shedding assays for gene therapy products are scheduled to be added once a dedicated molecular biology suite opens in 2026. The company does not conduct in-life animal studies or clinical monitoring itself.",
    "mod+ small_molecule peptide antibody; mod- gene_therapy; cap+ analytical_development; cap- nonclinical_studies clinical_trials; comp+ glp gcp; site+ JP JP-28")

add("en", "Founded in 2011 by former PMDA reviewers and quality heads of Japanese pharmaceutical companies, Kasumigaseki Regulatory Partners K.K. provides regulatory strategy, PMDA consultation support, CMC dossier writing and GMP audit services from its office in Chiyoda-ku, Tokyo, to overseas biotech and pharmaceutical companies seeking approval in Japan. Its team of 35 consultants has supported more than 60 Japanese new drug applications, including filings for cell and gene therapy products, and also acts as In-Country Caretaker for foreign sponsors. The firm does not run laboratories and does not conduct clinical trial monitoring, which it refers to allied CROs.",
    "cap+ regulatory; cap- clinical_trials; site+ JP JP-13")

add("en", "Established in 1995 as the contract testing arm of a Yokohama-based pharmaceutical group and independent since a management buyout in 2014, Bayside Quality Testing K.K. performs GMP-compliant quality control testing of drug substances, drug products and raw materials, including compendial testing to JP, USP and EP, sterility, endotoxin and mycoplasma testing, and ICH stability storage in 15 walk-in chambers. Testing is carried out at its laboratories in Yokohama and, since April 2025, at a second site in Sendai, and the company validates customer methods for transfer into its laboratories. Manufacturing of any kind is outside its business, and it does not perform virus clearance studies, which are referred to a specialist partner.",
    "cap+ quality_control analytical_development; cap- drug_substance clinical_supply commercial_manufacturing; comp+ gmp; site+ JP JP-14 JP-04")

add("en", "Headquartered in Uruma, Okinawa, where its vivarium and imaging facilities opened in 2012, Ryukyu Pharmacology Services Inc. supports drug discovery programmes with target validation, in vitro screening and in vivo efficacy models in oncology, immunology and metabolic disease, and has run more than 900 xenograft and syngeneic studies for clients in Japan, the United States and Europe. Its studies are conducted as non-GLP research, as the company does not operate under GLP and refers regulatory toxicology to partner CROs. A satellite laboratory in San Diego, California, opened in 2023, offers pharmacology studies to US-based biotech companies.",
    "cap+ drug_discovery nonclinical_studies; comp- glp; site+ JP JP-47 US US-CA")

add("en", "Founded in Seoul in 2006, Hanbit Clinical Services Co., Ltd. is a mid-sized CRO that conducts Phase 1 to Phase 3 trials under ICH-GCP across South Korea, Taiwan and Singapore, operating its own 60-bed clinical pharmacology unit in Seoul and project offices in Taipei and Singapore. The company's Osaka office, opened in 2020, is a business development liaison office only, and trials are not conducted in Japan. Regulatory submissions to the MFDS are handled in-house, while pharmacovigilance services are planned for launch in 2026.",
    "cap+ clinical_trials regulatory; comp+ gcp; site+ KR TW SG; site- JP JP-27")

add("en", "Kyoto Discovery Chemistry Co., Ltd., founded in 2007 by medicinal chemists from a Kansai pharmaceutical company, offers integrated drug discovery services from hit identification and library synthesis to lead optimisation, in vitro ADME and rodent pharmacokinetic studies for small-molecule and peptide programmes at its laboratories in Kyoto's Katsura area. Compounds are synthesised at milligram to 50-gram scale for research use only, and the company neither manufactures under GMP nor scales up to kilogram batches, introducing clients to partner CDMOs when candidates move towards the clinic. Approximately 180 chemists and biologists work on full-time-equivalent contracts for clients in Japan, the United States and Switzerland.",
    "mod+ small_molecule peptide; cap+ drug_discovery nonclinical_studies; cap- clinical_supply commercial_manufacturing; comp- gmp; sc+ research; sc- non_clinical clinical commercial; site+ JP JP-26")

add("ja", "当社は1979年に鹿児島県で設立された非臨床試験受託機関であり、GLP適合施設において、げっ歯類及び非げっ歯類を用いた一般毒性試験、生殖発生毒性試験、安全性薬理試験等を国内外の製薬企業及び創薬ベンチャーから受託しております。近年は抗体医薬品、核酸医薬品及び細胞治療製品といった新規モダリティの安全性評価にも注力しており、2023年には毒性試験と連動した薬物動態評価の体制を強化いたしました。なお、臨床試験の受託及び治験薬の製造は行っておりません。",
    "mod+ antibody nucleic_acid cell_therapy; cap+ nonclinical_studies; cap- clinical_trials clinical_supply; comp+ glp; site+ JP JP-46")

add("ja", "株式会社メディカルデータ九州は、2004年に福岡市博多区で設立された臨床試験のデータマネジメント及び統計解析を専門とするCROであり、第1相から第3相試験及び製造販売後臨床試験のEDC構築、データクリーニング、統計解析計画書の作成、総括報告書の作成支援を、ICH-GCPに準拠した手順のもとで提供しております。モニタリング業務は当社のサービス範囲外であり、必要に応じて提携CROと共同でお引き受けしております。また、2025年には大阪市にデータセンターを兼ねた第二拠点を開設いたしました。",
    "cap+ clinical_trials; comp+ gcp; site+ JP JP-40 JP-27")

add("ja", "当社は、再生医療等製品及び細胞治療製品に特化した品質試験受託機関として2017年に大阪府吹田市で設立され、無菌試験、マイコプラズマ否定試験、エンドトキシン試験、フローサイトメトリーによる細胞特性解析等を、GMP及びGCTPに準拠した試験体制のもとで実施しております。試験法の開発及びバリデーションから治験製品・商用製品のロットリリース試験まで幅広く対応しておりますが、細胞の培養加工・製造は一切行っておらず、製造施設も保有しておりません。",
    "mod+ cell_therapy regenerative; cap+ quality_control analytical_development; cap- drug_substance clinical_supply commercial_manufacturing; comp+ gmp; site+ JP JP-27")

add("ja", "当社は2002年に長野県松本市で設立された医療機器専門の試験受託機関であり、ISO 10993に基づく細胞毒性試験、感作性試験、埋植試験等の生物学的安全性評価を、GLP適合の試験施設において実施しております。対象は整形外科用インプラント、カテーテル、人工血管等の医療機器に限られ、医薬品の非臨床試験は受託しておりません。また、薬事申請書類の作成支援についても、2026年度中のサービス開始に向けて準備を進めております。",
    "mod+ medical_device; mod- therapeutics; cap+ nonclinical_studies; cap- regulatory; comp+ glp; site+ JP JP-20")

add("ja", "株式会社ときわバイオアナリシスは、2010年に茨城県つくば市で設立された生体試料分析の受託機関であり、LC-MS/MS及びリガンド結合法を用いた薬物濃度測定、抗薬物抗体(ADA)測定、バイオマーカー測定を、GLP及びGCPに準拠した体制で実施しております。特に核酸医薬品及びペプチド医薬品の高感度定量法の開発に強みを有し、これまでに国内外の製薬企業向けに300件以上の分析法バリデーションを完了いたしました。一方、動物試験の実施は当社では行っておらず、提携する非臨床CROが担当しております。",
    "mod+ nucleic_acid peptide; cap+ analytical_development; cap- nonclinical_studies; comp+ glp gcp; site+ JP JP-08")

add("ja", "当社は、国内製薬企業のCMC部門出身者を中心に2013年に設立された薬事・CMCコンサルティング会社であり、東京都中央区の本社及び米国マサチューセッツ州ケンブリッジの現地法人を拠点として、日米の当局相談対応、治験届及び承認申請資料(CTD第3部)の作成、GMP適合性調査への対応支援を提供しております。バイオ医薬品、遺伝子治療製品及び低分子医薬品のいずれの申請にも対応実績を有しておりますが、当社は試験施設を保有しておらず、品質試験や安定性試験の実施は提携先の受託試験機関に委託しております。",
    "cap+ regulatory; cap- quality_control; site+ JP JP-13 US US-MA")

add("ja", "株式会社セーフティアッセイ湘南は、2014年に神奈川県藤沢市で設立された創薬支援型の受託研究機関であり、ヒトiPS細胞由来心筋細胞及び肝細胞を用いた心毒性・肝毒性のin vitro評価、代謝安定性試験、薬物相互作用試験等を、主に探索段階の低分子化合物を対象として製薬企業・創薬ベンチャー向けに提供しております。当社の試験はいずれも非GLPの探索的試験であり、GLP適用試験は実施しておりません。評価に用いるiPS細胞由来細胞は国内の細胞メーカーから購入しており、当社自身は細胞の製造・販売を行っておりません。",
    "mod+ small_molecule; mod- ips; cap+ nonclinical_studies drug_discovery; comp- glp; site+ JP JP-14")

save("cro", R)
