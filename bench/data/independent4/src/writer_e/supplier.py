from common import dump
R = [
("supplier","en","""Single-use bioreactor bags, 50 L to 2,000 L, gamma-irradiated, with pre-fitted single-use pH and DO sensors.
Made in our ISO 7 cleanroom in Gunma. The bioreactor hardware itself is not ours — our bags fit the leading third-party platforms.""",
"cap+:single_use_bag,sensor; cap-:bioreactor; scale+:clinical; site+:JP-10,JP"),

("supplier","ja","""細胞培養用の無血清培地・サプリメントのメーカー。現在は研究用（RUO）製品のみで、GMPグレード培地は2026年に発売予定。
iPS細胞・MSCの研究者向けに多数の採用実績。静岡県富士市に工場。""",
"cap+:culture_medium; comp-:gmp; scale+:research; scale-:non_clinical,clinical,commercial; site+:JP-22,JP"),

("supplier","en","""Ionizable lipids and PEG-lipids for LNP, GMP-grade, from research packs up to commercial supply. Made in Toyama.
We also sell IVT enzymes and cap analogues. We do not formulate LNPs and we do not make mRNA.""",
"cap+:lipid,enzyme,cap_reagent; cap-:formulation; mod-:mrna; comp+:gmp; scale+:research,non_clinical,clinical,commercial; site+:JP-16,JP"),

("supplier","ja","""クロマトグラフィー樹脂（プロテインA、陽イオン交換）とデプスフィルターを製造販売。抗体精製用途で国内外の製薬企業に供給。
海外は販売代理店経由の販売のみ。工場は山口県周南市。""",
"cap+:chromatography_resin,filter; site+:JP-35,JP"),

("supplier","en","""Glass and COP vials, 2R to 100R, ready-to-use nested format, for clinical and commercial fill lines. We do not fill.
Plants: Nagano and Penang, Malaysia.""",
"cap+:vial; cap-:fill_finish; scale+:clinical,commercial; site+:JP-20,JP,MY"),

("supplier","ja","""GMPグレードのプラスミドDNAを供給しています。AAV・レンチウイルス・mRNAの製造用テンプレートとして採用実績多数。
当社はウイルスベクターの製造は行っていません。1ロット100 mg〜10 g、研究用から治験用まで対応。茨城県つくば市。""",
"cap+:plasmid; mod-:viral_vector; comp+:gmp; scale+:research,non_clinical,clinical; site+:JP-08,JP"),

("supplier","en","""Cold chain for cell and gene therapies: LN2 dry shippers, -80°C logistics, chain-of-identity software.
Depots in Tokyo, Osaka and Singapore. Clinical shipments only — we do not handle commercial inventory.""",
"cap+:cold_chain; scale+:clinical; scale-:research,non_clinical,commercial; site+:JP-13,JP-27,JP,SG"),

("supplier","ja","""細胞培養容器（多層フラスコ、ガス透過性培養容器）とチューブ、無菌コネクタを製造。
細胞治療製品の商用製造ラインへの採用実績あり。自社で細胞加工・細胞製品の製造は行っていません。岐阜県大垣市。""",
"cap+:culture_vessel,tube,connector; mod-:cell_therapy; scale+:commercial; site+:JP-21,JP"),

("supplier","en","""Adjuvants for vaccine developers: squalene emulsions and saponin-based adjuvants, manufactured under GMP at our Kyoto plant.
Saponin raw material is bought in from a Swiss partner. Research samples are free of charge.""",
"cap+:adjuvant; comp+:gmp; scale+:research; site+:JP-26,JP"),

("supplier","ja","""ステンレス製・シングルユース両対応のバイオリアクター（3 L〜2,000 L）とミキサーを設計・製造。制御ソフトとセンサー一式も自社開発。
国内に工場はなく、ドイツ工場から輸入販売。日本法人は東京の営業所のみ。""",
"cap+:bioreactor,mixer,sensor; scale+:research,clinical; site+:DE; site-:JP,JP-13"),
]
dump(R, "part_supplier.jsonl")
print(len(R))
