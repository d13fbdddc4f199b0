START = {}
ROWS = [
("startup","en",
 "Our company is developing the first-in-class antibody for solid tumors, and now the lead program is in Phase 1 trial in Japan and US. "
 "The manufacturing of investigational drug is outsourced to a CDMO in Korea. "
 "We closed the Series B financing of 3 billion yen in 2025. Headquarters and laboratory: Kyoto.",
 "mod+ antibody | cap- clinical_supply | stage+ phase1 | fund+ series_b | site+ JP JP-26"),
("startup","ja",
 "当社はアンチセンス・オリゴヌクレオチドを用いた希少疾患向けRNA医薬を開発する、東京大学発のバイオベンチャーです。"
 "リードパイプラインは現在IND申請に向けた非臨床試験段階にあり、2026年のフェーズ1入りを目指しています。"
 "GLP毒性試験はCROに委託しており、治験薬製造のためのオリゴ核酸CDMOを現在探しています。",
 "mod+ nucleic_acid | cap- nonclinical_studies clinical_supply | comp- glp | stage+ preclinical"),
("startup","en",
 "We are developing the iPS cell-derived cardiomyocyte sheets for heart failure. "
 "The investigator-initiated clinical trial was completed, and now the company-sponsored Phase 2 trial is ongoing. "
 "Our own CPC in Osaka is manufacturing the products for our trial under GCTP, but we do not accept contract manufacturing from other companies.",
 "mod+ ips cell_therapy | cap- clinical_supply | comp+ gmp | stage+ phase2 | site+ JP JP-27"),
("pharma","ja",
 "当社は中枢神経領域を中心とした低分子新薬の研究開発型製薬企業です。"
 "探索研究から第3相臨床試験までの自社パイプラインを有し、2024年には当社初の自社創製品が国内で承認を取得しました。"
 "原薬および製剤の商用生産は国内CMOに委託しています。大阪市に本社および研究所を置き、東京証券取引所プライム市場に上場しております。",
 "mod+ small_molecule therapeutics | cap+ drug_discovery | cap- drug_substance formulation commercial_manufacturing | stage+ research preclinical phase1 phase2 phase3 approved | fund+ ipo | site+ JP JP-27"),
("startup","en",
 "Our company is a start-up developing the ADC with novel payload, spun out from Osaka University. "
 "The payload-linker is synthesized in our own laboratory, but we are looking for a CDMO for the GMP conjugation and fill-finish of the material for first-in-human study. "
 "We are in the stage of IND-enabling studies now.",
 "mod+ adc | cap- drug_substance fill_finish clinical_supply | comp- gmp | stage+ preclinical"),
("startup","ja",
 "当社は眼科領域におけるAAV遺伝子治療薬を開発しています。リード品はフェーズ1/2試験を米国で実施中です。 "
 "Vector manufacturing is done by a US CDMO. We raised Series A in 2023 and are now raising Series B. HQ: Tokyo; R&D lab: Boston, MA.",
 "mod+ gene_therapy viral_vector | cap- drug_substance | stage+ phase1 phase2 | fund+ series_a series_b | site+ JP JP-13 US US-MA"),
("pharma","en",
 "Our company is a mid-size pharmaceutical company in Toyama, manufacturing generic and new drugs of oral solid dosage form. "
 "We are performing the formulation development and commercial production of tablets in our own plant. "
 "Biologics are not in our business area. Recently we are looking for in-licensing of Phase 2 assets from overseas ventures.",
 "mod+ therapeutics | cap+ formulation commercial_manufacturing | site+ JP JP-16"),
("startup","ja",
 "当社は次世代mRNAワクチンを開発するスタートアップです。独自の脂質ナノ粒子（LNP）テクノロジーを保有し、感染症ワクチンのパイプラインは非臨床段階、がんワクチンはリサーチ段階にあります。"
 "シードラウンドで5億円の資金調達を完了し、現在シリーズAラウンドを準備中です。"
 "治験薬製造にあたっては、国内のmRNA CDMOを探しています。",
 "mod+ mrna vaccine | cap- clinical_supply | stage+ research preclinical | fund+ seed series_a"),
("pharma","en",
 "We are a pharmaceutical company with three marketed antibody products. "
 "Our Gunma plant is manufacturing our own products, and since 2023 we are also accepting the contract manufacturing of antibodies from other companies, using 2 x 12,000 L bioreactors. "
 "It is possible to do from cell culture to filling.",
 "mod+ antibody | cap+ upstream downstream drug_substance formulation fill_finish commercial_manufacturing | scale+ commercial | stage+ approved | site+ JP JP-10"),
("startup","ja",
 "当社は固形がんを対象とした次世代CAR-T細胞療法を開発する京都発のバイオベンチャーです。"
 "リード品は医師主導治験（第1相）を実施中であり、当社自身はリサーチおよび非臨床研究を担っております。"
 "レンチウイルスベクターは外部から購入し、治験用の細胞製造は大学病院のCPCで行われています。",
 "mod+ car_t cell_therapy | mod- viral_vector | cap+ nonclinical_studies | cap- clinical_supply | stage+ phase1"),
("startup","en",
 "Our company is discovering macrocyclic peptide drugs by using our own display platform. "
 "Our business model is the out-licensing of candidates to global pharma, and two programs were already licensed; current pipeline is three programs in lead optimization and one in IND-enabling studies. "
 "We do not have own manufacturing, and GMP peptide is purchased from a CDMO. Office and laboratory: Kawasaki.",
 "mod+ peptide | cap+ drug_discovery | cap- drug_substance clinical_supply commercial_manufacturing | comp- gmp | stage+ research preclinical | fund+ licence_out | site+ JP JP-14"),
("startup","ja",
 "当社はリキッドバイオプシーを用いたがん早期診断薬の開発を行うスタートアップです。治療薬の開発は行っておりません。"
 "現在、臨床性能試験を実施中であり、シリーズCラウンドの資金調達をクローズいたしました。検査ラボは千葉県柏市の柏の葉キャンパスにございます。",
 "mod+ diagnostics | mod- therapeutics | fund+ series_c | site+ JP JP-12"),
("startup","en",
 "Our company obtained the conditional and time-limited approval of an MSC product for spinal cord injury in Japan in 2023. "
 "We are performing the manufacturing of the commercial product in our own facility in Sapporo, and the Phase 3 trial in US is being prepared. "
 "Our shares are listed on TSE Growth market.",
 "mod+ msc cell_therapy | cap+ commercial_manufacturing | stage+ approved | fund+ ipo | site+ JP JP-01"),
("startup","ja",
 "当社は創薬ベンチャーエコシステム強化事業の採択企業として、線維症を対象とした低分子化合物の非臨床開発を進めております。"
 "ヒット化合物の探索はAIプラットフォームを用いて自社で実施し、化合物合成はCROに委託しています。",
 "mod+ small_molecule | cap+ drug_discovery | stage+ preclinical | cert+ amed_supported_venture"),
("pharma","en",
 "Our company is a vaccine maker with a history of 70 years, manufacturing and supplying influenza and pediatric vaccines to Japanese market. "
 "We are developing an mRNA vaccine for RSV, which is now in Phase 1, and the mRNA production facility in Hokkaido will be completed in 2027. "
 "Until then, the clinical materials are manufactured by the partner in Germany.",
 "mod+ vaccine mrna | cap+ drug_substance commercial_manufacturing | cap- clinical_supply | stage+ phase1 approved | site- JP-01"),
]
