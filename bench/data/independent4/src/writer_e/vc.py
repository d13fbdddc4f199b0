from common import dump
R = [
("vc","en","""Fund III: ¥30bn. We lead seed and Series A rounds in Japanese drug ventures — antibodies, cell therapy, nucleic acids.
AMED-certified VC. Offices: Tokyo and Boston, MA.""",
"mod+:therapeutics,antibody,cell_therapy,nucleic_acid; fund+:seed,series_a; cert+:amed_certified_vc; site+:JP-13,JP,US,US-MA"),

("vc","ja","""シリーズB〜プレIPOのレイターステージ投資に特化。再生医療・遺伝子治療の国内ベンチャーが対象。
AMED認定VCの申請準備中。大阪市。""",
"mod+:regenerative,gene_therapy,therapeutics; fund+:series_b,series_c,ipo; fund-:seed,series_a; cert-:amed_certified_vc; site+:JP-27,JP"),

("vc","en","""Oncology-focused healthcare fund, Kyoto office. We back companies from seed through Series C; exits via M&A and licensing deals.
Not AMED-certified.""",
"fund+:seed,series_a,series_b,series_c,m_and_a,licence_out; cert-:amed_certified_vc; site+:JP-26,JP"),

("vc","ja","""医療機器・デジタルヘルス専門のVC。創薬ベンチャーへの投資は行いません。
シード・シリーズAが中心。東京都港区。""",
"mod+:medical_device,digital_health; mod-:therapeutics; fund+:seed,series_a; site+:JP-13,JP"),

("vc","en","""Corporate venture arm of a Japanese CDMO group, based in Kawasaki. We invest in drug ventures at Series A and B that could become manufacturing customers — mRNA, viral vectors, ADCs.
We do not invest at seed.""",
"mod+:therapeutics,mrna,viral_vector,adc; fund+:series_a,series_b; fund-:seed; site+:JP-14,JP"),

("vc","ja","""大学発ベンチャーへのシード投資に特化したファンド（2号ファンド、50億円）。
主な投資領域は創薬、特に低分子・ペプチド。AMED認定VC。京都と仙台に拠点。""",
"mod+:therapeutics,small_molecule,peptide; fund+:seed; fund-:series_a,series_b,series_c,ipo; cert+:amed_certified_vc; site+:JP-26,JP-04,JP"),

("vc","en","""Crossover investor in cell and gene therapy companies across Asia. We invest only at pre-IPO and in public markets.
Singapore HQ; Japan is covered from a Tokyo liaison office only.""",
"mod+:cell_therapy,gene_therapy,therapeutics; fund+:ipo; fund-:seed,series_a,series_b,series_c; site+:SG; site-:JP,JP-13"),
]
dump(R, "part_vc.jsonl")
print(len(R))
