ROWS = [
("en", "supplier", """
Interphex Japan – Shirakami Polymers (Gunma).
Single-use bags, tubing and aseptic connectors; film extruded in-house.
They don't make bioreactors – partner with a German SUB maker for that.
""", "c+ single_use_bag tube connector | c- bioreactor | loc+ JP JP-10"),

("ja", "supplier", """
【商談メモ】阿波メディア（徳島）
無血清・化学合成の細胞培養培地メーカー。CHO用とMSC用。
研究用グレードに加え臨床用グレードも、GMP準拠工場で製造。
""", "c+ culture_medium | g+ gmp | s+ research clinical | loc+ JP JP-36"),

("en", "supplier", """
Aki Lipid Sciences (Hiroshima) – call memo.
Ionizable lipids and PEG-lipids for LNP, GMP grade, kg scale for clinical programmes.
Cap analogs: get asked constantly, don't make them.
""", "c+ lipid | c- cap_reagent | g+ gmp | s+ clinical | loc+ JP JP-34"),

("ja", "supplier", """
面談記録：伊勢セパレーションズ（三重）
プロテインA樹脂・イオン交換樹脂とウイルス除去フィルターを自社製造。
プロテインAのリガンド原料は海外から購入しているとのこと。
""", "c+ chromatography_resin filter | loc+ JP JP-24"),

("en", "supplier", """
Rheinwerk Bioprocess (Germany) – SUBs 2 L to 2,000 L and single-use mixers.
Japan = sales & service office in Yokohama only; nothing manufactured in Japan.
Single-use sensors are sourced from a partner, not their own.
""", "c+ bioreactor mixer | c- sensor | s+ research clinical | loc+ DE | loc- JP"),

("ja", "supplier", """
【CRM】クライオロジ・ジャパン
再生医療向けの定温輸送（液体窒素ドライシッパー、-150℃）。細胞製品の輸送を請け負う。
保管拠点は東京・羽田と大阪。
""", "c+ cold_chain | loc+ JP JP-13 JP-27"),

("en", "supplier", """
Kamo Enzymes (Kyoto).
IVT enzymes (T7 RNA polymerase, DNase I), RNase inhibitor, buffers.
Research use only at the moment; GMP-grade enzymes to launch next year, they said.
""", "c+ enzyme reagent | g- gmp | s+ research | s- non_clinical clinical commercial | loc+ JP JP-26"),

("ja", "supplier", """
面談記録：越後プラスチック工業（新潟）
細胞培養容器（多層フラスコ、培養プレート、ローラーボトル）。
バイアルはよく聞かれるが扱っていないとのこと。
""", "c+ culture_vessel | c- vial | loc+ JP JP-15"),

("en", "supplier", """
CellKey Japan (Tokyo) – licenses a GS-knockout CHO host cell line plus a matched media kit.
Not a CDMO: no GMP manufacturing services.
""", "c+ cell_line culture_medium | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | loc+ JP JP-13"),

("ja", "supplier", """
【商談メモ】千歳アジュバント研究所（北海道・千歳）
ワクチン用アジュバント（リポソーム、油中水型）の製造販売、GMP。治験用ロットの供給実績あり。
ワクチン本体の開発・製造はしない。
""", "m- vaccine | c+ adjuvant clinical_supply | g+ gmp | s+ clinical | loc+ JP JP-01"),
]
