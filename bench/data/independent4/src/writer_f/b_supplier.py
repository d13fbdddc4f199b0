from common import r, dump
R = []
K = "supplier"
r(R, K, "en", """Kirinoha Bioproducts – Cell Culture Media catalogue. Product lines: KB-CHO Basal (chemically defined, animal-origin-free), KB-Feed A/B and KB-HEK Expression Medium. Every line comes in two grades: RUO (powder, 1 L and 10 L packs) and GMP grade for clinical and commercial production (liquid, in 20 L, 100 L and 500 L bioprocess bags), both made at our plant in Fujieda, Shizuoka. Drug Master File registered with PMDA; ISO 9001 and ISO 13485 certified. Customers include antibody CDMOs and mid-size pharma in Japan and Korea.""",
  cap="culture_medium", comp="gmp", sc="research clinical commercial", site="JP-22 JP")
r(R, K, "ja", """株式会社ミナセ精化 製品カタログ（抜粋）：組換え酵素シリーズ「MZ-Pol」（T7 RNAポリメラーゼ、キャッピング酵素、RNase阻害剤）を5,000 U・25,000 Uの包装で販売しています。本シリーズはすべて研究用試薬（RUO）であり、診断用途・臨床用途にはご使用いただけません。製造は大阪府茨木市の自社工場、品質マネジメントはISO 9001に準拠。主なお客様は大学・公的研究機関およびmRNAワクチンを研究する企業の研究所です。""",
  cap="enzyme", sc="research -non_clinical -clinical -commercial", site="JP-27 JP")
r(R, K, "en", """Aoba Fluidics – Single-Use Systems. Lines: AF-Bag 2D (50 mL–20 L) and AF-Bag 3D (100–3,000 L) bioprocess bags, AF-Lock aseptic connectors and platinum-cured silicone tubing sets. Films are extruded in-house in Sendai; bags are welded and gamma-irradiated in a Class 7 cleanroom at the same site. USP <88> Class VI and ISO 10993 tested; ISO 13485. Typical users are biologics CDMOs, from process development through to commercial manufacturing.""",
  cap="single_use_bag connector tube", sc="research clinical commercial", site="JP-04 JP")
r(R, K, "ja", """LNP用脂質 製品ライン：イオン化脂質（KL-101、KL-205）、PEG脂質、DSPC、コレステロール。グレードは研究用（1 g・10 g包装）と、GMPグレード（100 g〜10 kg、治験薬・商用製造向け）の2種類です。GMPグレードは富山県の自社工場で製造しています。なお、当社ではLNPの製剤化およびmRNAの製造は行っておらず、ご要望の際は提携CDMOをご紹介します。""",
  mod="-mrna", cap="lipid -formulation", comp="gmp", sc="research clinical commercial", site="JP-16 JP")
r(R, K, "en", """Rhein-Okubo Separations – chromatography media. Product family: ProA-Max (Protein A affinity), CEX-70 and AEX-90 ion-exchange resins, supplied in 25 mL, 1 L, 5 L and 50 L containers; prepacked columns from a 1 mL screening format up to 60 cm diameter process columns. All resins are manufactured at our plant in Darmstadt, Germany. In Japan we keep a sales and application office in Yokohama only. Regulatory Support Files available on request.""",
  cap="chromatography_resin", site="DE -JP -JP-14")
r(R, K, "ja", """ガラスバイアル／RTU（レディ・トゥ・ユース）バイアル：2R〜50Rの各サイズを滅菌済みネスト・タブ包装で供給。医薬品充填用の一次包装資材として、国内製薬企業・CDMOの商用製剤ラインに採用されています。超低温輸送容器「クールガードULT」（-80℃対応、ドライアイス不要）も取り扱っています。製造は滋賀県の自社工場、ISO 15378認証取得。当社では充填作業の受託は行っていません。""",
  cap="vial cold_chain -fill_finish", sc="commercial", site="JP-25 JP")
r(R, K, "en", """Plasmid DNA – products and services. Catalogue plasmids (helper, Rep/Cap and transfer plasmids) in research grade, 1 mg to 100 mg. Custom plasmid manufacture in High-Quality grade for tox lots and in GMP grade for clinical use, 1 g to 50 g per batch, from our Kobe facility; release testing is done in-house. We supply starting material only: AAV vector production is not part of our offering. Quality system: GMP-compliant, PIC/S-aligned.""",
  mod="-viral_vector", cap="plasmid quality_control", comp="gmp", sc="research non_clinical clinical", site="JP-28 JP")
r(R, K, "ja", """シングルユース・バイオリアクター「SUB-ミナモ」シリーズ：作業容量 3 L（卓上型、研究・プロセス開発用）、50 L、200 L、500 L、2,000 Lをラインアップ。5,000 Lモデルは2027年発売予定です。撹拌型シングルユースミキサー（100 L〜1,000 L）、使い捨てpH・DOセンサーも取り揃えています。製造・組立は神奈川県相模原市の工場、営業所は東京・大阪にございます。""",
  cap="bioreactor mixer sensor", sc="research clinical -commercial", site="JP-14 JP")
