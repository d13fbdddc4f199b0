from lib import row, save
R = []
K = "supplier"
R.append(row(K, 1, "ja", """株式会社フジミ化成（埼玉県川越市）
バイオ医薬品製造向けシングルユース製品：2D／3Dバッグ（50 mL〜2,000 L）、医療グレードシリコーンチューブ、無菌コネクタ。ISOクラス7クリーンルームで成形・組立。ガンマ線滅菌：外部委託。""",
 cap="+single_use_bag +tube +connector", site="+JP +JP-11"))
R.append(row(K, 2, "en", """Midori Media Co. — serum-free media for MSC and iPS cell expansion; xeno-free supplements. Current grade: research use only (RUO). GMP-grade media under development, release planned 2026. Made in Koriyama, Fukushima. US sales via a partner distributor.""",
 cap="+culture_medium", comp="-gmp", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-07"))
R.append(row(K, 3, "ja", """株式会社あわじ脂質化学（兵庫県淡路市）
LNP用イオン化脂質・PEG脂質・ヘルパー脂質の製造販売（研究用〜GMPグレード、kg単位まで）。mRNA用キャップアナログ：提携先製品の代理販売（自社製造ではありません）。mRNA自体の受託製造：行っていません。""",
 mod="-mrna", cap="+lipid -cap_reagent", comp="+gmp", scale="+research +clinical", site="+JP +JP-28"))
R.append(row(K, 4, "en", """Arakawa Bioengineering — stirred-tank single-use bioreactors (3 L bench → 2,000 L); pre-calibrated single-use pH/DO sensors; bag mixers. Assembly & service centre: Kawaguchi, Saitama. Rocking-motion bioreactors discontinued (2021). Bags for our systems are sourced from an OEM partner.""",
 cap="+bioreactor +sensor +mixer -single_use_bag", site="+JP +JP-11"))
R.append(row(K, 5, "ja", """株式会社瑞穂セパレーション（山口県周南市）
対応製品：プロテインAアフィニティ樹脂、陽イオン交換樹脂、ウイルス除去フィルター（20 nm）。用途：抗体・組換えタンパク質の精製工程。デプスフィルター：取扱いなし。海外拠点：ドイツ・デュッセルドルフに技術サポートラボ。""",
 cap="+chromatography_resin +filter", site="+JP +JP-35 +DE"))
R.append(row(K, 6, "en", """Koryo Glass & Packaging — Type I borosilicate vials (2R–100R), ready-to-use nested vials, PFS barrels. Plant: Tokoname (Aichi). Cold-chain shipping boxes (−80 °C): offered through group company Koryo Logistics, not by us.""",
 cap="+vial -cold_chain", site="+JP +JP-23"))
R.append(row(K, 7, "ja", """株式会社やまなみ酵素（長野県伊那市）
mRNA製造用酵素（T7 RNAポリメラーゼ、キャッピング酵素、DNase I）、IVT用バッファー・NTP。現在は研究用のみ、GMPグレード品は2027年供給開始予定。プラスミドDNAの製造は行っておりません。""",
 cap="+enzyme +reagent -plasmid", comp="-gmp", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-20"))
R.append(row(K, 8, "en", """Sakura Cultureware — multilayer cell-culture flasks; closed culture bags for CAR-T / MSC expansion; cryobags. GMP-compliant manufacture in a Gifu cleanroom. Not offered: media, reagents. Korea: sales agent only (no facility).""",
 cap="+culture_vessel -culture_medium -reagent", comp="+gmp", site="+JP +JP-21 -KR"))
R.append(row(K, 9, "ja", """株式会社ちくご細胞工学（福岡県久留米市）
抗体生産用CHO宿主細胞株のライセンス提供（GS欠損株／研究用・商用ライセンス）、専用化学合成培地・フィード。細胞株開発（クローン選抜）は提携CDMOにて実施。""",
 cap="+cell_line +culture_medium -cell_line_development", scale="+research +commercial", site="+JP +JP-40"))
R.append(row(K, 10, "en", """Ishikari Adjuvant Labs — squalene-emulsion and TLR-agonist adjuvants for vaccine developers: GMP-grade material for Phase 1–3 studies, plus research samples. Buffers & reagents on request. Plant: Ishikari, Hokkaido. We do not formulate or fill customers' vaccines.""",
 cap="+adjuvant +reagent -formulation -fill_finish", comp="+gmp", scale="+research +clinical", site="+JP +JP-01"))
save("supplier", R)
