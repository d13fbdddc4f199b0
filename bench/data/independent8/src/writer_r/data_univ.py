from lib import row
U, R = "university", "research_institute"
ROWS = [
row("ja", U, """技術移転案件概要
1. 機関：国立大学法人中部先端医科大学（愛知県名古屋市）。
2. 技術名：piggyBacトランスポゾンを用いたCAR-T細胞の非ウイルス遺伝子導入法。
3. 開発段階：非臨床POC取得済み、医師主導治験（第1相）は2027年度開始予定。
4. 設備：学内にGMP準拠の細胞調製施設を有し、治験製品の製造が可能。
5. ライセンス先企業を募集中。""",
"m+ car_t | m- viral_vector | c+ clinical_supply | g+ gmp | s+ clinical | st+ preclinical | st- phase1 | l+ JP JP-23"),

row("en", R, """Project outcome report (abridged).
1. Institution: a national research institute for advanced biologics located in Tsukuba.
2. Outcome: a continuous manufacturing process for monoclonal antibodies, coupling perfusion culture with multi-column chromatography, was demonstrated at 50 L scale.
3. The pilot plant is not GMP-compliant; the material produced is for research use only and is not intended for clinical trials.
4. The technology is offered for transfer to Japanese CDMOs.""",
"m+ antibody | c+ process_development upstream downstream | c- clinical_supply | g- gmp | s+ research | s- non_clinical clinical commercial | l+ JP JP-08"),

row("ja", U, """採択事業の概要
1. 代表機関：北陸薬科総合大学（石川県金沢市）。
2. 事業内容：がん免疫ペプチドワクチン候補の探索及び非臨床試験の推進による医師主導治験入りの加速。
3. 実施体制：学内研究室における探索研究、GLP毒性試験は外部CROへ委託。
4. 対象品目の開発段階：非臨床段階。""",
"m+ peptide vaccine | c+ drug_discovery | c- nonclinical_studies | g- glp | st+ preclinical | l+ JP JP-17"),

row("en", U, """Technology-transfer summary.
Invention: a biodegradable ionisable lipid for hepatic mRNA delivery, developed at the Graduate School of Pharmaceutical Sciences of a national university in Sapporo, Hokkaido.
Status: efficacy shown in mice and non-human primates; no GMP manufacturing capacity exists at the university, and lipid supply for toxicology studies is to be arranged by the licensee.
Licensing: exclusive and non-exclusive licences available.""",
"c+ lipid | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | st+ preclinical | l+ JP JP-01"),

row("ja", R, """成果報告書
1. 機関：県立バイオ技術センター（富山県射水市）。
2. 内容：県内中小企業向け共同利用型GMP製造設備（微生物発酵による組換えタンパク質用の2,000 L培養設備）の整備。
3. 成果：2025年度より治験薬製造の受託を開始、低分子医薬品の製剤化受託も実施。
4. 抗体医薬品の製造には未対応。""",
"m+ protein small_molecule | m- antibody | c+ upstream clinical_supply formulation | g+ gmp | s+ clinical | l+ JP JP-16"),
]
