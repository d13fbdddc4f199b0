KIND = "university"
ROWS = [
("en", """The Laboratory of RNA Medicine at Kita University in Sapporo develops novel ionisable lipids and mRNA vaccine
candidates. Our lead vaccine candidate is in preclinical studies with a domestic pharma partner, and we are seeking a
licensee. The lab does not manufacture GMP material.""",
 "m+ mrna vaccine | c+ drug_discovery | c- clinical_supply commercial_manufacturing | g- gmp | st+ preclinical | f+ licence_out | r+ JP JP-01"),
("ja", """東都医科大学 再生医療センター（東京都新宿区）は、GMPに準拠した細胞調製施設（CPC）を保有し、学内外の研究者による医師主導治験用の細胞製品の製造を支援しています。
現在、iPS細胞由来網膜色素上皮細胞の第1/2相試験を実施中です。""",
 "m+ ips cell_therapy regenerative | c+ clinical_supply | g+ gmp | st+ phase1 phase2 | r+ JP JP-13"),
("en", """The Core Facility for Structural Biology at Minami Institute of Technology offers cryo-EM, X-ray crystallography
and recombinant protein production to academic and industry users. All services are for research purposes only. The
facility is located in Kyoto.""",
 "m+ protein | s+ research | s- non_clinical clinical commercial | r+ JP JP-26"),
("ja", """西海大学薬学部の創薬化学研究室では、新規抗菌薬となる低分子化合物の探索研究を行っています。
現在はリード化合物の最適化段階にあり、製薬企業との共同研究や導出を希望しています。
研究室は長崎市にあります。""",
 "m+ small_molecule | c+ drug_discovery | st+ research | f+ licence_out | r+ JP JP-42"),
("en", """Haruno University Hospital's Center for Clinical Research in Fukuoka supports investigator-initiated trials with
protocol development, monitoring, data management and regulatory consultation under GCP. We do not conduct animal
studies.""",
 "c+ clinical_trials regulatory | c- nonclinical_studies | g+ gcp | r+ JP JP-40"),
("ja", """北陸先端医療大学の抗体工学研究室は、がん免疫を標的としたヒト抗体の取得とADC化技術の研究を行っています。
研究成果をもとに2024年に大学発ベンチャーを設立し、臨床開発は同社が担当しています。
金沢市の研究室では、研究用途の抗体作製も受託しています。""",
 "m+ antibody adc | c+ drug_discovery | c- clinical_trials | st+ research | s+ research | r+ JP JP-17"),
]
