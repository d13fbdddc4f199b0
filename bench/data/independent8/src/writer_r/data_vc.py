from lib import row
K = "vc"
ROWS = [
row("ja", K, """ファンド概要
1. 運営会社：あおばねライフサイエンスパートナーズ株式会社（東京都港区）。
2. AMED認定VC（創薬ベンチャーエコシステム強化事業）。
3. 投資対象：抗体医薬及び核酸医薬を開発する国内創薬ベンチャー。
4. 投資ステージ：シード及びシリーズA。
5. 医療機器・デジタルヘルス領域は投資対象外。""",
"m+ antibody nucleic_acid therapeutics | m- medical_device digital_health | f+ seed series_a | z+ amed_certified_vc | l+ JP JP-13"),

row("en", K, """Fund III — Investment policy.
1. Focus: cell and gene therapy companies in Japan and Korea.
2. Rounds: Series B and Series C only; seed and Series A investments are not made.
3. Exit: IPO on the TSE Growth market or trade sale (M&A).
4. Offices: Osaka and Seoul.""",
"m+ cell_therapy gene_therapy therapeutics | f+ series_b series_c ipo m_and_a | f- seed series_a | l+ JP JP-27 KR"),

row("ja", K, """【投資方針】
当ファンドは、がん領域及び中枢神経領域において革新的な治療薬を開発するアーリーステージの創薬ベンチャーへの投資を行います。
投資地域は日本国内に限定し、1社当たり1億円から10億円を投資。
運営拠点：京都市。""",
"m+ therapeutics | l+ JP JP-26"),

row("en", K, """Corporate venture capital unit — summary from the parent company's integrated report.
Investments are made in drug discovery start-ups and digital health start-ups from seed to Series A, with a strategic preference for licence-out deals to the parent company.
Medical device companies are excluded.
The unit is located in Chuo-ku, Tokyo.""",
"m+ therapeutics digital_health | m- medical_device | f+ seed series_a licence_out | l+ JP JP-13"),

row("ja", K, """投資方針の概要
1. バイオ・ヘルスケア分野のレイトステージ企業に対するプレIPOラウンドに限定した投資。
2. 主な投資対象：再生医療等製品及び低分子医薬品の開発企業。
3. 本社：大阪府大阪市北区。
4. 当社はAMED認定VCではない。""",
"m+ regenerative small_molecule therapeutics | f+ ipo | f- seed series_a series_b series_c | z- amed_certified_vc | l+ JP JP-27"),

row("en", K, """Investment thesis (slide text).
Problem: Japanese academic biology rarely becomes a US-listed company.
/ Solution: seed and Series A company creation around Japanese university IP, incorporated in Delaware.
/ Portfolio: nine companies in antibodies, ADCs and mRNA vaccines.
/ Team: Boston, Massachusetts, with a scouting office in Kyoto.
/ Ask: LPs for a USD 150 M Fund II.""",
"m+ antibody adc mrna vaccine therapeutics | f+ seed series_a | l+ US US-MA JP JP-26"),

row("en", K, """Summary of the certified VC (programme report).
1. The applicant was certified as an AMED-certified VC under the drug-venture ecosystem programme in 2023.
2. Investments are made in Series A to Series C rounds of therapeutic start-ups developing small molecules, peptides and oligonucleotides; medical devices and diagnostics are outside the fund's scope.
3. Exit routes: IPO, M&A or licence-out to pharmaceutical companies.
4. The fund is managed from Yokohama, Kanagawa.""",
"m+ small_molecule peptide nucleic_acid therapeutics | m- medical_device diagnostics | f+ series_a series_b series_c ipo m_and_a licence_out | z+ amed_certified_vc | l+ JP JP-14"),
]
