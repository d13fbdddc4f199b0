KIND = "vc"
ROWS = [
("en", """Sakura Bio Ventures is an AMED-certified venture capital firm based in Tokyo, investing at seed and Series A in
Japanese drug discovery startups. We focus on antibodies, nucleic acid drugs and cell therapy, and typically lead rounds of
300 million to 1.5 billion yen.""",
 "m+ therapeutics antibody nucleic_acid cell_therapy | f+ seed series_a | x+ amed_certified_vc | r+ JP JP-13"),
("ja", """みらい創薬ファンドは、大阪市に拠点を置くベンチャーキャピタルです。
シリーズAからシリーズCまでの創薬ベンチャーに投資し、IPOやM&Aによるエグジットを支援します。
医療機器やデジタルヘルスへの投資は行っていません。""",
 "m+ therapeutics | m- medical_device digital_health | f+ series_a series_b series_c ipo m_and_a | r+ JP JP-27"),
("en", """Northbridge Life Science Partners is a Boston venture firm with an investment team in Tokyo. We invest from
Series B to pre-IPO in clinical-stage biotech companies, with a focus on oncology and immunology.""",
 "f+ series_b series_c ipo | r+ US US-MA JP JP-13"),
("ja", """株式会社ひかりキャピタルは、アーリーステージのヘルスケアベンチャーに投資するVCです。
がん、中枢神経疾患、希少疾患の領域に注目しています。本社は京都市です。""",
 "r+ JP JP-26"),
("en", """Helix Seed Fund is a university-affiliated fund based in Sendai. We make seed-only investments of up to 100
million yen in spin-outs from Tohoku universities, across therapeutics, medical devices and diagnostics.""",
 "m+ therapeutics medical_device diagnostics | f+ seed | f- series_a series_b series_c ipo | r+ JP JP-04"),
("ja", """株式会社アスカ・ライフサイエンス投資は、AMED認定VCとして、創薬ベンチャーエコシステム強化事業の枠組みで創薬ベンチャーに投資しています。
シリーズAとシリーズBを中心に、低分子、中分子（ペプチド）、mRNA医薬のベンチャーに出資しています。
オフィスは東京都千代田区にあります。""",
 "m+ therapeutics small_molecule peptide mrna | f+ series_a series_b | x+ amed_certified_vc | r+ JP JP-13"),
("en", """Cobalt Crest Capital is a Singapore-based growth investor that participates in Series C and pre-IPO rounds of
Asian biopharma companies, including gene therapy and ADC developers. We are not AMED-certified and have no office in
Japan.""",
 "m+ therapeutics gene_therapy adc | f+ series_c ipo | x- amed_certified_vc | r+ SG | r- JP"),
("ja", """株式会社かがやきメドテックファンドは、医療機器とデジタルヘルスに特化したVCです。
医薬品（創薬）ベンチャーへの投資は行っていません。
シードからシリーズBまでを対象とし、福岡市に本社があります。""",
 "m+ medical_device digital_health | m- therapeutics | f+ seed series_a series_b | r+ JP JP-40"),
("en", """Evergreen Pharma Ventures is the Osaka-based corporate venture arm of a Japanese pharmaceutical company. We invest
in Series A and B rounds of startups working on cell therapy, gene therapy and regenerative medicine, and look for
licensing or M&A opportunities for our parent.""",
 "m+ therapeutics cell_therapy gene_therapy regenerative | f+ series_a series_b licence_out m_and_a | r+ JP JP-27"),
("ja", """三つ葉バイオパートナーズは、創薬ベンチャーのシード期からシリーズAまでを支援するVCです。
過去にはシリーズC以降のレイターステージにも投資していましたが、2022年の2号ファンド以降はアーリーに特化しています。
オフィスは横浜市です。""",
 "m+ therapeutics | f+ seed series_a | f- series_b series_c ipo | r+ JP JP-14"),
("en", """Tideway Impact Fund invests in diagnostics and digital health companies in Japan and Korea at Series A. We do not
invest in therapeutics. Our offices are in Tokyo and Seoul.""",
 "m+ diagnostics digital_health | m- therapeutics | f+ series_a | r+ JP JP-13 KR"),
("ja", """株式会社ソウゲン・ベンチャーズは、動物用医薬品とフードテックを中心に投資しています。
ヒト用医薬品への投資は行っていません。本社は北海道帯広市です。""",
 "m- therapeutics | r+ JP JP-01"),
("en", """Bluefin Biofund is a Tokyo-based, AMED-certified VC investing in drug discovery ventures from seed through Series
B. Our portfolio includes antibody, bispecific and CAR-T companies, and we co-invest with overseas funds in larger
rounds.""",
 "m+ therapeutics antibody bispecific car_t cell_therapy | f+ seed series_a series_b | x+ amed_certified_vc | r+ JP JP-13"),
("ja", """株式会社ナノハ・キャピタルは、大学発の創薬シーズを対象とするVCです。
シード段階で出資し、会社設立や経営者の派遣も行います。
AMED認定VCへの申請を準備中です。オフィスは大阪府吹田市にあります。""",
 "m+ therapeutics | f+ seed | x- amed_certified_vc | r+ JP JP-27"),
("en", """Riverstone Healthcare Partners is a crossover fund in London that buys shares in pre-IPO rounds and at IPO. We
invest only in pre-IPO and public companies, mainly those developing small-molecule and RNA therapeutics.""",
 "m+ therapeutics small_molecule nucleic_acid | f+ ipo | f- seed series_a series_b series_c | r+ GB"),
]
