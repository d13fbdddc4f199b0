from common import lab, row
K = "supplier"
R = [
row(K,"ja","株式会社シズオカ・ポリマーテック（本社：静岡県三島市）は、バイオ医薬品製造向けのシングルユースバッグ、チューブ、コネクタを販売しております。現在は海外提携先の製品を輸入販売しておりますが、2026年10月より国内工場での生産を開始する予定です。クリーンルームでの組立からガンマ線滅菌までを自社で行う計画です。",
 lab(cap="single_use_bag tube connector", site="JP JP-22")),
row(K,"en","Our company manufactures and sells the serum-free medium for the culture of the CHO cell and the medium for the iPS cell. The medium is manufactured in the factory of Awa Media Co., Ltd. in Tokushima Prefecture. The medium of our company is supplied from the 1 L bottle to the 1,000 L bag, and the customer uses it for the GMP manufacturing.",
 lab(cap="culture_medium", site="JP JP-36")),
row(K,"ja","2026年3月、株式会社ナノリピッド（大阪府吹田市）は、LNP用イオン化脂質およびPEG脂質のGMP製造設備を増強したことを発表いたしました。1バッチ最大5kg、年間生産能力は従来の5倍となる50kgです。なお、当社はmRNAそのものの製造は行っておりません。",
 lab(mod="-mrna", cap="lipid", comp="gmp", sc="clinical", site="JP JP-27")),
row(K,"en","NAGOYA, September 30, 2026 — Atsuta Bioengineering Ltd. announced the launch of a 2,000 L single-use bioreactor, extending a line-up that starts at 3 L benchtop systems. Pre-assembled bioreactor bags with integrated single-use pH and DO sensors are supplied for every size. All systems are manufactured at the company's Komaki plant in Aichi. \"Customers can now scale up without changing supplier,\" said President Hiroshi Kato.",
 lab(cap="bioreactor single_use_bag sensor", sc="research clinical", site="JP JP-23")),
row(K,"ja","宇部ケミカルセパレーション株式会社は、抗体精製用プロテインA樹脂およびイオン交換樹脂を製造・販売しております。ウイルス除去フィルターについては、海外メーカーの製品を国内代理店として取り扱っております。製造拠点は山口県宇部市です。",
 lab(cap="chromatography_resin filter", site="JP JP-35")),
row(K,"en","Our company provides the cold chain transportation of the cell therapy product and the mRNA vaccine at the temperature of -150 °C to 8 °C. The dry shipper and the temperature logger are owned by our company. The storage warehouse of Narita Cryo Logistics Co., Ltd. is in Narita City, Chiba Prefecture. The transportation in the overseas is performed by the partner company.",
 lab(cap="cold_chain", site="JP JP-12")),
row(K,"ja","2026年12月、株式会社みやこガラスは、細胞治療向け閉鎖系培養容器の販売を開始したことを発表しました。同社はこれまで医薬品用ガラスバイアルを製造してまいりましたが、2025年にバイアル事業を他社へ譲渡しております。培養容器の製造は岐阜県土岐市の自社工場で行っております。",
 lab(cap="culture_vessel -vial", site="JP JP-21")),
row(K,"en","Our company manufactures the enzyme for the in vitro transcription, the capping enzyme and the cap analog reagent. The products of Kita Enzyme Works are for the research use only, and the GMP grade product is not provided. The products are manufactured in the laboratory of Sapporo City, Hokkaido.",
 lab(cap="enzyme cap_reagent", comp="-gmp", sc="research -non_clinical -clinical -commercial", site="JP JP-01")),
row(K,"ja","株式会社セルライン・ソリューションズ（東京都町田市）は、抗体生産用CHO細胞株をライセンス提供しております。当社の細胞株は研究から商用生産まで使用可能で、ライセンス実績は国内外で40件を超えました。なお、プラスミドの製造受託は行っておりません。",
 lab(cap="cell_line -plasmid", sc="research non_clinical clinical commercial", site="JP JP-13")),
row(K,"en","HAMBURG, May 5, 2026 — Elbe Process Systems GmbH, a German maker of single-use mixers and buffer preparation systems, announced that Nakagawa Trading will become its exclusive distributor in Japan. Mixers from 50 L to 3,000 L are built at its plant in Hamburg, which also supplies ready-to-use buffers. Elbe does not operate any production or service site in Japan.",
 lab(cap="mixer reagent", sc="clinical commercial", site="DE -JP")),
]
