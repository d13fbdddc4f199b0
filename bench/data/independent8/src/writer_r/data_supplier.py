from lib import row
K = "supplier"
ROWS = [
row("ja", K, """【事業の内容】
当社は、バイオ医薬品製造向けシングルユース製品の製造販売を行っております。
主な製品は、50 Lから3,000 Lまでのシングルユースバッグ、医療用シリコーンチューブ及び無菌コネクタであり、滋賀県の自社クリーンルーム工場において製造しております。
なお、バイオリアクター本体の製造は行っておらず、海外装置メーカーとの協業により提供しております。""",
"c+ single_use_bag tube connector | c- bioreactor | s+ clinical commercial | l+ JP JP-25"),

row("en", K, """Product overview (prospectus).
Chemically defined culture media and feeds for CHO and HEK293 cells are manufactured at the Company's plant in Tochigi under ISO 13485 and GMP-like controls and supplied in powder lots of up to 5,000 kg.
Custom media optimisation is offered to CDMOs.
Serum-containing media and media for microbial fermentation are not produced.""",
"c+ culture_medium | l+ JP JP-09"),

row("ja", K, """製品・サービスの概要
1. LNP用イオン化脂質、PEG脂質及びリン脂質のGMPグレード製造（1バッチ最大20 kg）。
2. 研究用グレード品（1 g単位～）の販売。
3. 製造拠点：兵庫県姫路市。
4. mRNA本体の製造及びLNP製剤化の受託は行っていない。""",
"m- mrna | c+ lipid | c- formulation | g+ gmp | s+ research clinical | l+ JP JP-28"),

row("en", K, """Company profile.
Protein A affinity resins and mixed-mode chromatography resins are manufactured in Uppsala, Sweden, and supplied worldwide for antibody purification at clinical and commercial scale.
Virus-removal filters are sourced from a partner and sold under the Company's brand.
In Japan, products are sold through a distributor, and the Company has no manufacturing site in Japan.""",
"c+ chromatography_resin | c- filter | s+ clinical commercial | l+ SE | l- JP"),

row("ja", K, """事業内容：mRNA医薬品製造用原材料の製造販売。
主要製品：T7 RNAポリメラーゼ等の酵素、キャップアナログ試薬及び修飾ヌクレオチド試薬。
GMPグレード品は京都府の自社工場にて製造。
プラスミドDNAは取扱対象外。
mRNA原薬の受託製造は行わない。""",
"m- mrna | c+ enzyme cap_reagent reagent | c- plasmid drug_substance | g+ gmp | l+ JP JP-26"),

row("en", K, """Business summary.
Single-use stirred-tank bioreactors, from 2 L benchtop units to 2,000 L production systems, are designed and assembled at the Company's factory in Yokohama, together with single-use pH and dissolved-oxygen sensors.
Bioreactor bags are supplied by a partner film manufacturer.
Contract manufacturing of biologics is not provided by the Company.""",
"c+ bioreactor sensor | c- single_use_bag drug_substance clinical_supply commercial_manufacturing | s+ research clinical | l+ JP JP-14"),

row("ja", K, """成果報告書（概要）
1. 事業者：細胞培養容器メーカー（長野県松本市）。
2. 成果：iPS細胞の大量培養に適した多層型閉鎖系培養容器及び専用ゼノフリー培地の開発。
3. 販売状況：培養容器は2025年より販売中、培地は研究用途に限り販売。
4. 今後の予定：GMPグレード培地の上市は2027年度。""",
"c+ culture_vessel culture_medium | g- gmp | s+ research | s- non_clinical clinical commercial | l+ JP JP-20"),

row("en", K, """Business overview.
Type I borosilicate and cyclic olefin polymer vials for injectable biologics and cell therapies are produced at the Company's plants in Mie and in Germany.
Ultra-low-temperature shipping containers for mRNA vaccines and cell products are offered through the Company's cold-chain logistics subsidiary.
Vial filling services are not offered.""",
"c+ vial cold_chain | c- fill_finish | l+ JP JP-24 DE"),

row("ja", K, """【事業の内容】
当社は、医薬品製造工程向けのウイルス除去フィルター、除菌フィルター及び無菌コネクタの製造販売を行っております。
製品は岡山県の工場において製造しており、除菌フィルターは商用生産工程向けにも供給しております。
なお、チューブ類は他社製品の仕入販売であります。""",
"c+ filter connector | c- tube | s+ commercial | l+ JP JP-33"),

row("en", K, """Product and licensing overview.
GS-knockout CHO host cell lines are licensed to biopharmaceutical companies and CDMOs for antibody production, royalty-free for research use.
Cell culture reagents and buffers are manufactured at the Company's facility in Kitakyushu, Fukuoka.
Cell line development services using the host are provided only by licensed partner CDMOs, not by the Company.""",
"c+ cell_line reagent | c- cell_line_development | l+ JP JP-40"),
]
