from common import R, save
C = "supplier"
rows = [
R(C, "en", """Supplier questionnaire, Aoba Polymer Solutions Co., Ltd. (single-use components).
Single-use bags (2D and 3D, 50 mL to 2,000 L): Yes, manufactured in our ISO Class 7 cleanroom in Yonezawa, Yamagata.
Tubing and aseptic connectors: Yes.
Bioreactors: No. We supply bags that fit third-party single-use bioreactors but do not make the bioreactor hardware.
Filters: Partner (we resell a partner's sterilising-grade filter capsules).""",
  cap="single_use_bag tube connector -bioreactor -filter",
  scale="research clinical", site="JP JP-06"),

R(C, "ja", """【事業の内容】当社グループは、ライフサイエンス事業および化成品事業の2セグメントで構成されております。
ライフサイエンス事業では、細胞治療・再生医療向けの無血清培地および細胞培養用の試薬を製造・販売しております。培地は研究用グレードに加え、臨床・商用製造に使用可能なGMPグレード品を静岡県富士市の工場で製造しております。
連結子会社の米国法人（カリフォルニア州）は、北米での販売・技術サポートを担当しております。""",
  cap="culture_medium reagent",
  comp="gmp", scale="research clinical commercial", site="JP JP-22"),

R(C, "en", """Annual report, Separation Materials segment. Shunan Separation Technologies Corp. develops and manufactures chromatography resins (Protein A affinity, ion-exchange and mixed-mode) at its Shunan plant in Yamaguchi for antibody and recombinant protein purification.
Virus removal filters were added to the portfolio in 2024 through the acquisition of a consolidated subsidiary in Germany, which manufactures them in Hamburg.
Resins are supplied from laboratory columns to commercial-scale process columns.""",
  cap="chromatography_resin filter",
  scale="research clinical commercial", site="JP JP-35 DE"),

R(C, "ja", """質問：貴社の製品ラインアップは。
回答：LNP製剤用のイオン化脂質、PEG脂質、ヘルパー脂質を製造・販売しております（大阪府堺市工場）。製品は研究用途に限ります。
質問：GMPグレードの脂質は。回答：現在は供給しておらず、2027年の供給開始に向けて準備中です。
質問：キャップ試薬の取り扱いは。回答：ございません。""",
  cap="lipid -cap_reagent",
  comp="-gmp", scale="research -non_clinical -clinical -commercial", site="JP JP-27"),

R(C, "en", """Q: Products for the bio-pharmaceutical market? A: Hanseatic Glas GmbH manufactures Type I borosilicate vials and provides temperature-controlled cold chain packaging for biologics.
Q: Manufacturing locations? A: Mainz, Germany and Pune, India.
Q: Presence in Japan? A: A sales office in Osaka and a local distributor; there is no production or warehouse in Japan.""",
  cap="vial cold_chain",
  site="DE IN -JP"),

R(C, "ja", """統合報告書2025「事業ポートフォリオ」。当社は樹脂成形技術を活かし、細胞培養容器（多層フラスコ、閉鎖系培養バッグ）を製造しております。
また、シングルユースバイオリアクター向けのpHセンサー・溶存酸素センサーの量産を新潟県長岡市の工場で開始いたしました。
培地は自社では製造しておらず、他社製品との組み合わせで提案を行っております。""",
  cap="culture_vessel sensor -culture_medium",
  site="JP JP-15"),

R(C, "en", """RFI response, enzymes for mRNA manufacturing. Tokiwa Enzyme Co., Ltd. manufactures T7 RNA polymerase, DNase I, RNase inhibitor and capping enzymes, and synthesises cap analogue reagents, at its Kakegawa site in Shizuoka.
Grades: research-use and GMP-grade, the latter for clinical and commercial mRNA production.
We do not manufacture mRNA drug substance ourselves and offer no contract manufacturing.""",
  mod="-mrna",
  cap="enzyme cap_reagent -drug_substance -clinical_supply -commercial_manufacturing",
  comp="gmp", scale="research clinical commercial", site="JP JP-22"),

R(C, "ja", """Q：提供している製品・サービスは。
A：抗体医薬品の生産に用いるCHO生産細胞株（宿主細胞）をライセンス提供しており、あわせて当該細胞株に最適化した化学合成培地を販売しております。
Q：細胞株開発の受託は。A：お客様の目的遺伝子を導入した細胞株構築も受託しております（研究所：神奈川県横浜市）。
Q：GMP原薬製造は。A：行っておりません。""",
  cap="cell_line culture_medium cell_line_development -drug_substance",
  comp="-gmp", site="JP JP-14"),

R(C, "en", """Business description. Tomioka Process Equipment Co., Ltd. designs and builds stainless-steel and single-use bioreactors from 50 L to 5,000 L, and single-use mixers for buffer and media preparation, at its factory in Gunma.
Single-use sensors are planned for launch in fiscal 2026 with a partner; until then they are not part of the range.
Installation and qualification services are provided across Japan and, through a local distributor, in Korea.""",
  cap="bioreactor mixer -sensor",
  scale="clinical commercial", site="JP JP-10"),

R(C, "ja", """【事業の内容】当社は、研究用試薬（緩衝液、細胞解離液、電気泳動用試薬等）の製造販売を行っております。
当社製品はすべて研究用途に限定しており、医薬品製造用のGMPグレード製品は取り扱っておりません。
製造は茨城県つくば市の工場、物流は外部の物流会社に委託しております。""",
  cap="reagent",
  comp="-gmp", scale="research -non_clinical -clinical -commercial", site="JP JP-08"),
]
save(rows, "ind5i", "batch_supplier.jsonl")
