from lib import row, save
R = []
R.append(row("university", 1, "ja", """みやぎ医科大学 再生医療センター（宮城県仙台市）
学内CPC（GMP準拠）で医師主導治験用の細胞製品を製造。シーズ：iPS細胞由来角膜内皮細胞（第I相）、MSC（非臨床）。学外からの製造受託は行っていません。""",
 mod="+regenerative +ips +msc", cap="+clinical_supply", comp="+gmp", scale="+clinical",
 stage="+phase1 +preclinical", site="+JP +JP-04"))
R.append(row("research_institute", 1, "en", """Kansai Institute for Structural Pharmacology (Suita, Osaka) — cryo-EM / X-ray structure determination for small molecules and antibodies; fee-based access for companies. Research use only: no GLP or GMP work. Seeds for licensing: two small-molecule kinase inhibitors at lead stage.""",
 mod="+small_molecule +antibody", cap="+drug_discovery", comp="-glp -gmp",
 scale="+research -non_clinical -clinical -commercial", stage="+research", site="+JP +JP-27"))
R.append(row("university", 2, "ja", """湘南薬科大学 創薬化学研究室（神奈川県藤沢市）
対応領域：低分子・中分子ペプチドの合成、構造活性相関研究。企業との共同研究歓迎。GMP製造・GLP非臨床試験は学内で対応不可（連携CDMO・CROを紹介）。""",
 mod="+small_molecule +peptide", cap="+drug_discovery -clinical_supply -commercial_manufacturing -nonclinical_studies",
 comp="-gmp -glp", site="+JP +JP-14"))
R.append(row("research_institute", 2, "en", """Okinawa Marine Bioresource Institute — public research institute (Uruma, Okinawa). Natural-product extract library screened for antibiotic and anticancer leads; strain bank of reef-derived microbes for live biotherapeutic research. Fermentation up to 30 L, non-GMP. No clinical programmes.""",
 mod="+live_biotherapeutic", cap="+drug_discovery +upstream", comp="-gmp", scale="+research",
 stage="+research -phase1 -phase2 -phase3", site="+JP +JP-47"))
R.append(row("university", 3, "ja", """北陸医療技術大学 ウイルスベクター開発拠点（石川県金沢市）
AAV・レンチウイルスベクターの研究用製造（〜10 L）と品質評価。GMP製造棟：2026年度竣工予定（治験用ベクター対応予定）。学内シーズ：血友病の遺伝子治療、非臨床段階。""",
 mod="+viral_vector +gene_therapy", cap="+quality_control -clinical_supply", comp="-gmp",
 scale="+research -clinical", stage="+preclinical", site="+JP +JP-17"))
save("academic", R)

R = []
K = "vc"
R.append(row(K, 1, "en", """Hakone Life Science Partners (Marunouchi, Tokyo) — AMED-certified VC. Invests Seed–Series A in Japanese drug ventures: antibodies, nucleic acids, cell therapy. Ticket ¥100M–¥1bn; lead or co-lead. Not in scope: medtech, diagnostics.""",
 mod="+antibody +nucleic_acid +cell_therapy +therapeutics -medical_device -diagnostics",
 fund="+seed +series_a", cert="+amed_certified_vc", site="+JP +JP-13"))
R.append(row(K, 2, "ja", """みなとみらいバイオファンド（神奈川県横浜市）
投資対象：創薬ベンチャー（モダリティ不問）
投資ステージ：シリーズB・シリーズCに限定、IPO直前の追加投資にも対応
想定エグジット：IPO／M&A""",
 mod="+therapeutics", fund="+series_b +series_c -seed -series_a +ipo +m_and_a", site="+JP +JP-14"))
R.append(row(K, 3, "en", """Kitanomaru Capital — healthcare VC; offices in Sapporo and Tokyo. Focus: oncology, CNS. Rounds: Series A to Series C. AMED certification: applied for, not yet granted. Co-invests with regional banks in Hokkaido.""",
 fund="+series_a +series_b +series_c", cert="-amed_certified_vc", site="+JP +JP-01 +JP-13"))
R.append(row(K, 4, "ja", """株式会社せとうちメドテックキャピタル（岡山県岡山市）
医療機器・デジタルヘルス専門VC。医薬品（治療薬）への投資は行いません。シード・アーリー中心、1社あたり3,000万〜2億円。""",
 mod="+medical_device +digital_health -therapeutics", fund="+seed", site="+JP +JP-33"))
R.append(row(K, 5, "en", """Redwood Harbor Bio Ventures — US VC (Menlo Park, California) backing Japanese gene therapy and mRNA companies at Series A and Series B; board seat expected. No Japan office — deal flow via a Tokyo advisory firm.""",
 mod="+gene_therapy +mrna +therapeutics", fund="+series_a +series_b", site="+US +US-CA -JP"))
R.append(row(K, 6, "ja", """あすかファーマ・ベンチャーズ（大阪府大阪市中央区／製薬系CVC）
対象：低分子・ペプチド・核酸の創薬ベンチャー（非臨床〜第I相のアセット保有企業）。ラウンド：シリーズA／シリーズB。出口：親会社へのライセンスアウト、M&A。※AMED認定VCではありません。""",
 mod="+small_molecule +peptide +nucleic_acid +therapeutics", fund="+series_a +series_b +licence_out +m_and_a",
 cert="-amed_certified_vc", site="+JP +JP-27"))
R.append(row(K, 7, "en", """Tsurugi Crossover Fund (Tokyo / Singapore) — crossover investor; pre-IPO rounds only, into Japanese cell-therapy and regenerative-medicine companies with Phase 2+ assets. AMED-certified VC since 2023.""",
 mod="+cell_therapy +regenerative +therapeutics", fund="+ipo -seed -series_a -series_b -series_c",
 cert="+amed_certified_vc", site="+JP +JP-13 +SG"))
save("vc", R)
