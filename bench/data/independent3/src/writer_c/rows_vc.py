from common import L
K = "vc"
ROWS = [
("en", K, "We are a Tokyo VC, AMED-certified, and we invest in drug discovery ventures from seed to Series A, mostly university spin-outs. Our first check is 100 to 500 million yen. We don't do medtech or digital health.",
 L(m="therapeutics | medical_device digital_health", si="JP-13 JP", f="seed series_a", ce="amed_certified_vc")),
("en", K, "Our fund is based in Boston and Tokyo. We lead Series B and Series C rounds of biotechs with clinical-stage assets, antibodies and RNA therapeutics mostly, and sometimes join pre-IPO crossover rounds. We are not AMED-certified — we did not apply.",
 L(m="antibody nucleic_acid therapeutics", si="US US-MA JP-13 JP", f="series_b series_c ipo", ce="| amed_certified_vc")),
("en", K, "Honestly we are a generalist healthcare VC, and we invest only at seed — pre-seed and seed — in the Kansai region: medical devices, diagnostics, and a few drug ventures. Our office is in Kyoto Research Park.",
 L(m="medical_device diagnostics therapeutics", si="JP-26 JP", f="seed | series_a series_b series_c ipo")),
("en", K, "We are the CVC of a chemical company. Our interest is oncology and CNS, and we look at companies from Series A to Series C. This year we are preparing our application for AMED certification. The office is in Doshomachi, Osaka.",
 L(si="JP-27 JP", f="series_a series_b series_c", ce="| amed_certified_vc")),
("ja", K, "当社は東京のVCで、AMED認定VCです。シリーズAからシリーズCまでの創薬ベンチャー、特に抗体・ADC・核酸のモダリティに投資しています。医療機器への投資はしていません。",
 L(m="antibody adc nucleic_acid therapeutics | medical_device", si="JP-13 JP", f="series_a series_b series_c", ce="amed_certified_vc")),
("ja", K, "うちは再生医療・細胞治療のスタートアップに特化したファンドで、出資はシードとシリーズAのみです。イグジットはM&Aが中心。拠点は神戸と東京にあります。",
 L(m="regenerative cell_therapy therapeutics", si="JP-28 JP-13 JP", f="seed series_a m_and_a | series_b series_c ipo")),
("ja", K, "地方銀行系のVCで、九州の大学発ベンチャーに投資しています。ライフサイエンスはヘルスケア全般を見ていて、アーリーステージが中心です。AMED認定は受けていません。事務所は福岡市。",
 L(si="JP-40 JP", ce="| amed_certified_vc")),
]
