from common import r, dump
R = []
K = "vc"
r(R, K, "en", """Fund III – fact sheet. Fund size: JPY 18bn (final close 2024). Stage focus: Seed and Series A, with reserves for follow-on investments up to Series C. Initial ticket: JPY 100m–800m. Sectors: drug discovery ventures – small molecules, peptides and nucleic-acid medicines. Exclusions: medical devices, digital health. Certification: AMED-certified VC (drug-venture ecosystem programme). Office: Chiyoda-ku, Tokyo. Exits to date: four IPOs on TSE Growth, two trade sales.""",
  mod="therapeutics small_molecule peptide nucleic_acid -medical_device -digital_health", fs="seed series_a series_b series_c ipo m_and_a", cert="amed_certified_vc", site="JP-13 JP")
r(R, K, "ja", """ファンド概要：2号ファンド、総額120億円。投資ステージ：シリーズA〜シリーズBが中心（シードは原則対象外）。1社あたり投資額：3億〜15億円。投資領域：抗体医薬、二重特異性抗体、ADCなどのバイオ創薬ベンチャー。医療機器・診断薬・ヘルスケアITは投資対象外です。AMED認定VC：現在申請準備中。拠点：大阪市北区。""",
  mod="antibody bispecific adc therapeutics -medical_device -diagnostics -digital_health", fs="series_a series_b -seed", cert="-amed_certified_vc", site="JP-27 JP")
r(R, K, "en", """Crossover & Pre-IPO Fund. Size: USD 250m. Stage: exclusively pre-IPO and listed (PIPE) rounds of Japanese and US biotechs; no seed or early venture rounds. Ticket: USD 5–25m. Sectors: therapeutics across modalities; diagnostics and research tools considered selectively. Offices: Minato-ku, Tokyo and Boston, MA. Not an AMED-certified VC.""",
  mod="therapeutics diagnostics", fs="ipo -seed -series_a -series_b -series_c", cert="-amed_certified_vc", site="JP-13 JP US US-MA")
r(R, K, "ja", """シード特化型ファンド「アカリ・ライフサイエンス1号」：総額30億円。投資対象はシードラウンドのみで、大学発の創薬シーズ（低分子、中分子ペプチド）を中心に1件あたり3,000万〜1億円を出資します。シリーズA以降の追加投資は行いません。会社設立支援・経営者マッチングもご提供。拠点：京都市左京区。""",
  mod="small_molecule peptide therapeutics", fs="seed -series_a -series_b -series_c -ipo", site="JP-26 JP")
r(R, K, "en", """Healthcare Growth Partners – Fund II. Size: JPY 9bn. Stage: growth / late stage. Sectors: healthcare services, digital health, medical devices and in-vitro diagnostics; we do not invest in drug discovery. Ticket: JPY 300m–1.5bn. Office: Hakata, Fukuoka. Exits: one M&A (2023).""",
  mod="digital_health medical_device diagnostics -therapeutics", fs="m_and_a", site="JP-40 JP")
r(R, K, "ja", """CVCファンド概要：製薬企業系CVC、運用総額50億円（エバーグリーン型）。対象ステージ：アーリー〜ミドル。主な投資テーマは再生医療・細胞治療（iPS細胞由来製品、CAR-Tを含む）および遺伝子治療。戦略的リターンを重視し、投資先との共同研究や導出（ライセンスアウト）を想定しています。所在地：東京都中央区、米国カリフォルニア州サンディエゴ。""",
  mod="regenerative cell_therapy ips car_t gene_therapy therapeutics", fs="licence_out", site="JP-13 JP US US-CA")
r(R, K, "en", """University-affiliated fund. Size: JPY 6bn. Focus: spin-outs from universities in the Tohoku region, Seed through Series B. Modality-agnostic, although the current portfolio is weighted towards medical devices and regenerative medicine. Ticket: JPY 50–500m. AMED-certified VC since 2022. Office: Aoba-ku, Sendai.""",
  mod="medical_device regenerative therapeutics", fs="seed series_a series_b", cert="amed_certified_vc", site="JP-04 JP")
