ROWS = [
("en", "vc", """
Met a partner of Hayate Bio Partners (offices in Tokyo and Boston, MA). AMED-certified VC.
Seed and Series A in therapeutics – antibodies, cell therapy. No medtech.
Lead or co-lead, tickets ¥100-500M.
""", "m+ therapeutics antibody cell_therapy | m- medical_device | f+ seed series_a | cert+ amed_certified_vc | loc+ JP JP-13 US US-MA"),

("ja", "vc", """
【商談メモ】なにわライフサイエンス・キャピタル（大阪）
独立系VC。オンコロジー・中枢神経領域に特化（モダリティは問わない）とのこと。
シリーズB・Cが中心で、シードはやらない。
""", "f+ series_b series_c | f- seed | loc+ JP JP-27"),

("en", "vc", """
Nihonbashi Materials Ventures – CVC of a chemicals group, office in Nihonbashi, Tokyo.
Invests in parts/materials and digital health startups; no drug developers.
Series A-B; exits mostly via M&A by the parent, apparently.
""", "m+ digital_health | m- therapeutics | f+ series_a series_b m_and_a | loc+ JP JP-13"),

("ja", "vc", """
面談記録：丸の内クロスオーバー・パートナーズ（東京・丸の内）
AMED認定VC。核酸・遺伝子治療の創薬ベンチャーに投資。
プレIPO／クロスオーバーラウンドのみとのこと。
""", "m+ therapeutics nucleic_acid gene_therapy | f+ ipo | f- seed series_a series_b series_c | cert+ amed_certified_vc | loc+ JP JP-13"),

("ja", "vc", """
【CRM】博多バイオベンチャーズ（福岡）
九州のバイオ・ヘルスケア企業が対象の地方VC。シード〜シリーズA。
AMED認定VCではない。
""", "f+ seed series_a | cert- amed_certified_vc | loc+ JP JP-40"),

("en", "vc", """
Merlion Vax Capital – Singapore VC, no Japan office (Japan covered from SG).
Early-stage, typically the first institutional money in. mRNA and vaccines.
Exits through licence-out deals, they said.
""", "m+ mrna vaccine therapeutics | f+ licence_out | loc+ SG | loc- JP"),

("ja", "vc", """
面談記録：鴨川イノベーション投資（京都）
大学系VC。大学発の再生医療・細胞治療ベンチャーに、シード・シリーズAで出資。
シリーズCやプレIPOには参加しないとのこと。
""", "m+ regenerative cell_therapy therapeutics | f+ seed series_a | f- series_c ipo | loc+ JP JP-26"),
]
