START = {}
ROWS = [
("supplier","ja",
 "当社はバイオプロセス向けシングルユース・バッグ、チューブ、コネクタのトータル・ソリューションを提供いたします。"
 "2Dバッグは50mLから50L、3Dバッグは最大3,000Lまでのラインナップをご用意しております。"
 "製品はすべてISO 13485認証を取得した静岡工場のクリーンルームにて製造しております。",
 "cap+ single_use_bag tube connector | scale+ research clinical commercial | site+ JP JP-22"),
("supplier","en",
 "Our company is manufacturing the serum-free and chemically defined culture media for CHO and HEK293 cells. "
 "GMP-grade media for clinical and commercial production and research-grade media in small pack are available. "
 "The production plant is in Kumamoto, and the powder media can be supplied also in 1,000 L batch.",
 "cap+ culture_medium | comp+ gmp | scale+ research clinical commercial | site+ JP JP-43"),
("supplier","ja",
 "mRNA-LNP向けのイオン化脂質、PEG脂質、ヘルパー脂質をGMPグレードで製造・供給しております。"
 "当社はLNP製剤化およびmRNA原薬の受託製造は行っておりません。"
 "研究用のグラムスケールから商用向けのキログラムスケールまで、兵庫県姫路市の工場より供給可能です。",
 "mod- mrna | cap+ lipid | cap- formulation drug_substance | comp+ gmp | scale+ research non_clinical clinical commercial | site+ JP JP-28"),
("supplier","en",
 "We are developing and manufacturing the Protein A affinity resins and ion exchange resins for antibody purification. "
 "Our resins are used in the commercial production at many CDMOs in Japan and Korea. "
 "Our factory is in Niigata, and the sales in Europe is done through distributors only.",
 "cap+ chromatography_resin | scale+ commercial | site+ JP JP-15"),
("supplier","ja",
 "シングルユース・バイオリアクター（ワーキングボリューム50L〜2,000L）、およびシングルユースpHセンサー、DOセンサーを製造・販売しております。 "
 "Stainless steel tanks are not manufactured by us; we resell them from a partner. A demonstration lab in Yokohama is open for customer trials.",
 "cap+ bioreactor sensor | scale+ clinical | site+ JP JP-14"),
("supplier","en",
 "Our company supplies the raw materials for mRNA manufacturing: T7 RNA polymerase, capping enzyme, cap analogs, and linearized plasmid DNA template. "
 "All enzymes are produced in-house under GMP in Kyoto. "
 "Nucleotides (NTPs) are not in our product line, and we purchase them from a partner.",
 "cap+ enzyme cap_reagent plasmid | cap- reagent | comp+ gmp | site+ JP JP-26"),
("supplier","ja",
 "注射剤用のガラスバイアル、ポリマーバイアルおよびゴム栓をご提供いたします。"
 "RTU（レディ・トゥ・ユース）滅菌済みバイアルは、臨床用の少量ロットから商用の大ロットまで三重工場より供給可能です。"
 "充填サービスはご提供しておりません。",
 "cap+ vial | cap- fill_finish | scale+ clinical commercial | site+ JP JP-24"),
("supplier","en",
 "Our company is providing the cryogenic logistics service for cell and gene therapy products, with LN2 dry shippers and real-time temperature monitoring. "
 "The depots are located at Narita airport and Kansai airport (Izumisano, Osaka). "
 "A GMP-compliant storage warehouse is now under construction.",
 "cap+ cold_chain | comp- gmp | site+ JP JP-12 JP-27"),
("supplier","ja",
 "細胞培養容器（マルチレイヤー・フラスコ、多段式セルファクトリー型容器）およびシリンジフィルターを製造・販売しております。"
 "本製品は研究用途専用であり、臨床用途および製造用途にはご使用いただけません。製造拠点：埼玉県川越市。",
 "cap+ culture_vessel filter | scale+ research | scale- non_clinical clinical commercial | site+ JP JP-11"),
("supplier","en",
 "We are licensing our CHO-K1 derived host cell line for the production of antibodies and recombinant proteins, with a royalty-free option. "
 "Cell line development using the host is done by our customers, and our company does not provide cell line development service. "
 "Single-use mixers for media and buffer preparation from 100 L to 1,000 L are also offered from our head office in Osaka.",
 "cap+ cell_line mixer | cap- cell_line_development | scale+ clinical | site+ JP JP-27"),
("university","ja",
 "本学の細胞加工施設（CPC）は、医師主導治験に用いる再生医療等製品のGMP製造を支援しています。"
 "iPS細胞由来網膜色素上皮細胞のシーズは、現在第1/2相の医師主導治験を実施中です。"
 "施設は神戸キャンパス内にあり、企業との共同研究も受け付けております。",
 "mod+ regenerative ips cell_therapy | cap+ clinical_supply | comp+ gmp | stage+ phase1 phase2 | site+ JP JP-28"),
("research_institute","en",
 "Our institute is providing the antibody discovery by phage display and single B-cell cloning technology to academic and industry partners. "
 "The produced antibodies are for research use only, and we do not manufacture under GMP. "
 "The institute is in Wako, Saitama.",
 "mod+ antibody | cap+ drug_discovery | cap- clinical_supply commercial_manufacturing | comp- gmp | scale+ research | scale- non_clinical clinical commercial | site+ JP JP-11"),
("university","ja",
 "本研究室は、神経変性疾患を対象としたアンチセンス核酸医薬のシーズを有しています。"
 "現在はマウスでのPOC取得段階にあり、非臨床試験の実施に向けて企業パートナーおよびライセンス導出先を探しております。所在地：東北大学（仙台市青葉区）。",
 "mod+ nucleic_acid | stage+ research | fund+ licence_out | site+ JP JP-04"),
("research_institute","en",
 "Our foundation institute is performing the GLP toxicity studies and safety pharmacology studies for domestic pharmaceutical companies for 30 years. "
 "Since 2025, the studies of gene therapy vectors in the biosafety level 2 area are also accepted. "
 "We are located in Hadano, Kanagawa.",
 "mod+ gene_therapy viral_vector | cap+ nonclinical_studies | comp+ glp | site+ JP JP-14"),
("university","en",
 "Our center is a university-affiliated hub performing vaccine and adjuvant research, from basic research to non-clinical studies. "
 "GMP manufacturing of clinical lots is not available in our center, and it is done by a partner CDMO. "
 "（概要）大阪府吹田市のキャンパス内に位置するワクチン研究拠点です。",
 "mod+ vaccine | cap+ nonclinical_studies | cap- clinical_supply | comp- gmp | stage+ research preclinical | site+ JP JP-27"),
("vc","ja",
 "当社はAMED認定VC（創薬ベンチャーエコシステム強化事業）として、国内の創薬ベンチャーに対するシードおよびシリーズAラウンドのリード・インベストメントを行っております。"
 "注力モダリティは低分子、抗体、核酸です。オフィス：東京都中央区日本橋。",
 "mod+ therapeutics small_molecule antibody nucleic_acid | fund+ seed series_a | cert+ amed_certified_vc | site+ JP JP-13"),
("vc","en",
 "We are investing in the companies of oncology and immunology area from Series A to Series C. "
 "Our fund size is 20 billion yen, and our offices are in Tokyo and San Francisco. "
 "We are not an AMED-certified VC.",
 "fund+ series_a series_b series_c | cert- amed_certified_vc | site+ JP JP-13 US US-CA"),
("vc","ja",
 "医療機器およびデジタルヘルス領域のスタートアップに特化したベンチャーキャピタルです。"
 "創薬ベンチャーへの投資は行っておりません。シードからシリーズBまでを投資対象としております。京都オフィスを拠点に活動しています。",
 "mod+ medical_device digital_health | mod- therapeutics | fund+ seed series_a series_b | site+ JP JP-26"),
("vc","en",
 "Our fund is specialized in the crossover investment only, at the pre-IPO and public stage of drug discovery ventures. "
 "Seed and early rounds are not our target. Office: Osaka.",
 "mod+ therapeutics | fund+ ipo | fund- seed series_a series_b series_c | site+ JP JP-27"),
("vc","ja",
 "製薬企業のコーポレート・ベンチャー・キャピタル（CVC）として、細胞治療、遺伝子治療、ADCの領域における国内外のスタートアップに投資しております。 "
 "Investment stage: Series A and Series B. We are preparing to apply for AMED certification. Offices: Tokyo and Boston, MA.",
 "mod+ cell_therapy gene_therapy adc therapeutics | fund+ series_a series_b | cert- amed_certified_vc | site+ JP JP-13 US US-MA"),
("vc","en",
 "Our company is performing the hands-on investment for early stage biotech companies, mainly the university spin-outs from Kyushu area. "
 "Also we are supporting the licensing-out of university seeds to pharmaceutical companies as our business. "
 "Our office is located in Fukuoka city.",
 "fund+ licence_out | site+ JP JP-40"),
("vc","ja",
 "創薬ベンチャーへのレイターステージ投資を行うグロース・ファンドです。"
 "投資ラウンドはシリーズBおよびシリーズCに限り、シードおよびシリーズAへの投資は行いません。"
 "抗体医薬および再生医療のカンパニーが主なポートフォリオであり、M&AによるExitを主に目指しております。東京・虎ノ門オフィス。",
 "mod+ therapeutics antibody regenerative | fund+ series_b series_c m_and_a | fund- seed series_a ipo | site+ JP JP-13"),
]
