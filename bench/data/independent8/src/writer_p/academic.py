ITEMS = [
("ja","university","""北辰大学医学部附属 細胞プロセッシングセンター（北海道札幌市）。学内シーズの再生医療研究を支える施設です。間葉系幹細胞を用いた細胞治療製品を、医師主導治験（第1相）用にGMPに準拠して製造しています。企業からの受託製造は行っていません。""",
 "mod+:regenerative,cell_therapy,msc; cap+:clinical_supply; cmp+:gmp; scl+:clinical; stg+:phase1; site+:JP,JP-01"),
("en","university","""Postdoctoral Researcher — Antibody Discovery, Naniwa Institute of Technology (Osaka). The lab discovers antibodies and research-stage ADC candidates and profiles them in in vivo efficacy models. GMP manufacture is not available at the university; the project will work with an external CDMO when material for toxicology studies is needed.""",
 "mod+:antibody,adc; cap+:drug_discovery; cap-:drug_substance,clinical_supply,commercial_manufacturing; cmp-:gmp; scl-:non_clinical; stg+:research; site+:JP,JP-27"),
("ja","research_institute","""一般財団法人 瀬戸内バイオ医薬研究機構（香川県高松市）。抗体および組換えタンパク質の研究と、非GLPの非臨床薬効試験を行っています。共同研究先の企業には、研究用途に限り生産細胞株を分与しています。""",
 "mod+:antibody,protein; cap+:nonclinical_studies,cell_line; cmp-:glp; scl+:research; scl-:non_clinical,clinical,commercial; site+:JP,JP-37"),
("en","research_institute","""Kanto Vector Research Institute | Research foundation, Tsukuba (Ibaraki). We develop lentiviral and AAV vector production processes and supply non-GMP research-grade vector lots up to 10 L. A GMP vector facility is planned to open in FY2028; until then we cannot supply clinical-grade material.""",
 "mod+:viral_vector; cap+:process_development; cap-:clinical_supply; cmp-:gmp; scl+:research; scl-:clinical; site+:JP,JP-08"),
("ja","university","""【公募】特任研究員（核酸医薬）／東雲医科大学 橋渡し研究センター（東京都新宿区）。学内発の核酸医薬シーズを非臨床段階から医師主導治験へ進めるプロジェクトです。学内AROがGCPに準拠して治験の調整・モニタリングを担当し、治験薬の製造は外部CDMOに委託します。""",
 "mod+:nucleic_acid; cap+:clinical_trials; cap-:clinical_supply; cmp+:gcp; stg+:preclinical; site+:JP,JP-13"),
]
