from lib import row
K = "cro"
ROWS = [
row("ja", K, """3【事業の内容】
当社グループは、医薬品等の非臨床試験受託事業を主たる事業としております。
熊本県及び鹿児島県の試験施設において、GLP適合の一般毒性試験、安全性薬理試験及び薬物動態試験を実施しております。
なお、臨床試験の受託は行っておりません。""",
"c+ nonclinical_studies | c- clinical_trials | g+ glp | l+ JP JP-43 JP-46"),

row("en", K, """1. Business overview.
Phase 1 to Phase 3 clinical trial operations — site monitoring, data management, biostatistics and pharmacovigilance — are conducted under GCP for pharmaceutical and biotech sponsors.
Operational offices are maintained in Tokyo and Osaka, and a 60-bed Phase 1 unit is operated in Fukuoka.
Non-clinical studies are not performed and are referred to a partner CRO.""",
"c+ clinical_trials | c- nonclinical_studies | g+ gcp | l+ JP JP-13 JP-27 JP-40"),

row("ja", K, """事業概要：バイオ医薬品及び再生医療等製品の薬事・CMC薬事コンサルティング。
PMDA対面助言の準備支援、治験計画届及び承認申請資料（CTD第3部 品質）の作成支援。
自社での製造・試験は実施しておらず、品質試験は提携先の分析機関に委託。
所在地：東京都中央区。""",
"m+ regenerative | c+ regulatory | c- quality_control drug_substance clinical_supply commercial_manufacturing | l+ JP JP-13"),

row("en", K, """Item 2. Description of services.
GMP-compliant release and stability testing of biologics, including antibody and recombinant protein products, is performed in the Company's laboratories in Saitama.
Endotoxin, sterility, mycoplasma and host-cell protein assays are validated under GMP, although the Company holds no manufacturing licence and does not manufacture any product.
Microbiological testing of cell therapy products was discontinued in 2023.""",
"m+ antibody protein | m- cell_therapy | c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | l+ JP JP-11"),

row("ja", K, """1．受託サービスの概要：LC-MS/MS及びリガンド結合法（LBA）による生体試料中薬物濃度測定法の開発・バリデーション及び測定、抗薬物抗体（ADA）測定の受託。
2．対象モダリティ：低分子、ペプチド、抗体及びADC。
3．信頼性基準：GLP及びGCP下の試験に対応。
4．試験施設：千葉県柏市。""",
"m+ small_molecule peptide antibody adc | c+ analytical_development | g+ glp gcp | l+ JP JP-12"),

row("en", K, """Risk factors — (2) Dependence on animal supply.
Non-GLP pharmacology and efficacy studies, including xenograft and syngeneic oncology models, are conducted by the Company at its vivarium in Kobe.
GLP toxicology studies are not conducted in-house and are subcontracted to a partner laboratory in China; the Company's revenue could therefore be affected by export restrictions on study materials.""",
"c+ nonclinical_studies | g- glp | l+ JP JP-28"),

row("ja", K, """事業の内容：再生医療等製品及び遺伝子治療製品の治験に特化した臨床開発業務の受託（モニタリング、データマネジメント、安全性情報管理）。
GCP準拠。
非臨床試験及び製造関連業務は対象外。
拠点：東京都、大阪府。""",
"m+ regenerative gene_therapy | c+ clinical_trials | c- nonclinical_studies drug_substance clinical_supply commercial_manufacturing | g+ gcp | l+ JP JP-13 JP-27"),

row("en", K, """Company overview.
Regulatory and CMC consulting for Japanese drug developers entering the US market is provided from the Company's offices in Cambridge, Massachusetts and San Diego, California.
IND preparation, FDA meeting support and CMC gap assessments are offered; laboratory testing is not.
A liaison office in Tokyo handles client relations only.""",
"c+ regulatory | c- quality_control | l+ US US-MA US-CA | l- JP"),

row("ja", K, """成果報告書（抜粋）
1. 実施者：非臨床試験受託機関（静岡県御殿場市）。
2. 内容：iPS細胞由来製品の造腫瘍性試験及び体内動態試験の実施体制の構築。
3. 成果：GLP適合試験としての実施体制を確立し、2025年度より受託開始。
4. 留意事項：細胞製品の製造は対象外のため、被験物質は依頼者から提供を受ける。""",
"m+ ips | c+ nonclinical_studies | c- drug_substance clinical_supply commercial_manufacturing | g+ glp | l+ JP JP-22"),

row("en", K, """Business overview (prospectus extract).
Clinical trial management services for oncology and rare-disease programmes are provided across Singapore, Taiwan and Australia under ICH-GCP.
Japanese sponsors are served through a referral partnership with a Tokyo-based CRO, the Company itself having no office or site in Japan.""",
"c+ clinical_trials | g+ gcp | l+ SG TW AU | l- JP"),

row("ja", K, """課題：細胞治療製品の出荷試験に3週間以上を要する現状。
／解決策：迅速無菌試験及びマイコプラズマ否定試験のGMP準拠受託。
／実績：CAR-T及びMSC製品の品質試験受託120件。
／体制：神奈川県藤沢市のラボ、製造受託は行わない。
／資金ニーズ：検査ラボの拡張。""",
"m+ cell_therapy car_t msc | c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | l+ JP JP-14"),

row("en", K, """3. Facilities and accreditation.
GLP-compliant general toxicology and reproductive toxicology studies are conducted at the Company's test facility in Tsukuba, Ibaraki.
A second facility for inhalation toxicology is under construction in Hokkaido and is scheduled to open in 2028.
Clinical studies are outside the Company's scope.""",
"c+ nonclinical_studies | c- clinical_trials | g+ glp | l+ JP JP-08 | l- JP-01"),

row("ja", K, """【事業の内容】
当社グループは、CRO事業及びSMO事業の2セグメントで構成されております。
CRO事業では、製薬企業からの委託により、第I相から第IV相試験のモニタリング、データマネジメント、統計解析及び承認申請支援を行っております。
SMO事業では、全国約300の医療機関において治験コーディネーター（CRC）業務を提供しております。
本社：東京都千代田区。""",
"c+ clinical_trials regulatory | l+ JP JP-13"),

row("en", K, """Summary of technology-transfer project.
Analytical methods for mRNA-LNP products — encapsulation efficiency, lipid composition by HPLC-CAD and mRNA integrity by capillary electrophoresis — were developed by the Company at its laboratory in Suita, Osaka, in collaboration with a national university, and transferred to three client laboratories.
Testing is performed for research and non-clinical purposes only; GMP release testing is not offered at present.""",
"m+ mrna | c+ analytical_development | c- quality_control | g- gmp | s+ research non_clinical | s- clinical commercial | l+ JP JP-27"),

row("en", K, """2.3 Clinical pharmacology.
First-in-human and Phase 1 studies in healthy volunteers are conducted under GCP in the Company's 40-bed clinical pharmacology unit in Hakata, Fukuoka.
Bioequivalence studies for generic products were performed until 2022 but have since been discontinued.
Patient studies in Phase 2 and later are handled by an alliance CRO.""",
"c+ clinical_trials | g+ gcp | l+ JP JP-40"),
]