r(R, K, "en", """Sterilising-grade filtration: PES membrane capsules (0.2 µm) from 50 cm² lab discs to 30-inch process cartridges, 20 nm virus-removal filters and depth filters for harvest clarification. Lab discs are sold for research use; process cartridges are supplied for customers' GMP manufacture at clinical and commercial scale. All filters are manufactured in Cork, Ireland and in Singapore; Japanese customers are served through an authorised distributor. Validation guides and extractables data available on request.""",
  cap="filter", sc="research clinical commercial", site="IE SG")
r(R, K, "ja", """細胞培養容器「セルテラ」シリーズ：多層フラスコ（1層〜40層）、ガス透過性培養容器、閉鎖系培養容器をラインアップ。研究用（RUO）グレードと、臨床研究・治験用の細胞製造にも使用できる製造用グレードをご用意しています。製造は茨城県つくば市の自社クリーンルーム工場。GMP対応を求めるお客様とは品質取決めの締結が可能です。""",
  cap="culture_vessel", sc="research clinical", site="JP-08 JP")
r(R, K, "en", """Adjuvant portfolio: squalene-based emulsion SQ-Emul, aluminium hydroxide gel AlumaGel and the TLR9 agonist CpG-7. RUO grade in 10 mL vials for animal immunisation research; GMP-grade lots for non-clinical toxicology and clinical vaccine trials on request, manufactured under cGMP at our Chiba plant. We do not develop or license vaccines of our own.""",
  mod="-vaccine", cap="adjuvant", comp="gmp", sc="research non_clinical clinical", site="JP-12 JP")
r(R, K, "ja", """mRNA合成用原料：Cap1構造形成用トリヌクレオチド型キャップ試薬、修飾ヌクレオシド三リン酸（N1-メチルシュードウリジン三リン酸など）、DNase I、IVT用バッファーキット。包装は研究用の100 µL・1 mLと、スケールアップ検討用の10 mL・100 mL。GMPグレード品は現在準備中で、2027年度中の発売を予定しています。製造は京都府の本社工場です。""",
  cap="cap_reagent enzyme reagent", comp="-gmp", sc="research", site="JP-26 JP")
r(R, K, "en", """Licensable production hosts: KX-CHOK1-GS (glutamine synthetase knockout CHO) and a HEK293 suspension line for viral vector work. The research evaluation licence (RUO) includes a 1 mL vial bank; the commercial licence covers GMP manufacture for clinical and commercial supply, with a fully documented cell history. Cell banks are held at our Tsukuba site. We do not perform cell line development as a service – for stable pools and clone selection we refer customers to partner CDMOs.""",
  cap="cell_line -cell_line_development", sc="research clinical commercial", site="JP-08 JP")
r(R, K, "ja", """注射用水および調製済みバッファー（PBS、Tris、酢酸ナトリウムほか）を、5 L・10 L・20 L・200 L・1,000 Lのバッグ／コンテナで供給しています。医薬品製造用のGMPグレード（日本薬局方適合）を静岡県の工場で製造し、出荷試験は自社で実施して成績書を添付します。研究用途向けの小容量品は取り扱っておりません。""",
  cap="reagent quality_control", comp="gmp", sc="-research", site="JP-22 JP")
r(R, K, "en", """Cryogenic shipping: LN2 dry shippers (−150 °C) with GPS and temperature loggers, plus qualified 2–8 °C and −80 °C containers. Services: courier pickup within 24 hours for cell therapy starting materials and finished doses, chain-of-identity labelling. Depots in Osaka and at Narita (Chiba); overseas legs are handled by a partner forwarder.""",
  cap="cold_chain", site="JP-27 JP-12 JP")
r(R, K, "ja", """ヒトiPS細胞・間葉系幹細胞用無血清培地「ステムリード」シリーズ。研究用（500 mL）に加え、臨床用グレード（GMP準拠、生物由来原料基準適合）を1 L・5 Lで供給しています。当社は培地の供給のみを行い、細胞の培養受託・細胞加工は行っていません。製品の製造は米国カリフォルニア州の提携工場に委託し、本社・物流センターは東京都江東区にあります。""",
  mod="-cell_therapy", cap="culture_medium -upstream", comp="gmp", sc="research clinical", site="JP-13 JP")
r(R, K, "en", """ELISA kits for host cell protein (HCP), residual Protein A and AAV capsid titre. All kits are for research use only and not for diagnostic procedures. Manufactured and shipped from Sapporo, Hokkaido; 96-well format, bulk packs of 10 plates available.""",
  mod="-diagnostics", cap="reagent", sc="research -non_clinical -clinical -commercial", site="JP-01 JP")
r(R, K, "ja", """無菌コネクタ「SteriMate」、熱可塑性エラストマーチューブ、チューブ溶着機用チューブセットを、米国マサチューセッツ州の本社工場で製造しています。日本国内には営業・技術サポート窓口（東京都港区）のみを置いています。全製品シングルユースで、臨床用・商用のバイオ医薬品製造ライン向けに供給しています。""",
  cap="connector tube", sc="clinical commercial", site="US US-MA -JP -JP-13")
dump(R, "part_supplier.jsonl"); print(len(R))
