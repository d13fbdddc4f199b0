START = {}
ROWS = [
("cdmo","en",
 "Our company is performing the contract manufacturing of monoclonal antibodies at Kobe plant. "
 "We can correspond to all steps from cell line construction to drug substance, and it is possible to do process development and analytical method development in parallel. "
 "Single-use bioreactors of 200 L, 500 L and 2,000 L are installed, and GMP manufacturing of investigational drug for Phase 1 to Phase 3 is performed. "
 "Fill and finish is done by our partner company in Osaka.",
 "mod+ antibody | cap+ cell_line_development upstream downstream drug_substance process_development analytical_development clinical_supply | cap- fill_finish | comp+ gmp | scale+ clinical | site+ JP JP-28"),
("cdmo","ja",
 "ファルコネット・バイオロジクス株式会社は、マンマリアンセル・カルチャーをベースとしたバイオロジクスのエンドツーエンド・ソリューションを提供いたします。"
 "セルラインデベロップメントからアップストリーム・プロセス、ダウンストリーム・プロセスを経て、GMP準拠のドラッグサブスタンス製造までのワンストップ・サービスが可能です。"
 "千葉県柏市のマニュファクチャリング・サイトでは、2,000Lステンレス・バイオリアクター4基によるコマーシャル・スケール生産に対応しています。"
 "なお、ドラッグプロダクトのフィル・フィニッシュは現在建設中の新棟にて2027年より開始予定です。",
 "cap+ cell_line_development upstream downstream drug_substance commercial_manufacturing | cap- fill_finish | comp+ gmp | scale+ commercial | site+ JP JP-12"),
("cdmo","en",
 "We are manufacturing the active pharmaceutical ingredients of small molecule under GMP in Toyama factory since 1978. "
 "Our reactors are 100 L, 1,000 L and 4,000 L glass-lined, and the annual capacity is about 30 tons. "
 "It is possible to do process research and scale-up, and also the stability test by ICH guideline. "
 "Peptide and oligonucleotide are not handled in our company.",
 "mod+ small_molecule | mod- peptide nucleic_acid | cap+ drug_substance process_development quality_control | comp+ gmp | scale+ commercial | site+ JP JP-16"),
("cdmo","ja",
 "当社は固相合成法および液相合成法によるペプチド原薬の受託製造を行っております。"
 "バッチサイズは数グラムの研究用から最大50kgまで対応可能でございます。GMP製造は滋賀工場で実施しております。 "
 "Summary: Non-GMP research grade synthesis is also available. Conjugation to antibodies (ADC) is not offered.",
 "mod+ peptide | mod- adc | cap+ drug_substance | comp+ gmp | scale+ research clinical | site+ JP JP-25"),
("cdmo","en",
 "Our company can correspond to the synthesis of oligonucleotides such as antisense and siRNA, from milligram for screening to kilogram for clinical trial. "
 "The GMP building in Shizuoka was completed in 2024, and we started the supply of investigational drug substance for Phase 1. "
 "The commercial scale line is now under construction and will be operated from 2028. "
 "Analytical method development and release test is also performed in-house.",
 "mod+ nucleic_acid | cap+ drug_substance clinical_supply analytical_development quality_control | cap- commercial_manufacturing | comp+ gmp | scale+ research non_clinical clinical | scale- commercial | site+ JP JP-22"),
("cdmo","ja",
 "再生医療等製品および細胞治療製品の受託製造サービスをご提供いたします。"
 "当社の大阪・中之島セルプロセッシング・センターは、GCTP省令に準拠したクリーンルーム・ファシリティです。"
 "CAR-T細胞、間葉系幹細胞（MSC）の治験製品製造の実績がございます。"
 "レンチウイルスベクターはパートナー企業から供給を受けております。",
 "mod+ regenerative cell_therapy car_t msc | mod- viral_vector | cap+ clinical_supply | comp+ gmp | site+ JP JP-27"),
("cdmo","en",
 "We are the contract developer and manufacturer of AAV vector for gene therapy. "
 "It is possible to do the plasmid transfection in HEK293 suspension cells up to 500 L, and the purification by affinity chromatography and ultracentrifuge. "
 "The plasmids are purchased from an outside supplier. "
 "Our GMP facility is located in Kawasaki, and the fill-finish of the vector into vials is also possible in-house.",
 "mod+ gene_therapy viral_vector | cap+ upstream downstream drug_substance fill_finish | cap- plasmid | comp+ gmp | scale+ clinical | site+ JP JP-14"),
("cdmo","ja",
 "mRNA-LNPのエンドツーエンドCDMOサービスを提供いたします。"
 "インビトロ・トランスクリプション（IVT）、キャッピング、精製からLNPフォーミュレーション、無菌充填までを、神奈川県藤沢市のプロセス開発ラボにてワンサイトで実施可能です。"
 "福岡県久留米市の新GMPファシリティは2026年下期に稼働予定であり、現在はノンGMPグレードの研究用・毒性試験用ロットのみをご提供しております。治験薬製造は新ファシリティ稼働後の開始となります。"
 "プラスミドDNAの製造は提携先に委託しています。",
 "mod+ mrna | cap+ downstream formulation fill_finish process_development | cap- plasmid clinical_supply | comp- gmp | scale+ research non_clinical | scale- clinical commercial | site+ JP JP-14 | site- JP-40"),
("cdmo","en",
 "Our company is specializing in aseptic fill and finish of injectable products only. "
 "We are performing the filling of vials and prefilled syringes in the isolator line at Gunma plant, under GMP of Japan, EU and US. "
 "Drug substance manufacturing is not performed, and the customers supply the bulk. "
 "It is possible to correspond from clinical batches of several hundred vials to commercial lots of 200,000 vials.",
 "cap+ fill_finish clinical_supply commercial_manufacturing | cap- drug_substance | comp+ gmp | scale+ clinical commercial | site+ JP JP-10"),
("cdmo","ja",
 "当社はバイオ医薬品に特化したアナリティカル・サービス・プロバイダーです。"
 "抗体およびADCのキャラクタリゼーション、分析法バリデーション、GMP準拠のリリース試験およびスタビリティ試験を提供いたします。"
 "製造は行っておりません。ラボ所在地：東京都江東区。",
 "mod+ antibody adc | cap+ analytical_development quality_control | cap- drug_substance clinical_supply commercial_manufacturing | comp+ gmp | site+ JP JP-13"),
("cdmo","en",
 "It is possible to do the conjugation of payload-linker to antibody in our high potent containment suite of Yamaguchi. "
 "The antibody intermediate is supplied by the client, and we are not manufacturing the antibody. "
 "Our company can correspond to the scale from 10 g to 2 kg of conjugate per batch for toxicology study and clinical study, under cGMP.",
 "mod+ adc | mod- antibody | cap+ drug_substance clinical_supply | comp+ gmp | scale+ non_clinical clinical | site+ JP JP-35"),
("cdmo","ja",
 "大腸菌および酵母を用いた組換えタンパク質の受託生産を山形県鶴岡市の工場にて行っています。"
 "菌株構築から発酵、精製、原薬製造までを一貫して実施いたします。発酵槽は30L、300L、3,000Lを保有しています。 "
 "In English: production for commercial supply is possible in the 3,000 L fermenter. Filling is outsourced to an external CMO.",
 "mod+ protein | cap+ cell_line_development upstream downstream drug_substance commercial_manufacturing | cap- fill_finish | scale+ research clinical commercial | site+ JP JP-06"),
("cdmo","en",
 "We are providing the contract manufacturing of iPS cell-derived products. "
 "Our cell processing facility in Kyoto is operated under the Act on the Safety of Regenerative Medicine, and the manufacturing for clinical research at hospitals is performed. "
 "GMP manufacturing for corporate clinical trials is planned after the expansion in 2027.",
 "mod+ ips cell_therapy | cap- clinical_supply | comp- gmp | site+ JP JP-26"),
("cdmo","ja",
 "当社は韓国・仁川の自社メガプラント（総培養容量120,000L）において、抗体医薬品のコマーシャル生産を提供いたします。"
 "日本国内には東京オフィスのみを置き、お客様とのコミュニケーション窓口としての機能を担っております。",
 "mod+ antibody | cap+ drug_substance commercial_manufacturing | scale+ commercial | site+ KR | site- JP JP-13"),
("cdmo","en",
 "We are manufacturing plasmid DNA as a starting material for AAV and mRNA programs of our customers. "
 "High quality grade and GMP grade are available, and the fermentation scale is up to 300 L. "
 "Our company does not manufacture the viral vector itself. The plant is in Tsukuba.",
 "mod- viral_vector | cap+ plasmid | comp+ gmp | scale+ clinical | site+ JP JP-08"),
("cdmo","ja",
 "高薬理活性（HPAPI）低分子原薬の受託製造をご提供いたします。岡山工場にはOEB5対応のコンテインメント設備を完備しております。 "
 "Clinical supply from Phase 1 to Phase 2 is our main business. Commercial manufacturing is carried out by our sister company in India.",
 "mod+ small_molecule | cap+ drug_substance clinical_supply | cap- commercial_manufacturing | scale+ clinical | site+ JP JP-33"),
("cdmo","en",
 "Our company can correspond to the LNP formulation development and manufacturing for nucleic acid and mRNA medicines. "
 "We are performing the microfluidic mixing from screening scale to the batches for GLP toxicology study, and sterile filling into vials is possible for these non-clinical lots. "
 "mRNA drug substance is not synthesized by us; the customers provide it. "
 "Clinical GMP batches are not yet possible. Our laboratory is in Kobe.",
 "mod+ mrna nucleic_acid | cap+ formulation fill_finish | cap- drug_substance clinical_supply | comp- gmp | scale+ research non_clinical | scale- clinical | site+ JP JP-28"),
("cdmo","ja",
 "ヒト化抗体および二重特異性抗体の研究用・非臨床用タンパク質生産をご提供いたします。"
 "トランジェント・エクスプレッション（一過性発現）により、最大200Lまでのスケールに対応可能です。"
 "GMP製造はパートナーCDMOにて実施いたします。ラボは横浜市鶴見区にございます。",
 "mod+ antibody bispecific | cap+ upstream | cap- clinical_supply commercial_manufacturing | comp- gmp | scale+ research non_clinical | site+ JP JP-14"),
("cdmo","en",
 "We are manufacturing the inactivated vaccines and recombinant protein vaccines under GMP in Kumamoto for over 40 years. "
 "Our company can correspond to the contract manufacturing of clinical trial lots and commercial supply, including the formulation with adjuvant and the filling into vials and syringes. "
 "The adjuvant itself is purchased from an overseas supplier.",
 "mod+ vaccine protein | cap+ drug_substance clinical_supply commercial_manufacturing formulation fill_finish | cap- adjuvant | comp+ gmp | scale+ clinical commercial | site+ JP JP-43"),
("cdmo","ja",
 "レンチウイルスベクターおよびAAVベクターのGMP製造を提供いたします。"
 "宮城県仙台市のファシリティにて、ベクター生産培養から精製、ベクター原薬、充填までのインテグレーテッド・サービスが可能です。"
 "細胞加工（CAR-T細胞の製造）は当社では実施しておらず、グループ会社が担当しております。",
 "mod+ viral_vector | mod- car_t cell_therapy | cap+ upstream downstream drug_substance formulation fill_finish | comp+ gmp | site+ JP JP-04"),
("cdmo","en",
 "Our company was manufacturing peptide APIs until 2021, but now we are concentrating to the oligonucleotide. "
 "Current capacity is up to 5 kg per batch under GMP, and it is possible to supply for Phase 1 and Phase 2 clinical trials. "
 "Hiroshima plant is our only manufacturing site.",
 "mod+ nucleic_acid | mod- peptide | cap+ drug_substance clinical_supply | comp+ gmp | scale+ clinical | site+ JP JP-34"),
("cdmo","ja",
 "当社は栃木県のバイオ医薬品製造拠点において、500Lから10,000Lまでのステンレスおよびシングルユース培養設備を運用しています。"
 "プロセス開発、スケールアップ、テクノロジー・トランスファーから商用生産までのトータル・ソリューションを提供いたします。"
 "製剤・充填工程は自社では対応しておりません。",
 "cap+ upstream process_development commercial_manufacturing | cap- formulation fill_finish | scale+ clinical commercial | site+ JP JP-09"),
("cdmo","en",
 "We are performing the contract synthesis of small molecule intermediates and APIs in our Chiba plant, and the batch size is 50 kg to 500 kg. "
 "Our company is also planning the acquisition of a plant in Ireland in 2027. "
 "Peptide synthesis can be corresponded on request by using our own solid phase equipment.",
 "mod+ small_molecule peptide | cap+ drug_substance | scale+ clinical commercial | site+ JP JP-12 | site- IE"),
("cdmo","ja",
 "間葉系幹細胞（MSC）を用いた再生医療等製品の商用製造を受託しております。 "
 "Our company has a GCTP-compliant CPC in Kobe, and the approved product of a client is manufactured there. "
 "Release testing (sterility, mycoplasma, endotoxin) is performed in-house.",
 "mod+ msc cell_therapy regenerative | cap+ commercial_manufacturing quality_control | comp+ gmp | scale+ commercial | site+ JP JP-28"),
("cdmo","en",
 "Our company is a global CDMO with its headquarters and plant in the Boston area. "
 "The mRNA drug substance and the LNP formulation are manufactured in our Massachusetts site, from GLP toxicology lots to clinical trial material and commercial supply. "
 "The Japanese office in Tokyo is for sales and project management only.",
 "mod+ mrna | cap+ drug_substance formulation clinical_supply commercial_manufacturing | scale+ non_clinical clinical commercial | site+ US US-MA | site- JP JP-13"),
("cdmo","ja",
 "CHO細胞を用いた高生産性セルライン開発サービスをご提供いたします。"
 "独自のトランスポゾン・ベクター・システムにより、約4ヶ月でリサーチ・セル・バンク（RCB）の作製が可能です。樹立した生産細胞株はライセンス提供も可能です。"
 "GMP製造は行っておらず、MCB製造以降はお客様が指定するCDMOへテクノロジー・トランスファーいたします。大阪府吹田市のラボで実施しております。",
 "cap+ cell_line_development cell_line | cap- drug_substance clinical_supply commercial_manufacturing | comp- gmp | site+ JP JP-27"),
("cdmo","en",
 "We have been supplying the peptide drug substances for marketed GLP-1 analogue products since 2015, under GMP. "
 "The liquid phase synthesis line has the capacity of 3 tons per year. "
 "It is possible to do also the small batches for Phase 1 in our pilot plant of Shizuoka. Formulation is done by a partner company.",
 "mod+ peptide | cap+ drug_substance commercial_manufacturing clinical_supply | cap- formulation | comp+ gmp | scale+ clinical commercial | site+ JP JP-22"),
("cdmo","ja",
 "AAV遺伝子治療用ベクターのCDMO事業を2027年4月より開始予定です。"
 "現在、茨城県つくば市にてGMP製造棟を建設中であり、竣工後は最大2,000Lのシングルユース・バイオリアクターにより臨床用から商用までの製造を提供いたします。"
 "現時点では分析法開発サービスのみを先行してご提供しています。",
 "mod- viral_vector gene_therapy | cap+ analytical_development | cap- clinical_supply commercial_manufacturing | comp- gmp | scale- clinical commercial | site- JP-08"),
]