r(R, K, "ja", """ファンド名：みなと橋バイオ投資事業有限責任組合（3号）。ファンド規模：80億円（ファーストクローズ45億円）。投資ステージ：シリーズB・シリーズCのみ（レイターステージ特化）。投資領域：がん、中枢神経、希少疾患。1社あたり5億〜20億円。AMED認定VC。過去のEXIT：M&A 2件。拠点：東京都千代田区。""",
  fs="series_b series_c -seed -series_a -ipo m_and_a", cert="amed_certified_vc", site="JP-13 JP")
r(R, K, "en", """Seed-to-A Bio Fund. Fund size JPY 4.5bn; investment period to 2028. We lead or co-lead Seed and Series A rounds only. Typical first cheque: JPY 50–300m. Focus: platform and therapeutic startups in antibody engineering and mRNA/LNP delivery. Exclusions: no medical devices, no contract service providers. AMED certification: applied in 2025, decision pending. Office: Kobe, Hyogo.""",
  mod="antibody mrna therapeutics -medical_device", fs="seed series_a -series_b -series_c -ipo", cert="-amed_certified_vc", site="JP-28 JP")
r(R, K, "ja", """投資方針（ファクトシート抜粋）：ファンド総額25億円、投資対象はプレシード〜シリーズA。ヘルスケア全般（創薬、医療機器、デジタルヘルス）を対象とします。AMED認定VCではありません。東京都渋谷区および福岡市に拠点があります。""",
  mod="therapeutics medical_device digital_health", fs="seed series_a", cert="-amed_certified_vc", site="JP-13 JP-40 JP")
r(R, K, "en", """Fund profile: corporate venture arm of a chemicals group. Commitment: JPY 10bn over five years. We invest in Series A–C rounds of companies developing bioprocess tools, cell culture media and single-use technologies; we generally do not back therapeutics developers. Ticket: JPY 200m–1bn. Offices: Tokyo (Marunouchi) and Singapore.""",
  mod="-therapeutics", cap="culture_medium", fs="series_a series_b series_c", site="JP-13 JP SG")
r(R, K, "ja", """ファクトシート：バイオ・インパクトファンド1号（総額15億円）。投資ステージ：シード、シリーズA（一部シリーズBへのフォローオンあり）。投資分野：生菌製剤（マイクロバイオーム）、ワクチン、感染症領域の創薬。チケットサイズ：5,000万〜3億円。AMED認定VC（2024年認定）。事務所：大阪府吹田市。""",
  mod="live_biotherapeutic vaccine therapeutics", fs="seed series_a series_b", cert="amed_certified_vc", site="JP-27 JP")
r(R, K, "en", """Fact sheet – Pacific Bridge Life Science Fund I. USD 120m. Invests in US and Japanese biotechs at Series B and Series C; no seed investments. Modality focus: ADCs, radiopharmaceuticals and small molecules. Exits: two licence-out deals by portfolio companies to global pharma and one Nasdaq IPO. The investment team sits in San Francisco, California; the Tokyo office is a liaison office.""",
  mod="adc small_molecule therapeutics", fs="series_b series_c -seed licence_out ipo", site="US US-CA")
r(R, K, "ja", """ファンド概要：地域創生型ライフサイエンスファンド（総額20億円）、運営拠点は富山県富山市。投資対象は医薬品の製造・品質関連の技術を持つ企業（CDMO、分析受託、部素材メーカー）で、ステージはシリーズAからシリーズCまで。創薬パイプライン型ベンチャーへの投資は対象外です。AMED認定VCではありません。""",
  mod="-therapeutics", fs="series_a series_b series_c", cert="-amed_certified_vc", site="JP-16 JP")
dump(R, "part_vc.jsonl"); print(len(R))
