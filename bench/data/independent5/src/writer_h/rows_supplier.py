from lib import R
K = "supplier"
ROWS = [
R(K,"en","Shonan Polymer, a maker of single-use bioprocess bags, tubing and aseptic connectors, has opened a new clean-room moulding line at its plant in Hiratsuka, Kanagawa. Its bags range from 50 mL to 3,000 L. \"We make the consumables, not the bioreactors,\" president Kaori Nitta said, adding that reactor hardware is supplied by partners.",
  cap="+single_use_bag +tube +connector -bioreactor", site="+JP +JP-14"),
R(K,"ja","培地メーカーの株式会社ミドリ培地（群馬県高崎市）は、CHO細胞向けの無血清培地と、iPS細胞・間葉系幹細胞向けのゼノフリー培地を製造している。GMPグレード品は臨床用途向けに、研究用グレードは大学や研究機関向けに供給する。バイオリアクターなどの装置は扱っていない。",
  cap="+culture_medium -bioreactor", comp="+gmp", scale="+research +clinical", site="+JP +JP-10"),
R(K,"en","Lipid supplier Hitachinaka Lipid Sciences produces ionizable lipids, PEG-lipids and cholesterol in GMP grade for mRNA-LNP developers, with kilogram-scale capacity at its Ibaraki plant. It does not formulate LNPs for customers. The company plans to open a warehouse in New Jersey in 2027.",
  cap="+lipid -formulation", comp="+gmp", site="+JP +JP-08"),
R(K,"ja","株式会社ミカワ分離材料（愛知県豊橋市）は、抗体精製用のプロテインA樹脂とイオン交換樹脂を製造販売している。同社は昨年、ウイルス除去フィルター事業をドイツのメーカーに譲渡し、現在はフィルターを扱っていない。社長は「樹脂に集中して、精製工程の上流から下流までの選択肢を増やす」と話した。",
  cap="+chromatography_resin -filter", site="+JP +JP-23"),
R(K,"en","Kofu Instruments builds single-use bioreactors from 3 L to 200 L, and the optical pH and dissolved-oxygen sensors that go into them, at its factory in Kofu, Yamanashi. The company said it will launch a 2,000 L model in 2027. Mixers are sourced from a partner in Korea.",
  cap="+bioreactor +sensor -mixer", site="+JP +JP-19"),
R(K,"ja","ガラス容器メーカーの株式会社サカイガラス（大阪府堺市）は、医薬品用バイアルとプレフィルドシリンジ用バレルを製造する。超低温保管が必要なmRNA製剤向けに、-80℃対応の輸送容器を含むコールドチェーンサービスを2025年に始めた。アンプルの製造は2024年に中止している。",
  cap="+vial +cold_chain", site="+JP +JP-27"),
R(K,"en","Sapporo Bioreagents makes enzymes, buffers and cap analogues for in vitro transcription at its lab in Sapporo. All of its products are for research use only; the company said it has no plans to make GMP-grade material and refers clinical customers to a partner.",
  cap="+enzyme +reagent +cap_reagent", comp="-gmp", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-01"),
R(K,"ja","株式会社シマネプラスミド（松江市）は、AAVやレンチウイルスベクターの製造に使うプラスミドDNAを供給している。研究用グレードに加え、2026年からGMP準拠の高品質グレードの製造を始めた。ウイルスベクターそのものの製造は行っていない。",
  mod="-viral_vector", cap="+plasmid", comp="+gmp", scale="+research", site="+JP +JP-32"),
R(K,"en","Korean culture-ware maker Hanul Cellware has entered the Japanese market through a distributor in Yokohama, selling multilayer flasks and closed cell culture vessels to cell therapy manufacturers. It has no plant or office of its own in Japan; all products are made in Incheon.",
  cap="+culture_vessel", site="+KR -JP"),
R(K,"ja","ワクチン用アジュバントを製造する株式会社アキタ免疫素材（秋田市）は、GMP準拠のアルミニウム塩アジュバントとエマルション型アジュバントを国内外のワクチンメーカーに供給している。同社によると、ワクチン原薬の受託製造は手がけていない。",
  mod="-vaccine", cap="+adjuvant -drug_substance", comp="+gmp", site="+JP +JP-05"),
]
