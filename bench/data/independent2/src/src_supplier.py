KIND = "supplier"
ROWS = [
("en", """Aoi Media Technologies develops and manufactures chemically defined culture media and feeds for CHO and HEK293
cells. Our GMP plant in Shizuoka produces powder and liquid media in batches of up to 10,000 L for clinical and commercial
biomanufacturing. We also offer media optimisation as a process development service.""",
 "c+ culture_medium process_development | g+ gmp | s+ clinical commercial | r+ JP JP-22"),
("ja", """株式会社ナミキ分離材料は、抗体精製用のプロテインAレジンおよびイオン交換クロマトグラフィー樹脂を製造しています。
山口県の工場で生産し、研究用の少量パックから商用生産向けの大容量品まで供給しています。
カラムへの充填サービスは提携先が行います。""",
 "c+ chromatography_resin | s+ research non_clinical clinical commercial | r+ JP JP-35"),
("en", """Lattice Single-Use Systems designs single-use bioprocess bags, tubing assemblies and aseptic connectors. Bag volumes
range from 50 mL to 3,000 L, and assemblies are made in an ISO Class 7 cleanroom in Gunma. We do not make bioreactor
hardware; customers use our bags with third-party systems.""",
 "c+ single_use_bag tube connector | c- bioreactor | s+ research clinical commercial | r+ JP JP-10"),
("ja", """株式会社センサリンク・バイオは、シングルユースバイオリアクター向けのpH・溶存酸素センサーを開発・製造しています。
本社と工場は長野県諏訪市にあります。
現在は研究用途向けに販売しており、臨床・商用生産向けのグレードは2027年に発売する予定です。""",
 "c+ sensor | s+ research | s- clinical commercial | r+ JP JP-20"),
("en", """Halcyon Lipids manufactures ionisable lipids, PEG-lipids and helper lipids for LNP formulation under GMP at our
plant in Ibaraki, with batch sizes from 10 g to 20 kg. We supply mRNA and siRNA developers worldwide, but we do not
formulate LNPs or make mRNA ourselves.""",
 "c+ lipid | c- formulation | m- mrna | g+ gmp | s+ research clinical | r+ JP JP-08"),
("ja", """株式会社ホシノ酵素研究所は、mRNA製造用のT7 RNAポリメラーゼ、キャッピング酵素、キャップアナログを製造・販売しています。
研究用グレードに加えて、GMPグレード品も京都府の工場で生産しています。""",
 "c+ enzyme cap_reagent | g+ gmp | s+ research | r+ JP JP-26"),
("en", """Frostline Logistics provides GMP-compliant cold chain services for cell and gene therapy products: liquid-nitrogen
dry shippers, -80 °C storage and chain-of-custody tracking. We operate depots near Narita Airport and Kansai Airport. We
do not manufacture or test products.""",
 "c+ cold_chain | c- drug_substance clinical_supply commercial_manufacturing quality_control | g+ gmp | r+ JP JP-12 JP-27"),
("ja", """株式会社ミツル濾過工業は、除菌フィルター、ウイルス除去フィルター、デプスフィルターを製造しています。
国内の製造拠点は栃木県にあり、海外ではドイツに工場を持っています。
フィルターの完全性試験装置は、他社製品を販売代理しています。""",
 "c+ filter | r+ JP JP-09 DE"),
("en", """Kanamori Bioengineering builds stirred-tank single-use bioreactors, from 3 L benchtop systems to 2,000 L production
units, together with mixers for media and buffer preparation. Our factory is in Aichi, and in the US we have a sales and
service office in Boston only.""",
 "c+ bioreactor mixer | s+ research clinical | r+ JP JP-23 | r- US US-MA"),
("ja", """株式会社ヒカリ硝子は、医薬品用のガラスバイアルおよびシリンジを製造しています。
三重県の工場では、RTU（レディ・トゥ・ユース）バイアルの滅菌まで行い、充填事業者に供給しています。
当社では医薬品の充填は行っていません。""",
 "c+ vial | c- fill_finish | r+ JP JP-24"),
("en", """Petal Scientific makes cell culture flasks, multilayer vessels and closed-system culture bags for cell therapy
research. All products are for research use only and are not intended for clinical manufacturing. Manufacturing takes
place in Thailand, and Japan is served through distributors.""",
 "c+ culture_vessel single_use_bag | s+ research | s- non_clinical clinical commercial | r+ TH | r- JP"),
("ja", """株式会社ユイ・セルサイエンスは、iPS細胞および間葉系幹細胞向けの無血清培地と細胞培養試薬を製造しています。
臨床用途向けの培地は、GMPに準拠して埼玉県の工場で製造しています。
本社は東京都品川区です。""",
 "c+ culture_medium reagent | g+ gmp | s+ clinical | r+ JP JP-11 JP-13"),
("en", """Tidal Adjuvants develops and manufactures saponin- and emulsion-based vaccine adjuvants under GMP for clinical
vaccine programmes, with process development and production in Kumamoto. Commercial batches are produced by our
manufacturing partner in the Netherlands.""",
 "c+ adjuvant process_development | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | r+ JP JP-43"),
("ja", """株式会社クレスト細胞工学は、抗体生産用のCHO宿主細胞株をライセンス提供しています。
お客様は当社の細胞株を用いて自社で細胞株構築を行うことができ、ご要望に応じて当社による細胞株構築の受託も承ります。
本社研究所は横浜市にあります。""",
 "c+ cell_line cell_line_development | r+ JP JP-14"),
("en", """Copperleaf Buffers supplies ready-made process buffers and cell culture reagents in bags and drums, manufactured
under GMP in Chiba. We do not supply culture media.""",
 "c+ reagent | c- culture_medium | g+ gmp | r+ JP JP-12"),
("ja", """株式会社フブキ定温物流は、大阪府茨木市を拠点に医薬品の定温輸送（2～8℃、−20℃）を手掛けています。
超低温（−80℃以下）および液体窒素による輸送は、グループ会社のフブキ・クライオ株式会社が担当しています。""",
 "c+ cold_chain | r+ JP JP-27"),
("en", """Seoyeon Fluidics is a Korean maker of platinum-cured silicone and TPE tubing and aseptic connectors for
biopharmaceutical manufacturing, with a plant in Songdo. Our Japanese subsidiary in Osaka handles sales and technical
support only.""",
 "c+ tube connector | r+ KR | r- JP"),
("ja", """株式会社アマネ計測は、培養工程のインライン計測に用いるシングルユース対応のラマン分光センサーと解析ソフトウェアを開発しています。
製品は研究開発用途のほか、GMP製造工程でも使用されています。
開発拠点は福岡市です。""",
 "c+ sensor | s+ research | r+ JP JP-40"),
("en", """Meadow Plasmid Co. supplies catalogue and custom plasmid DNA for AAV and lentiviral vector production, at research
grade only, from our lab in Sendai. GMP plasmid is not offered; we refer such customers to partner CDMOs.""",
 "c+ plasmid | g- gmp | s+ research | s- non_clinical clinical commercial | r+ JP JP-04"),
("ja", """株式会社ミドリ細胞培養システムは、細胞治療向けの閉鎖系自動培養装置（バイオリアクター）と専用の培養容器を製造販売しています。
装置は大阪府の工場で組み立てており、臨床用および商用の細胞製造施設に導入されています。""",
 "c+ bioreactor culture_vessel | s+ clinical commercial | r+ JP JP-27"),
]
