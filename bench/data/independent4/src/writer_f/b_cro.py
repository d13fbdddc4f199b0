from common import r, dump
R = []
K = "cro"
r(R, K, "en", """Preclinical services menu. Safety assessment: GLP general toxicology in rodents and non-rodents (single and repeat dose, up to 26 weeks), safety pharmacology, genetic toxicology (Ames, micronucleus). DMPK: in vitro metabolism and rodent PK. Carcinogenicity studies are subcontracted to a partner lab in the US. Facility: Tsukuba, Ibaraki (GLP-compliant, AAALAC-accredited).""",
  cap="nonclinical_studies", comp="glp", site="JP-08 JP")
r(R, K, "ja", """臨床開発受託サービス：第I相〜第III相試験のモニタリング、データマネジメント、統計解析、メディカルライティング。GCPに準拠した品質管理体制を整えています。第I相専用ユニット（治験病床）は保有していないため、第I相試験は提携医療機関で実施します。国内拠点：東京都中央区（本社）、大阪市、福岡市。韓国・台湾は提携CROと協業しています。""",
  cap="clinical_trials", comp="gcp", site="JP-13 JP-27 JP-40 JP")
r(R, K, "en", """Regulatory & CMC consulting. Service A: PMDA consultation strategy and briefing documents. Service B: CTD Module 3 authoring for biologics, including antibodies and AAV products. Service C: GMP audits of your CDMO and mock inspections. We do not perform laboratory testing or manufacturing. Office: Nihonbashi, Tokyo.""",
  cap="regulatory -quality_control -drug_substance -clinical_supply -commercial_manufacturing", site="JP-13 JP")
r(R, K, "ja", """医薬品品質試験の受託（GMP準拠）：無菌試験、エンドトキシン試験、マイコプラズマ否定試験、ウイルス安全性試験を、再生医療等製品およびウイルスベクター製品について実施しています。製造受託は行っていません。試験施設：神奈川県川崎市。なお、当施設はGLP適合施設ではありません。""",
  mod="regenerative viral_vector", cap="quality_control -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp -glp", site="JP-14 JP")
r(R, K, "en", """Bioanalytical laboratory services. LC-MS/MS assays for small molecules and peptides; ligand-binding PK, ADA and neutralising-antibody assays for monoclonal antibodies; qPCR biodistribution and vector shedding assays for gene therapies. Method validation per ICH M10; sample analysis under GLP and GCP. Laboratories in Osaka and Shanghai, China.""",
  mod="small_molecule peptide antibody gene_therapy", cap="analytical_development", comp="glp gcp", site="JP-27 JP CN")
r(R, K, "ja", """創薬支援サービス：ハイスループットスクリーニング（化合物ライブラリー50万化合物）、ヒット・リード最適化のための合成支援、in vivo薬効薬理試験（がん、炎症モデル）。GLP試験は実施しておらず、ご希望の場合は提携CROをご紹介します。試験はすべて千葉県柏市の研究所で行います。""",
  cap="drug_discovery nonclinical_studies", comp="-glp", site="JP-12 JP")
r(R, K, "en", """Asia-Pacific Phase 1 specialist. 120-bed clinical pharmacology units in Singapore and Seoul, Korea; first-in-human, SAD/MAD, food-effect and ethnic bridging studies conducted under ICH-GCP. Japanese sponsors are supported from a liaison office in Osaka; no clinical unit operates in Japan.""",
  cap="clinical_trials", comp="gcp", site="SG KR -JP -JP-27")
r(R, K, "ja", """再生医療等製品の非臨床試験：造腫瘍性試験（免疫不全マウス、軟寒天コロニー形成試験）、qPCRによる体内分布試験、GLP一般毒性試験。iPS細胞由来製品・MSC製品の試験実績多数。細胞製品の製造は行っていません。熊本県上益城郡。""",
  mod="regenerative ips msc cell_therapy", cap="nonclinical_studies -drug_substance -clinical_supply -commercial_manufacturing", comp="glp", site="JP-43 JP")
r(R, K, "en", """Clinical data services: EDC build, eCOA, data management and biostatistics for Phase 1–4 studies. Monitoring is not offered; we partner with full-service CROs for site management. GCP-compliant, CSV-validated systems. Teams in Fukuoka and Tokyo.""",
  cap="clinical_trials", comp="gcp", site="JP-40 JP-13 JP")
r(R, K, "ja", """CMC薬事コンサルティング：治験届・承認申請のCMCパート作成、PMDA対面助言の準備、GMP適合性調査への対応支援。対象製品はmRNAワクチン、核酸医薬、細胞治療製品など。当社はラボを保有しておらず、試験は実施しません。大阪市中央区。""",
  cap="regulatory -quality_control", site="JP-27 JP")
r(R, K, "en", """Biosafety testing. Viral clearance studies (small-scale models of chromatography and nanofiltration steps), adventitious agent testing and cell bank characterisation for CHO-derived antibodies, all under GMP. NGS-based adventitious agent detection: coming soon (2026). Lab: Kashiwa; a second lab in Kumamoto is under construction.""",
  mod="antibody", cap="quality_control analytical_development", comp="gmp", site="JP-12 JP -JP-43")
r(R, K, "ja", """医療機器専門CRO：医療機器および体外診断用医薬品の臨床試験（治験）のモニタリング、薬事申請支援を行います。医薬品の治験は受託していません。ISO 14155および医療機器GCP省令に準拠。愛知県名古屋市。""",
  mod="medical_device diagnostics -therapeutics", cap="clinical_trials regulatory", comp="gcp", site="JP-23 JP")
r(R, K, "en", """Toxicology for complex modalities: GLP repeat-dose and reproductive toxicity studies for oligonucleotides, ADCs and peptides; immunotoxicology; TK sample bioanalysis. Non-human primate studies are placed with a partner facility in Cambodia under our study directorship. Located in Koka, Shiga.""",
  mod="nucleic_acid adc peptide", cap="nonclinical_studies analytical_development", comp="glp", site="JP-25 JP")
r(R, K, "ja", """品質試験受託サービス：原薬・製剤の規格試験、ICH安定性試験（25℃/60%RH、40℃/75%RHほか）、分析法バリデーション、微生物試験。GMP省令に基づく試験検査機関として運用しています。製造はグループ会社が担当しており、当社では製造は行っていません。埼玉県さいたま市。""",
  cap="quality_control analytical_development -drug_substance -clinical_supply -commercial_manufacturing", comp="gmp", site="JP-11 JP")
r(R, K, "en", """Integrated drug development services. Non-clinical: pharmacology and GLP toxicology at our Kagoshima facility. Clinical: a 48-bed Phase 1 unit in Fukuoka, plus Phase 2–3 monitoring nationwide under GCP. Regulatory: PMDA filings. Planned: GMP clinical-supply packaging and labelling from 2027.""",
  cap="nonclinical_studies clinical_trials regulatory -clinical_supply", comp="glp gcp -gmp", site="JP-46 JP-40 JP")
r(R, K, "ja", """バイオアナリシス受託：抗体医薬・ADCの血中濃度測定（LBA）、抗薬物抗体（ADA）測定、フローサイトメトリーによるCAR-T細胞の体内動態解析。非臨床試験（GLP）および臨床試験（GCP）の検体に対応します。検体の保管・輸送（-80℃）も一括で承ります。東京都八王子市。""",
  mod="antibody adc car_t cell_therapy", cap="analytical_development", comp="glp gcp", site="JP-13 JP")
dump(R, "part_cro.jsonl"); print(len(R))
