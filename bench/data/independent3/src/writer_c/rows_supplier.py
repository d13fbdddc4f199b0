from common import L
K = "supplier"
ROWS = [
("en", K, "We make single-use bags, tubing sets and aseptic connectors in our Shizuoka factory — from 50 mL bags for research labs up to 3,000 L bioreactor liners. Sensors we don't make, we integrate the sensors of a German partner. Our customers are mostly antibody CDMOs in Japan and Korea.",
 L(c="single_use_bag tube connector | sensor", s="research clinical commercial", si="JP-22 JP")),
("en", K, "Our company synthesizes ionizable lipids, PEG-lipids and cholesterol for LNP, both GMP grade and research grade, with about 1 ton per year capacity at our plant in Hyogo. We don't make the LNP formulation ourselves and we don't make mRNA — we are only the lipid supplier.",
 L(m="| mrna", c="lipid | formulation", co="gmp", s="research commercial", si="JP-28 JP")),
("en", K, "We develop serum-free and chemically defined media, for CHO and also for iPS and MSC culture. For now our products are research use only; the GMP-grade media line is in validation and should launch next year. Manufacturing is in Tokushima.",
 L(c="culture_medium", co="| gmp", s="research | non_clinical clinical commercial", si="JP-36 JP")),
("en", K, "We are a materials company and chromatography resins are our main bio product, Protein A and ion exchange. We also sell virus removal filters, but we only distribute them — they are made by our US partner in California, we don't manufacture filters. Our resin plant is in Okayama.",
 L(c="chromatography_resin | filter", si="JP-33 JP")),
("en", K, "We do cryogenic shipping for cell and gene therapy — LN2 dry shippers, temperature logging and chain of custody — between hospitals and CPCs in Japan. Our depots are in Tokyo and Osaka. We don't supply vials or bags, the clients prepare their own containers.",
 L(c="cold_chain | vial single_use_bag", si="JP-13 JP-27 JP")),
# ---- ja
("ja", K, "当社はステンレスとシングルユースのバイオリアクターを製造販売しています。ラインナップは研究用の2 Lから、商用生産向けの5,000 Lまで。撹拌用のミキサーも自社製ですが、センサーとバッグは他社製を組み込んでいます。工場は長野県です。",
 L(c="bioreactor mixer | sensor single_use_bag", s="research non_clinical clinical commercial", si="JP-20 JP")),
("ja", K, "mRNA製造用の酵素（T7 RNAポリメラーゼ、キャッピング酵素）とキャップアナログを供給しています。GMPグレード品は2025年から出荷しています。mRNAそのものの受託製造は行っていません。研究所は横浜、製造は福岡です。",
 L(m="| mrna", c="enzyme cap_reagent", co="gmp", si="JP-14 JP-40 JP")),
("ja", K, "医薬品用のガラスバイアルと樹脂バイアル、ゴム栓を作っています。プレフィルドシリンジは扱っていません。工場は茨城と三重にあって、海外ではベトナムにも工場があります。",
 L(c="vial", si="JP-08 JP-24 JP VN")),
("ja", K, "細胞培養容器（多層フラスコ、閉鎖系の培養バッグ）と、細胞剥離液などの試薬を販売しています。再生医療の研究者向けが中心で、製品はすべて研究用です。本社は東京で、製造は中国の提携工場に委託しています。",
 L(c="culture_vessel reagent", s="research | non_clinical clinical commercial", si="JP-13 JP")),
("ja", K, "抗体生産用のCHO細胞株（自社ホスト）をライセンス提供しています。細胞株構築の受託もやっていますが、培養や製造は一切しません。拠点は千葉県木更津市です。",
 L(c="cell_line cell_line_development | upstream drug_substance clinical_supply commercial_manufacturing", si="JP-12 JP")),
]
