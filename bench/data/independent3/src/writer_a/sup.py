from common import save
R = []
def add(lang, text, spec, kind="supplier"):
    R.append((kind, lang, text, spec))

add("en", "Since 1988 Kinugawa Polymer Industries Co., Ltd. has manufactured medical-grade plastic films in Tochigi Prefecture, and in 2015 it launched a single-use bioprocess line comprising 2D and 3D bags from 50 mL to 2,000 L, tubing assemblies and aseptic connectors, all produced in ISO Class 7 cleanrooms and gamma-irradiated by a contract sterilisation partner. Its single-use bioreactors of up to 500 L are sold to antibody and vaccine manufacturers in Japan and Asia, while a 2,000 L bioreactor model announced in 2024 is scheduled for release in 2026. The company does not offer contract manufacturing or testing services.",
    "cap+ single_use_bag tube connector bioreactor; cap- drug_substance clinical_supply commercial_manufacturing quality_control; sc+ research clinical; site+ JP JP-09")

add("en", "Minase Separation Technologies Co., Ltd., a materials company founded in Osaka in 1964 that entered the bioprocess field in 2003, develops and manufactures Protein A affinity resins, multimodal ion-exchange resins and virus-removal filters at its plant in Tsuruga, Fukui Prefecture, supplying them in formats ranging from pre-packed screening columns for research to process-scale packs for commercial antibody manufacturing. The resins are produced under an ISO 9001 quality system and are supported with regulatory support files and extractables data, but the company itself does not perform protein purification for customers. Sales in Europe and North America are handled through a distributor network.",
    "cap+ chromatography_resin filter; cap- downstream; sc+ research non_clinical clinical commercial; site+ JP JP-27 JP-18")

add("en", "Tateyama Nucleotide Chemicals Co., Ltd., established in 1979 as a supplier of nucleosides for diagnostic reagents and headquartered in Toyama City, produces GMP-grade ionisable and PEG lipids for lipid nanoparticles, cap analogue reagents and modified nucleoside triphosphates for mRNA manufacturing, in quantities from gram-scale research packs to multi-kilogram lots for commercial vaccine production. T7 RNA polymerase and other IVT enzymes are not manufactured in-house but are distributed under an agreement with a European enzyme maker. The company does not synthesise mRNA itself and offers no LNP formulation services.",
    "mod- mrna; cap+ lipid cap_reagent reagent enzyme; cap- formulation; comp+ gmp; sc+ research non_clinical clinical commercial; site+ JP JP-16")

add("en", "Hakusan Cell Science Inc., founded in 2009 in Kanazawa by a team from a regional university hospital, manufactures serum-free and xeno-free culture media and closed culture vessels for mesenchymal stem cell and iPS cell expansion, and sells them to research institutions and regenerative medicine companies in Japan, Korea and China. All current products are labelled for research use only; a GMP-compliant media line intended for clinical cell manufacturing is being installed in a new plant in Hakusan City and is expected to begin shipments in 2027. The company does not provide cell processing or contract manufacturing services.",
    "cap+ culture_medium culture_vessel; cap- drug_substance clinical_supply commercial_manufacturing; comp- gmp; sc+ research; sc- non_clinical clinical commercial; site+ JP JP-17")

add("en", "Established in 1996 as a manufacturer of vacuum-insulated containers in Niigata Prefecture, Echigo Cryologistics Co., Ltd. supplies liquid-nitrogen dry shippers and validated 2-8 °C and -80 °C transport boxes for the shipment of cell therapy products, vaccines and clinical trial samples, and operates a GDP-compliant cold-chain courier service from hubs in Niigata and Narita. Single-use pH and dissolved-oxygen sensors for bioreactors, which the company distributed from 2015, were discontinued in 2022. The company has no GMP manufacturing operations.",
    "cap+ cold_chain; cap- sensor clinical_supply commercial_manufacturing; comp- gmp; site+ JP JP-15 JP-12")

add("ja", "当社は1923年に大阪府堺市で理化学ガラスの製造所として創業し、現在も同市に本社を置く医薬品用ガラス容器メーカーであり、ガラスバイアル及びアンプルの製造を主力事業としております。滋賀県長浜市の工場ではホウケイ酸ガラス管からの成形、検査、洗浄滅菌済み(RTU)バイアルの製造までを一貫して行っており、2mLから100mLまでのバイアルを国内外の製薬企業及び無菌充填CMOへ年間約6億本供給しております。なお、薬液の充填は当社の事業範囲外であり、プレフィルドシリンジ用のシリンジバレルは海外メーカーからの輸入品を販売しております。",
    "cap+ vial; cap- fill_finish; site+ JP JP-27 JP-25")

add("ja", "株式会社ミズホ細胞工学は、1999年に東京都町田市で設立されたバイオ医薬品生産用の培地及び細胞株の専門メーカーであり、CHO細胞用の化学合成培地・フィード培地及び独自のCHO宿主細胞株を、研究開発用途から商用生産用途まで幅広く提供しております。培地は山梨県北杜市の工場において粉末及び液体の形態で製造しており、1回の製造で最大5,000L分の液体培地に対応可能であります。一方、お客様の抗体生産細胞株の構築受託は2023年をもって終了しており、現在は宿主細胞株のライセンス提供に限っております。",
    "cap+ culture_medium cell_line; cap- cell_line_development; sc+ research non_clinical clinical commercial; site+ JP JP-13 JP-19")

add("ja", "ドイツ・シュトゥットガルトに本社を置く当社は、1972年の創業以来、除菌フィルター、デプスフィルター、シングルユースミキサー及び医薬品グレードのシリコーンチューブを開発・製造しており、製造拠点はドイツ及び米国マサチューセッツ州に所在しております。日本においては2012年に横浜市に日本法人を設立いたしましたが、同法人は販売及び技術サポートのみを担当しており、国内に製造拠点は保有しておりません。当社製品は抗体医薬品、ワクチン及び細胞治療製品の製造プロセスにおいて、研究開発から商用生産まで幅広く採用されております。",
    "cap+ filter mixer tube; sc+ research non_clinical clinical commercial; site+ DE US US-MA; site- JP JP-14")

add("ja", "当社は1958年創業の化学メーカーであり、兵庫県姫路市の工場において、スクアレン系エマルションアジュバント及びアルミニウム塩アジュバントをGMPグレードで製造し、国内外のワクチン開発企業に供給しております。供給形態は非臨床試験用の少量サンプルから治験用ロットまでを主としており、商用ワクチン向けの大量供給は現在のところ行っておりません。なお、アジュバントと抗原との製剤化検討は、お客様のご要望に応じて当社研究所で実施することが可能であります。",
    "cap+ adjuvant formulation; comp+ gmp; sc+ non_clinical clinical; sc- commercial; site+ JP JP-28")

add("ja", "株式会社はりまバイオケミカルは、1985年に京都府宇治市で創業した研究用試薬メーカーであり、制限酵素、逆転写酵素、DNAポリメラーゼ等の遺伝子工学用酵素及び各種緩衝液を自社で製造・販売しております。当社製品はすべて研究用であり、医薬品製造用途向けのGMPグレード品は取り扱っておりません。また、細胞培養用のフラスコやディッシュ等の培養容器については、提携メーカーの製品を代理店として販売しております。",
    "cap+ enzyme reagent culture_vessel; comp- gmp; sc+ research; sc- non_clinical clinical commercial; site+ JP JP-26")

save("sup", R)
