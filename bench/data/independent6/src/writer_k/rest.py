from lib import R, save
sup = [
R("supplier","ja","""株式会社ミカワ・ポリマー（愛知県）｜提供できること：シングルユースバッグ（2D/3D、50 mL〜2,000 L）、チューブ、無菌コネクタの製造販売。自社工場クリーンルーム（ISO 7）。
バイオリアクター本体は扱っていません（他社品と互換）。""",
  cp="single_use_bag tube connector", cn="bioreactor", sip="JP JP-23"),
R("supplier","en","""Hikari Cell Media KK | Offering: chemically defined CHO media & feeds (GMP-grade, animal-origin free), custom media dev; xeno-free iPSC / MSC media (research use only). Plant: Gunma (powder + liquid). Not offering: cell lines or CLD services.""",
  cp="culture_medium", cn="cell_line cell_line_development", gp="gmp", sp="research", sip="JP JP-10"),
R("supplier","ja","""株式会社ナガハマ脂質化学（滋賀県）｜提供できること：LNP用イオン化脂質・PEG脂質・ヘルパー脂質（GMPグレード、kgスケール）、mRNAキャップ試薬（研究用のみ）。
mRNA原薬・LNP製剤の受託製造は行っていません。""",
  mn="mrna", cp="lipid cap_reagent", cn="drug_substance formulation clinical_supply commercial_manufacturing", gp="gmp", sp="research", sip="JP JP-25"),
R("supplier","en","""Toyo BioEquip Co. | Offering: single-use bioreactors 3 L–2,000 L, stainless stirred-tank up to 20,000 L, single-use pH/DO sensors, mixers (50–3,000 L). Factory: Niigata. Bags: not supplied by us — use partner's bag line.""",
  cp="bioreactor sensor mixer", cn="single_use_bag", sip="JP JP-15"),
R("supplier","ja","""株式会社アリタ分離材（佐賀県）｜提供できること：Protein A樹脂、イオン交換樹脂、マルチモーダル樹脂（自社工場で製造）。ウイルス除去フィルター・デプスフィルターは海外メーカー品を国内代理店として販売（自社製造ではありません）。""",
  cp="chromatography_resin filter", sip="JP JP-41"),
R("supplier","en","""Kurobe Glass & Pack | Offering: Type I borosilicate vials (2R–100R), RTU nested vials, stoppers; cold-chain shippers (−80 °C dry ice, LN2 dry shippers) + temp-logger service. Plants: Toyama + Hai Phong (Vietnam). Not a fill-finish CMO.""",
  cp="vial cold_chain", cn="fill_finish", sip="JP JP-16 VN"),
R("supplier","ja","""株式会社アキタ・ジーンマテリアルズ（秋田県）｜提供できること：AAV・mRNA向けプラスミドDNA（研究用〜GMPグレード）、IVT用酵素（T7 RNAポリメラーゼ、キャッピング酵素）、緩衝液・試薬。
ウイルスベクター・mRNA自体の受託製造は行っていません。""",
  mn="viral_vector mrna", cp="plasmid enzyme reagent", cn="drug_substance clinical_supply commercial_manufacturing", gp="gmp", sp="research", sip="JP JP-05"),
R("supplier","en","""Izumo Adjuvant Sciences | Offering: saponin-based & TLR-agonist adjuvants — GMP, for clinical vaccine lots; research-grade adjuvant kits. Not offered: vaccine formulation / DP. Plant: Shimane.""",
  cp="adjuvant", cn="formulation", gp="gmp", sp="research clinical", sip="JP JP-32"),
R("supplier","ja","""株式会社フジミ細胞容器（静岡県富士市）｜提供できること：細胞培養容器（多層フラスコ、閉鎖系培養バッグ）、マイクロキャリア。細胞治療CPC向け。
再生医療等製品の製造受託は行っていません。""",
  mn="regenerative", cp="culture_vessel", cn="drug_substance clinical_supply commercial_manufacturing", sip="JP JP-22"),
R("supplier","en","""Miura Bioprocess Components | Offering: sterile filters (0.2 µm PES), virus filters, TFF cassettes; single-use pressure / conductivity sensors; licensable GMP CHO-K1 host cell line. Japan: sales & distribution office (Osaka) only — all mfg in Penang, Malaysia. No Japan plant.""",
  cp="filter sensor cell_line", gp="gmp", sip="MY", sin="JP"),
]
uni = [
R("university","ja","""東海医療科学大学 創薬シーズ（愛知県名古屋市）｜シーズ：抗体医薬（抗線維化）前臨床、低分子（研究段階）。臨床段階のシーズはまだありません。学内GMP施設はありません。
求めるもの：導出先製薬企業、共同研究先。""",
  mp="antibody small_molecule", stp="preclinical research", stn="phase1 phase2 phase3", gn="gmp", sip="JP JP-23"),
R("research_institute","en","""Kobe Regenerative Medicine Institute | Offering: academic CPC (GMP / GCTP grade) for investigator-initiated trials; iPSC stock distribution for research use; training courses. Not a commercial CDMO — no manufacturing of companies' commercial products.""",
  mp="ips regenerative", cp="clinical_supply", cn="commercial_manufacturing", gp="gmp", sp="research clinical", sn="commercial", sip="JP JP-28"),
R("research_institute","ja","""筑波精密計測センター（茨城県つくば市）｜抗体・タンパク質の質量分析、構造解析（クライオ電顕）を学外企業にも提供。研究用途のみ、GLP・GMP非対応。""",
  mp="antibody protein", cp="analytical_development", gn="glp gmp", sp="research", sn="non_clinical clinical commercial", sip="JP JP-08"),
R("university","en","""Hokkaido Northern Univ., Gene Medicine Lab | Seeds: AAV capsid library (research stage); ex vivo gene-corrected HSC (preclinical, tox planned 2026). Univ. vector core makes research-grade AAV (<10 L). Seeking: startup formation, VC, CDMO for GMP vector.""",
  mp="gene_therapy viral_vector", stp="research preclinical", gn="gmp", sp="research", sip="JP JP-01"),
R("university","ja","""大阪中央医科大学 臨床研究センター（大阪府）｜医師主導治験の支援（第I〜II相）、データマネジメント、GCP教育。細胞治療・遺伝子治療のFIH試験実績あり。
非臨床試験は行っていません。""",
  mp="cell_therapy gene_therapy", cp="clinical_trials", cn="nonclinical_studies", gp="gcp", sip="JP JP-27"),
]
vc = [
R("vc","en","""Kanto Life Science Ventures | AMED-certified VC. Focus: drug-discovery startups (mAb, ADC, nucleic acid), seed – Series B, lead or co-lead. Tokyo office. Exit: IPO / M&A.""",
  mp="therapeutics antibody adc nucleic_acid", fp="seed series_a series_b ipo m_and_a", cep="amed_certified_vc", sip="JP JP-13"),
R("vc","ja","""株式会社ミライ・ヘルスキャピタル（大阪市）｜投資領域：がん・中枢神経・希少疾患。シリーズA、シリーズBに限り投資。""",
  fp="series_a series_b", fn="seed series_c ipo", sip="JP JP-27"),
R("vc","en","""Shonan MedTech Partners | Medtech & digital health only — no drug developers. Seed & Series A. Offices: Fujisawa, Kanagawa + Palo Alto, CA.""",
  mp="medical_device digital_health", mn="therapeutics", fp="seed series_a", sip="JP JP-14 US US-CA"),
R("vc","ja","""ヤマト・イノベーション・ファンド（製薬系CVC、東京都）｜細胞治療・遺伝子治療・mRNAの創薬ベンチャーに投資、シリーズB〜シリーズC。プレIPOラウンドは対象外。AMED認定VCではありません。""",
  mp="therapeutics cell_therapy gene_therapy mrna", fp="series_b series_c", fn="ipo", cen="amed_certified_vc", sip="JP JP-13"),
R("vc","en","""Boston Harbor Bio Fund | Invests in JP-origin drug-discovery platform cos. ready to move to the US; Series A–C; syndicates w/ Japanese VCs. Office: Cambridge, MA. No office in Japan (team visits quarterly).""",
  mp="therapeutics", fp="series_a series_b series_c", sip="US US-MA", sin="JP"),
R("vc","ja","""株式会社カンサイ・シード・バイオ（京都府）｜大学発バイオベンチャーへのシード投資のみ（1社あたり〜1億円）。創薬・再生医療。カーブアウト案件も可。""",
  mp="therapeutics regenerative", fp="seed", fn="series_a series_b series_c ipo", sip="JP JP-26"),
R("vc","en","""Tohoku Bio Growth Fund | AMED-certified (drug-venture ecosystem programme). Invests in Series A / B rounds of drug ventures in Tohoku & Hokkaido; value creation via licence-out deals or M&A rather than IPO. Sendai office.""",
  mp="therapeutics", fp="series_a series_b licence_out m_and_a", fn="ipo", cep="amed_certified_vc", sip="JP JP-04"),
]
save("supplier", sup); save("university", uni); save("vc", vc)
