from lib import R
K = "vc"
ROWS = [
R(K,"en","Tokyo-based Kasumi Bio Ventures has closed its third fund at ¥25 billion. The firm, an AMED-certified VC, invests in seed and Series A rounds of drug discovery start-ups, with a focus on antibodies and nucleic acid drugs. \"We don't do medtech,\" managing partner Ayumi Kasuga said.",
  mod="+antibody +nucleic_acid +therapeutics -medical_device", fund="+seed +series_a", cert="+amed_certified_vc", site="+JP +JP-13"),
R(K,"ja","大阪のベンチャーキャピタル、なにわライフサイエンス・パートナーズは、シリーズBとシリーズCに特化して投資している。投資対象は再生医療と細胞治療のベンチャーで、出口としてはM&Aとライセンスアウトを主に想定している。AMED認定VCではないが、同事業の採択企業との協調投資も多いという。",
  mod="+regenerative +cell_therapy +therapeutics", fund="+series_b +series_c -seed -series_a -ipo +m_and_a +licence_out", cert="-amed_certified_vc", site="+JP +JP-27"),
R(K,"en","Boston-based Harborline Capital, which opened a Tokyo office last year, invests in Japanese biotech from Series A through pre-IPO crossover rounds. The firm invests only in therapeutics companies: no diagnostics and no devices, a partner said.",
  mod="+therapeutics -diagnostics -medical_device", fund="+series_a +series_b +series_c +ipo", site="+US +US-MA +JP +JP-13"),
R(K,"ja","地方銀行系VCのひろしまイノベーション投資株式会社（広島市）は、中国地方の大学発ベンチャーにシード期から投資する。対象はバイオ、医療機器、デジタルヘルスと幅広く、1社あたりの投資額は最大1億円。",
  mod="+medical_device +digital_health", fund="+seed", site="+JP +JP-34"),
R(K,"en","Minato Health Partners, a Tokyo venture capital firm, says it backs oncology and CNS start-ups, leading Series A rounds and co-investing in Series B. Its partners have taken three portfolio companies to IPO and sold one to a large pharma group.",
  fund="+series_a +series_b +ipo +m_and_a", site="+JP +JP-13"),
R(K,"ja","製薬大手系のコーポレートVC、ホシカワ・ベンチャーズ（東京都中央区）は、創薬ベンチャーのシリーズAとシリーズBのラウンドに参加する。シード投資は行わない。担当者によると、特に遺伝子治療とmRNAの分野に関心を持っている。",
  mod="+gene_therapy +mrna +therapeutics", fund="+series_a +series_b -seed", site="+JP +JP-13"),
R(K,"ja","京都のシード特化型ファンドでAMED認定VCでもある鴨川ベンチャーズは、シード段階に限って投資し、低分子、ペプチド、細胞治療を手がける大学発ベンチャーに1社あたり5,000万〜2億円を出資する。同社によると、製薬企業へのライセンスアウトが主な出口になっている。",
  mod="+small_molecule +peptide +cell_therapy +therapeutics", fund="+seed -series_a -series_b -series_c -ipo +licence_out", cert="+amed_certified_vc", site="+JP +JP-26"),
]
