from common import R, save
U, I, V = "university", "research_institute", "vc"
rows = [
R(U, "ja", """尾張医科大学附属病院 細胞製剤センターの概要（企業向け連携窓口資料より）。
当センター（愛知県名古屋市）は、GMP省令に準拠した細胞調製施設を有し、医師主導治験に用いる細胞治療製品の治験製品を製造しております。
学内シーズとしては、iPS細胞由来の角膜内皮細胞が非臨床段階にあります。
企業からの製造受託や商用生産は行っておりません。""",
  mod="cell_therapy ips",
  cap="clinical_supply -commercial_manufacturing",
  comp="gmp", scale="clinical -commercial", site="JP JP-23", stage="preclinical"),

R(I, "en", """Q: What can your institute offer industry partners? A: The Musashino Institute for Antibody Science (Wako, Saitama) runs a phage and B-cell antibody discovery platform and offers joint research on therapeutic antibody discovery.
Q: Can you produce material for clinical studies? A: No. Our protein production is limited to research-grade antibody (milligram scale) for in vitro and mouse studies, and we hold no GMP facility.
Q: Stage of your own programmes? A: Research and early preclinical.""",
  mod="antibody",
  cap="drug_discovery -clinical_supply",
  comp="-gmp", scale="research -clinical", site="JP JP-11", stage="research preclinical"),

R(I, "ja", """事業概要（年報2024より）。岩手県生物工学研究所は、県内のバイオ関連企業を対象に、質量分析や遺伝子解析などの依頼試験・分析を提供しております。
試験結果は研究・開発目的での利用に限り、GMPやGLPに基づく試験には対応しておりません。
また、試作用の微生物培養設備（30L）を有料で開放しております。""",
  cap="upstream",
  comp="-gmp -glp", scale="research -non_clinical -clinical -commercial", site="JP JP-03"),

R(U, "en", """Annual report of the Okayama University Gene Therapy Centre, Activities. Our investigators develop AAV gene therapies for neuromuscular diseases; the lead programme entered an investigator-initiated Phase 1 trial in 2025, and two further candidates are preclinical.
Clinical-grade AAV vector is manufactured for us by a commercial CDMO; the centre has no GMP production suite, and its own vector work is research scale.""",
  mod="gene_therapy viral_vector",
  cap="-clinical_supply",
  comp="-gmp", scale="research", site="JP JP-33", stage="phase1 preclinical"),

R(U, "ja", """産学連携本部 シーズ紹介。北陸科学大学薬学部（石川県金沢市）では、低分子化合物による抗線維化薬の創薬研究を行っており、現在はリード最適化（基礎研究）段階にあります。
本シーズは製薬企業へのライセンスアウトを想定しており、非臨床試験以降は導出先での実施を予定しております。""",
  mod="small_molecule",
  cap="drug_discovery -nonclinical_studies",
  site="JP JP-17", stage="research", fund="licence_out"),

R(V, "en", """Fund profile for LP due diligence. Sumida Life Science Ventures is an AMED-certified VC under the drug-venture ecosystem programme, based in Nihonbashi, Tokyo.
Q: Investment focus? A: Drug discovery ventures developing antibodies and cell therapies.
Q: Rounds? A: Seed and Series A, typically as lead investor.""",
  mod="therapeutics antibody cell_therapy",
  site="JP JP-13", fund="seed series_a", cert="amed_certified_vc"),

R(V, "ja", """統合報告書「コーポレートベンチャーキャピタル活動」より。当社CVCは、医療機器およびデジタルヘルス領域のスタートアップに限定して投資を行っており、医薬品（治療薬）の開発企業は投資対象外としております。
投資ステージはシリーズAおよびシリーズBが中心で、本拠は大阪市です。""",
  mod="medical_device digital_health -therapeutics",
  site="JP JP-27", fund="series_a series_b"),

R(V, "en", """LP questionnaire, Section 3 (strategy). Kitahama Growth Partners.
Stage: Series B and Series C only.
Modalities: small molecules and antibody-drug conjugates; platform-only companies are excluded.
Office: Osaka.
Co-investment: alongside corporate VCs; no seed investments.""",
  mod="therapeutics small_molecule adc",
  site="JP JP-27", fund="series_b series_c -seed -series_a -ipo"),

R(V, "ja", """会社概要。株式会社鴨川バイオキャピタル（京都市）は、アーリーステージの創薬ベンチャーおよび再生医療ベンチャーへの投資を行うベンチャーキャピタルです。
投資先の出口としては、IPOおよび製薬企業によるM&Aを想定しております。""",
  mod="therapeutics regenerative",
  site="JP JP-26", fund="ipo m_and_a"),

R(V, "en", """Firm overview. Beacon Harbor Bio Fund invests in drug developers in oncology and rare diseases, from Series A to Series B, with offices in Boston, Massachusetts and Marunouchi, Tokyo.
We are modality-agnostic and do not invest in medical devices.""",
  mod="therapeutics -medical_device",
  site="US US-MA JP JP-13", fund="series_a series_b"),

R(V, "ja", """質問：投資方針を教えてください。
回答：核酸医薬およびペプチド医薬を開発するシード期の創薬ベンチャーに投資しております（名古屋オフィス）。
質問：AMED認定VCですか。
回答：現時点では認定を受けておらず、次回公募での申請を予定しております。""",
  mod="therapeutics nucleic_acid peptide",
  site="JP JP-23", fund="seed", cert="-amed_certified_vc"),

R(V, "en", """Q: Which companies do you back? A: Hakata Digital Health Ventures (Fukuoka) invests exclusively in digital health: care-delivery software, remote monitoring and AI tools. We do not invest in drug developers.
Q: Stage? A: Seed only; follow-on rounds are left to other investors.""",
  mod="digital_health -therapeutics",
  site="JP JP-40", fund="seed -series_a -series_b -series_c -ipo"),
]
save(rows, "ind5i", "batch_univ_vc.jsonl")
