KIND = "pharma"
ROWS = [
("en", """Hoshizora Pharmaceutical is a mid-sized Japanese pharma company with marketed products in oncology and nephrology
and a pipeline spanning discovery to Phase 3. We manufacture small-molecule APIs and tablets at our own plant in Toyama,
while biologics are manufactured by external CDMOs. We are actively in-licensing late-stage antibody assets.""",
 "m+ small_molecule | c+ drug_substance formulation commercial_manufacturing | st+ approved research preclinical phase1 phase2 phase3 | r+ JP JP-16"),
("ja", """大和製薬株式会社は、抗体医薬品とバイオシミラーを主力とする製薬企業で、国内で5品目を販売しています。
群馬県の自社工場で抗体原薬の商用生産を行い、余剰能力を活用して他社からの受託製造（CMO）にも対応しています。
第1相から第3相まで計9品目の臨床開発を進めています。""",
 "m+ antibody | c+ drug_substance commercial_manufacturing | st+ approved phase1 phase2 phase3 | r+ JP JP-10"),
("en", """Westlake Pharma is a US biopharma company whose Japanese branch in Osaka handles development and regulatory
affairs for Japan. All manufacturing is done by CDMOs in Europe. Our pipeline includes an approved enzyme replacement
therapy and two gene therapy candidates in Phase 1/2.""",
 "m+ protein gene_therapy | c+ regulatory | c- drug_substance clinical_supply commercial_manufacturing | st+ approved phase1 phase2 | r+ US JP JP-27"),
("ja", """株式会社ひびき製薬は、注射剤を中心とするジェネリック医薬品メーカーです。
静岡県の工場で無菌製剤の製剤化と充填を行っていますが、原薬はすべて国内外の原薬メーカーから購入しています。
新薬の研究開発は行っていません。""",
 "c+ formulation fill_finish | c- drug_substance drug_discovery | r+ JP JP-22"),
("en", """Genko Pharma is a research-driven company focused on neuroscience. Our discovery labs in Shonan and Boston
generate small molecules and antisense oligonucleotides, and the most advanced asset is in Phase 2. We have no in-house
manufacturing and rely on CDMOs for all clinical supply.""",
 "m+ small_molecule nucleic_acid | c+ drug_discovery | c- drug_substance clinical_supply commercial_manufacturing | st+ research phase2 | r+ JP JP-14 US US-MA"),
("ja", """オオトリ薬品工業株式会社は、奈良県の自社工場で漢方製剤とOTC医薬品を製造し、全国に販売しています。
医療用医薬品の新薬開発からは2019年に撤退しました。""",
 "c+ formulation commercial_manufacturing | c- drug_discovery | st+ approved | r+ JP JP-29"),
("en", """Tsubame Biopharma develops mRNA cancer vaccines and owns a GMP mRNA plant in Hiroshima that supplies its Phase 1
and Phase 2 trials. The plant's capacity is reserved for our own programmes and we do not accept contract manufacturing.
LNP lipids are produced in-house.""",
 "m+ mrna vaccine | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | st+ phase1 phase2 | r+ JP JP-34"),
("ja", """株式会社東邦バイオファーマは、希少疾患向けの組換えタンパク質製剤を開発・販売しています。
承認済み製品が2品目あり、1品目の原薬は自社の千葉工場で、もう1品目は海外CMOで製造しています。
今後は遺伝子治療分野にも参入する計画です。""",
 "m+ protein | m- gene_therapy | c+ drug_substance commercial_manufacturing | st+ approved | r+ JP JP-12"),
("en", """Minato Seiyaku is a vaccine maker with a 70-year history. We manufacture marketed inactivated and recombinant
protein vaccines at our Kumamoto plant and run our own Phase 1-3 trials. Our adjuvant is supplied under licence by a
European partner.""",
 "m+ vaccine protein | c+ drug_substance commercial_manufacturing clinical_trials | c- adjuvant | st+ approved phase1 phase2 phase3 | r+ JP JP-43"),
("ja", """株式会社さつき製薬は、眼科領域に特化した製薬企業です。
点眼剤の製剤化は自社の滋賀工場で行い、治験薬の製造も社内で対応しています。
新規有効成分の探索研究は大学との共同研究で進めており、現在、第2相試験と第3相試験をそれぞれ1品目実施中です。""",
 "c+ formulation clinical_supply drug_discovery | st+ research phase2 phase3 | r+ JP JP-25"),
("en", """Keiyo Pharmaceutical is a Tokyo-based specialty pharma with no research labs of its own. We in-license Phase 2
and Phase 3 assets from overseas biotechs and run their Japanese development and commercialisation, and we have four
approved products. Manufacturing for the Japanese market is done by a contract manufacturer.""",
 "c- drug_discovery drug_substance clinical_supply commercial_manufacturing | st+ phase2 phase3 approved | r+ JP JP-13"),
("ja", """株式会社あすなろファーマは、細胞治療と抗体医薬を両輪とする研究開発型の製薬企業です。
神奈川県藤沢市の研究所で創薬研究から非臨床試験までを自社で行い、臨床試験の運営はCROに委託しています。
当社のCAR-T製品は2025年に承認を取得しました。""",
 "m+ cell_therapy antibody car_t | c+ drug_discovery nonclinical_studies | c- clinical_trials | st+ research preclinical approved | r+ JP JP-14"),
]
