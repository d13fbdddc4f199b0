from lib import row
K = "cdmo"
ROWS = [
row("ja", K, """【事業の内容】1. 当社グループの事業は、抗体医薬品及びFc融合タンパク質を対象とした受託開発製造（CDMO）事業の単一セグメントであります。
2. 神奈川県川崎市の本社工場では、CHO細胞を用いた細胞株構築から、200 L～2,000 Lのシングルユースバイオリアクターによる生産培養、精製工程までの一貫受託体制が整備されております。
3. 治験薬のGMP製造に加え、2028年度からは商用生産棟の稼働が予定されております。
4. なお、無菌充填工程は協力会社である関西地区の充填専門会社に委託しております。""",
"m+ antibody protein | c+ cell_line_development upstream downstream clinical_supply | c- commercial_manufacturing fill_finish | g+ gmp | s+ clinical | s- commercial | l+ JP JP-14"),

row("en", K, """3.2 Dependence on third-party fill-finish providers.
Drug substance for monoclonal and bispecific antibodies is manufactured by the Company under GMP at its facility in Kobe, Hyogo, in 500 L and 2,000 L stainless-steel bioreactors, both for clinical trials and for two marketed products of its partners.
Aseptic filling, lyophilisation and labelling are not performed in-house and are entrusted to contract fill-finish organisations in Ireland and Germany; any disruption at these providers could delay the release of clinical and commercial batches.
Process development and analytical method development are carried out in the Company's development laboratory adjacent to the plant.""",
"m+ antibody bispecific | c+ drug_substance upstream clinical_supply commercial_manufacturing process_development analytical_development | c- fill_finish | g+ gmp | s+ clinical commercial | l+ JP JP-28"),

row("ja", K, """採択事業の概要
1. 事業名：「iPS細胞由来心筋細胞シートの治験製品製造体制の構築」。
2. 実施機関：京都府内に細胞培養加工施設（CPC）を有する再生医療等製品の受託製造企業、GMP（GCTP省令）準拠の製造管理・品質管理体制を整備済み。
3. 実施内容：iPS細胞からの分化誘導工程の自動化及び出荷試験法の確立。
4. 留意事項：レンチウイルスベクター等の遺伝子導入用ベクターの自社製造は行わず、全量を外部から調達。""",
"m+ ips regenerative | m- viral_vector | c+ clinical_supply process_development analytical_development | g+ gmp | s+ clinical | l+ JP JP-26"),

row("en", K, """Problem: AAV manufacturing capacity in Asia is booked out 18 months ahead.
/ Solution: a 2,000 L-class suspension HEK293 platform for AAV and lentiviral vectors, with upstream culture and downstream purification run in-house at our Tsukuba site.
/ Pipeline: four client programmes, all at the IND-enabling stage, supplied with non-GMP toxicology lots.
/ CMC strategy: plasmids purchased from a partner; GMP suite for first-in-human material scheduled for qualification in Q3 2027.
/ Ask: USD 40 M to complete the GMP suite.""",
"m+ viral_vector | c+ upstream downstream | c- plasmid clinical_supply | g- gmp | s+ non_clinical | s- clinical | l+ JP JP-08"),

row("ja", K, """第1【企業の概況】3【事業の内容】
当社は、低分子医薬品原薬及び中間体の受託製造を主たる事業としております。
富山県内の2工場において、グラムスケールの初期検討から、治験薬原薬のGMP製造、年間数十トン規模の商用原薬製造に至るまでのサービスを提供しております。
高薬理活性物質（HPAPI）の取扱設備を有しておりますが、製剤化は行っておらず、グループ外の製剤メーカーへ原薬を供給しております。""",
"m+ small_molecule | c+ drug_substance clinical_supply commercial_manufacturing | c- formulation | g+ gmp | s+ research clinical commercial | l+ JP JP-16"),

row("en", K, """Section 2 — Business overview.
The Company is engaged in the contract manufacture of synthetic peptide active pharmaceutical ingredients by solid-phase and liquid-phase synthesis at its plant in Shizuoka Prefecture.
Batches of 50 g to 20 kg are produced for preclinical studies and for Phase 1/2 clinical trials, GMP manufacture being conducted in a dedicated peptide suite.
Commercial-scale peptide production has not been undertaken, and sterile fill-finish of peptide drug products is arranged through a partner CMO.""",
"m+ peptide | c+ drug_substance clinical_supply | c- commercial_manufacturing fill_finish | g+ gmp | s+ non_clinical clinical | s- commercial | l+ JP JP-22"),

row("ja", K, """1. 事業概要：アンチセンス核酸及びsiRNAを中心とするオリゴヌクレオチド原薬の受託製造。
2. 設備：大阪府茨木市の工場に1バッチ当たり最大500 mmolスケールの合成機を設置。
3. 製造実績：非臨床試験用ロットから第2相試験用治験薬まで。
4. 品質保証：治験薬GMP準拠、ただし商用生産には未対応。
5. 脂質ナノ粒子（LNP）等への製剤化は対象外。
6. 付帯業務：ご要望に応じ、分析法開発及び安定性試験も受託可能。""",
"m+ nucleic_acid | c+ drug_substance clinical_supply analytical_development quality_control | c- commercial_manufacturing formulation | g+ gmp | s+ non_clinical clinical | s- commercial | l+ JP JP-27"),

row("en", K, """1. Overview of services.
mRNA drug substance is produced by in vitro transcription at the Company's Yokohama facility, with capping, dsRNA removal and tangential-flow purification carried out in a closed single-use train.
LNP encapsulation is performed on microfluidic mixers, and formulated bulk is released under GMP for Phase 1 and Phase 2 vaccine trials.
2. Materials. Plasmid templates and ionisable lipids are procured from external suppliers, and capping enzymes are likewise purchased.
3. Limitations. No commercial supply has been undertaken to date.""",
"m+ mrna vaccine | c+ drug_substance downstream formulation clinical_supply | c- plasmid lipid enzyme commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | l+ JP JP-14"),

row("ja", K, """（4）特定の工程への依存について
当社は、注射剤の無菌充填・凍結乾燥・包装に特化した受託製造事業者であり、原薬の製造は行っておりません。
群馬県高崎市のGMP適合工場において、バイアル及びプレフィルドシリンジへの充填を、治験薬から商用製品まで年間最大3,000万本の規模で受託しております。
原薬は全て顧客から支給されるため、顧客における原薬製造の遅延が当社の稼働率に影響を及ぼす可能性があります。""",
"c+ fill_finish clinical_supply commercial_manufacturing | c- drug_substance | g+ gmp | s+ clinical commercial | l+ JP JP-10"),

row("en", K, """2.1 Scope of business.
Analytical services for biologics and for cell and gene therapy products are provided from the Company's laboratory in Chiba, including method development and validation, release testing and ICH stability studies under GMP.
No manufacturing of drug substance or drug product is performed, and the Company is therefore independent of its clients' manufacturing suppliers.
AAV capsid titre, empty/full ratio and residual host-cell DNA assays have been validated for twelve client programmes.""",
"m+ cell_therapy gene_therapy viral_vector | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | l+ JP JP-12"),

row("ja", K, """■事業の内容
大腸菌及び酵母を宿主とする組換えタンパク質の受託製造。
北海道札幌市の製造所における30 Lから1,000 Lまでの微生物発酵設備による培養、封入体からのリフォールディング、精製までの一連工程の受託。
GMP区画は現在建設中であり、2027年春の竣工後に治験薬製造を開始予定。
現時点の製造物は研究用及び非臨床試験用に限定。""",
"m+ protein | c+ upstream downstream | c- clinical_supply | g- gmp | s+ research non_clinical | s- clinical commercial | l+ JP JP-01"),

row("en", K, """4. Manufacturing of autologous cell therapies.
Autologous CAR-T cell products are manufactured for Phase 1 and Phase 1/2 trials in the Company's GMP cell processing facility in Nagoya, Aichi, leukapheresis material being received from clinical sites in Japan and Korea.
Lentiviral vectors used for transduction are supplied by the clients or by a vector partner and are not produced by the Company.
Cryopreservation, release testing and chain-of-identity tracking are carried out in-house.""",
"m+ car_t cell_therapy | m- viral_vector | c+ clinical_supply quality_control | g+ gmp | s+ clinical | l+ JP JP-23"),

row("ja", K, """成果報告書（概要）
1. 研究開発の目的：間葉系幹細胞（MSC）製剤の大量培養技術の確立。
2. 実施内容：福岡県久留米市の当社CPCにおける、マイクロキャリアを用いた50 Lスケールの浮遊培養工程の開発及び凍結製剤化条件の最適化。
3. 成果：ドナー1名由来の細胞から1ロット当たり1,000回投与分の製造が可能となり、他家MSC製品の供給基盤が確立。
4. 今後の課題：商用生産はパートナー製薬企業の工場への技術移転により実施予定であり、当社自身は治験製品の製造に専念。""",
"m+ msc | c+ process_development upstream formulation clinical_supply | c- commercial_manufacturing | s+ clinical | s- commercial | l+ JP JP-40"),

row("en", K, """Item 1. Business.
Conjugation, purification and aseptic filling of antibody-drug conjugates are provided by the Company from a high-containment facility in Ube, Yamaguchi.
Cytotoxic linker-payloads are synthesised in-house at up to 5 kg per batch, whereas the monoclonal antibody intermediates are not manufactured by the Company and are supplied by clients or their designated biologics CDMOs.
GMP batches have been supplied for two first-in-human studies; commercial ADC manufacture is expected to start in fiscal 2028 upon completion of a second conjugation line.""",
"m+ adc | m- antibody | c+ downstream fill_finish clinical_supply | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | l+ JP JP-35"),

row("ja", K, """当社は、遺伝子治療用AAVベクター及びmRNA医薬品の出発原料となるプラスミドDNAの受託製造を専門とする。
茨城県つくば市の工場における最大300 L培養槽での大腸菌培養からアルカリ溶解、クロマト精製までの工程を、GMPグレード及び研究用グレードの2系統で提供。
ウイルスベクター本体及びmRNAの製造は行っていない。""",
"m- viral_vector mrna | c+ plasmid upstream downstream | g+ gmp | s+ research clinical | l+ JP JP-08"),

row("en", K, """Business Overview
1.1 Commercial biologics manufacturing. Six 15,000 L stainless-steel bioreactors are operated at the Company's Chiba plant for the commercial supply of antibodies and biosimilars to pharmaceutical partners in Japan, Europe and the United States.
1.2 Clinical-scale work. Clinical supply programmes are transferred to an affiliated company in Singapore, and cell line development is not offered by the Company.
1.3 Compliance. The plant has been inspected by PMDA, the FDA and the EMA under GMP.""",
"m+ antibody | c+ commercial_manufacturing upstream | c- cell_line_development clinical_supply | g+ gmp | s+ commercial | s- clinical | l+ JP JP-12"),

row("ja", K, """【事業の内容】
当社グループは、ワクチン及び組換えタンパク質抗原の受託製造事業を営んでおります。
熊本県の本社工場では、細胞培養ワクチンの原薬製造から製剤化、バイアル充填までをGMP下で一貫して実施しており、新型インフルエンザ等の有事に備えた生産体制の整備を国から受託しております。
なお、アジュバントについては自社開発品を保有しておらず、海外メーカーからの導入品を使用しております。""",
"m+ vaccine protein | c+ drug_substance formulation fill_finish | c- adjuvant | g+ gmp | l+ JP JP-43"),

row("en", K, """Problem: Japanese mRNA developers send their GMP work to Europe.
/ Solution: a domestic mRNA-LNP platform, from template to filled vial.
/ Track record: non-GMP toxicology batches delivered to three clients in 2025.
/ CMC strategy: in-house IVT and LNP formulation in Kobe; fill-finish via a partner CMO; GMP licence targeted for 2027.
/ Ask: JPY 3 bn to build the GMP line.""",
"m+ mrna | c+ formulation | c- fill_finish | g- gmp | s+ non_clinical | l+ JP JP-28"),

row("ja", K, """２【事業の内容】
当社は、低分子及びペプチド医薬品の受託プロセス開発・分析法開発を主な事業としております。
埼玉県川越市の研究所において、合成ルート探索から数十gまでの非GMPスケールアップ検討を実施しております。
GMP下での原薬製造は、同一持株会社傘下の姉妹会社が担当しており、当社では実施しておりません。""",
"m+ small_molecule peptide | c+ process_development analytical_development | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | s+ research | l+ JP JP-11"),

row("en", K, """Section 3: Facilities.
Lentiviral and AAV vectors are manufactured at two sites: a GMP plant with bioreactors of up to 2,000 L in Massachusetts, USA, and a process development centre in Kawasaki, Kanagawa.
Only research-grade and engineering runs are performed in Kawasaki; all GMP batches for clinical trials are produced in the US plant.
Cell therapy products themselves are not manufactured, vectors being supplied to cell-therapy developers and CDMOs.""",
"m+ viral_vector | m- cell_therapy | c+ process_development clinical_supply | g+ gmp | s+ research clinical | l+ US US-MA JP JP-14"),

row("ja", K, """（事業等のリスク）②外部委託先への依存について
当社は、iPS細胞由来の細胞医薬品の開発製造受託を行っておりますが、マスターセルバンクの特性解析試験は外部の試験受託機関に委託しております。
また、大阪府吹田市の当社細胞培養加工施設は、現在、非臨床試験用の細胞製造のみに使用されており、治験製品の製造は2027年度中の許可取得後に開始する計画であります。""",
"m+ ips cell_therapy | c- quality_control clinical_supply | s+ non_clinical | s- clinical commercial | l+ JP JP-27"),

row("en", K, """Company profile (English summary).
The Company is a biologics CDMO headquartered in Incheon, Korea, operating 1,000 L to 20,000 L bioreactors for monoclonal antibodies and fusion proteins.
In Japan, only a business development office is maintained in Tokyo, and no manufacturing or laboratory site is located in Japan.
Cell line development, process development and GMP manufacture for clinical and commercial supply are provided from the Korean campus.
Fill-finish can be arranged on request through a partner filler in Japan.""",
"m+ antibody protein | c+ cell_line_development process_development clinical_supply commercial_manufacturing upstream | c- fill_finish | g+ gmp | s+ clinical commercial | l+ KR | l- JP"),

row("ja", K, """課題：再生医療等製品の製造コストの高さ。
／解決策：閉鎖系自動培養装置による他家細胞製品の受託製造。
／実績：間葉系幹細胞及びiPS細胞由来製品の非臨床ロット計12件、第1相治験製品2件（GMP準拠）。
／CMC戦略：ウイルスベクターを用いる遺伝子改変細胞は取り扱わない方針。
／資金ニーズ：兵庫県神戸市の既存工場に隣接する第2製造棟の建設。""",
"m+ regenerative msc ips | m- viral_vector | c+ clinical_supply | g+ gmp | s+ non_clinical clinical | l+ JP JP-28"),

row("en", K, """Risk factors — 4.3 Concentration of raw material supply.
Phosphoramidites and solid supports used in the Company's oligonucleotide manufacturing are purchased from a limited number of overseas suppliers.
Oligonucleotide APIs are manufactured at the Company's Shiga plant in batches from 1 kg to 150 kg, including validated processes for two marketed products, and any supply interruption could affect commercial deliveries.""",
"m+ nucleic_acid | c+ drug_substance commercial_manufacturing | c- reagent | s+ clinical commercial | l+ JP JP-25"),

row("ja", K, """事業内容：CHO細胞を用いた高生産細胞株の構築受託及び研究用抗体の小スケール生産（最大10 L）。
GMP製造は行っておらず、構築した細胞株は顧客指定のCDMOへ技術移転。
所在地：東京都江東区（研究所）。""",
"m+ antibody | c+ cell_line_development | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | s+ research | l+ JP JP-13"),

row("en", K, """2. Description of business.
Live biotherapeutic products based on anaerobic commensal bacteria are manufactured under contract at the Company's facility in Tsuruoka, Yamagata.
Anaerobic fermentation at 20 L to 500 L, lyophilisation and encapsulation are offered under GMP for Phase 1 and Phase 2 clinical material.
Strain isolation and discovery research are not offered.""",
"m+ live_biotherapeutic | c+ upstream formulation clinical_supply | c- drug_discovery | g+ gmp | s+ clinical | l+ JP JP-06"),

row("ja", K, """会社概要（日本語版）
インド・ハイデラバードに3つのGMP工場を有する低分子原薬CDMO。
年間合計400トンの商用原薬生産能力、及び治験薬原薬の製造受託。
日本国内には大阪市の営業所のみを置き、製造・試験施設は有しない。""",
"m+ small_molecule | c+ drug_substance commercial_manufacturing clinical_supply | g+ gmp | s+ clinical commercial | l+ IN | l- JP"),

row("en", K, """Summary of adopted project (translated).
The applicant, a contract manufacturer located in Sendai, Miyagi, produces recombinant proteins and antibody fragments for toxicology studies in 200 L single-use bioreactors.
Under the project, GMP certification of the facility was obtained in March 2025, and the first batch of investigational drug substance for a first-in-human study was released in the same year.""",
"m+ protein antibody | c+ upstream drug_substance clinical_supply | g+ gmp | s+ non_clinical clinical | l+ JP JP-04"),
]
