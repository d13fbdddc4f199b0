KIND = "cdmo"
ROWS = [
("en", """Kestrel Biologics is a mammalian CDMO based in Kobe. We take antibody programmes from cell line development through
upstream and downstream process development to GMP drug substance for Phase 1-3 clinical trials. Our plant runs 500 L and
2,000 L single-use bioreactors. Fill-finish is carried out by a partner CMO in Toyama.""",
 "m+ antibody | c+ cell_line_development upstream downstream process_development drug_substance clinical_supply | c- fill_finish | g+ gmp | s+ clinical | r+ JP JP-28"),
("ja", """みなと生物製造株式会社は、CHO細胞を用いた組換えタンパク質および抗体医薬品の受託製造を行っています。
川崎市の工場には200 L、1,000 L、2,000 Lのシングルユース培養槽を備え、培養から精製まで一貫して対応します。
治験薬のGMP製造に加え、2027年からは商用生産にも対応予定です。""",
 "m+ protein antibody | c+ upstream downstream drug_substance clinical_supply | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | r+ JP JP-14"),
("en", """Northgate Bioprocessing offers microbial fermentation for recombinant proteins and cytokines, with stainless-steel
fermenters from 30 L to 15,000 L at our Hokkaido site. Services include strain and process development, fermentation,
purification and bulk drug substance manufacture under cGMP. We do not perform aseptic filling.""",
 "m+ protein | c+ cell_line_development process_development upstream downstream drug_substance | c- fill_finish | g+ gmp | s+ research clinical commercial | r+ JP JP-01"),
("ja", """瀬戸内アセプティック株式会社は、注射剤の無菌充填に特化したCMOです。
岡山工場のアイソレーター充填ラインで、GMPに準拠してバイアル・プレフィルドシリンジへの充填、凍結乾燥、包装を行います。
原薬の製造は行っておらず、お客様から原薬をお預かりして治験薬から商用品まで対応します。""",
 "c+ fill_finish clinical_supply commercial_manufacturing | c- drug_substance | g+ gmp | s+ clinical commercial | r+ JP JP-33"),
("en", """Lumen Analytical Services is a GMP-compliant testing laboratory in Tsukuba focused on biologics. We develop and
validate methods, characterise monoclonal antibodies and ADCs, and run release and ICH stability testing. We do not
manufacture; clients bring material from their own CDMO.""",
 "m+ antibody adc | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-08"),
("ja", """株式会社あさひケミカルファクトリーは、低分子原薬および中間体の受託合成を行っています。
静岡県の工場では、数グラムの非臨床用サンプル、治験用原薬から、トン規模の商用原薬までGMP下で製造しています。
製剤化は行っていません。""",
 "m+ small_molecule | c+ drug_substance clinical_supply commercial_manufacturing | c- formulation | g+ gmp | s+ non_clinical clinical commercial | r+ JP JP-22"),
("en", """Harbor Peptide Works manufactures peptide APIs by solid-phase and hybrid synthesis at our Chiba plant. Batch sizes
run from 50 g up to 20 kg, supporting toxicology and Phase 1/2 supply under GMP. Commercial-scale production is offered
through our sister company in Ireland.""",
 "m+ peptide | c+ drug_substance clinical_supply | c- commercial_manufacturing | g+ gmp | s+ non_clinical clinical | s- commercial | r+ JP JP-12"),
("ja", """ミヤビ核酸テクノロジー株式会社は、アンチセンスおよびsiRNAなどのオリゴ核酸の受託製造を行います。
研究用のmgスケールから、GMP治験原薬の製造まで対応しています。
京都府の研究所で分析法開発と品質試験も実施します。""",
 "m+ nucleic_acid | c+ drug_substance clinical_supply analytical_development quality_control | g+ gmp | s+ research clinical | r+ JP JP-26"),
("en", """Cellbridge Manufacturing is a cell and gene therapy CDMO operating a GMP cell processing centre in Kashiwa. We
manufacture autologous CAR-T and other genetically modified T-cell products for Phase 1 and 2 trials. Lentiviral vector
is purchased from a partner in the US; we do not produce vectors ourselves.""",
 "m+ car_t cell_therapy | m- viral_vector | c+ clinical_supply | g+ gmp | s+ clinical | r+ JP JP-12"),
("ja", """株式会社ひのき再生医療センターは、再生医療等製品の製造受託を行うCDMOです。
神奈川県藤沢市のCPCにおいて、間葉系幹細胞（MSC）およびiPS細胞由来製品の治験製品をGCTPに準拠して製造しています。
ウイルスベクターの製造は現在行っておらず、2026年度中の開始を予定しています。""",
 "m+ regenerative msc ips cell_therapy | m- viral_vector | c+ clinical_supply | g+ gmp | s+ clinical | r+ JP JP-14"),
("en", """Aurora RNA Manufacturing provides end-to-end mRNA services: plasmid template production, in vitro transcription,
capping, purification and LNP formulation. Our Yokohama facility supplies GMP material for first-in-human studies, with
batch sizes up to 10 g of mRNA. Lipids are sourced from qualified external vendors.""",
 "m+ mrna | c+ downstream formulation drug_substance clinical_supply | c- lipid | g+ gmp | s+ clinical | r+ JP JP-14"),
("ja", """ソラ核酸ファーマサービス株式会社は、mRNAワクチンおよびmRNA医薬の開発・製造受託を行っています。
大阪府吹田市の研究所で、IVT反応条件の最適化やLNP処方検討などのプロセス開発を得意としていますが、GMP製造は提携先のCDMOで実施します。
研究用・非臨床用のサンプル提供が中心です。""",
 "m+ mrna vaccine | c+ process_development formulation drug_substance | c- clinical_supply commercial_manufacturing | g- gmp | s+ research non_clinical | r+ JP JP-27"),
("en", """Pinecrest Fill & Finish is a sterile drug product CMO in Shiga. We fill liquid and lyophilised biologics into
vials and prefilled syringes on two isolator lines, from clinical batches of a few hundred units to commercial runs of
200,000 vials. We do not manufacture drug substance, and formulation development is handled by the client.""",
 "c+ fill_finish clinical_supply commercial_manufacturing | c- drug_substance formulation | s+ clinical commercial | r+ JP JP-25"),
("ja", """株式会社ホクト分析センターは、バイオ医薬品の特性解析と品質試験を専門とする受託分析機関です。
抗体医薬品の糖鎖解析、凝集体評価、宿主細胞由来タンパク質の測定法開発などを、GMPに準拠した試験室（埼玉県）で実施します。
製造は行っていません。""",
 "m+ antibody | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-11"),
("en", """VectorNova produces AAV and lentiviral vectors for gene therapy developers. Our Boston facility runs GMP
suspension processes up to 500 L, while our Osaka lab handles process development and research-grade lots. We make
the plasmids for our own runs in-house.""",
 "m+ viral_vector | c+ process_development drug_substance | g+ gmp | s+ clinical research | r+ US US-MA JP JP-27"),
("ja", """株式会社ツバサバイオロジクスは、抗体医薬品の細胞株構築から治験薬製造までを提供するCDMOです。
千葉県の拠点では50 Lから500 Lのシングルユースバイオリアクターを用いて、非臨床試験・第1相試験向けの原薬を製造します。
製剤・充填はグループ会社のツバサファーマが担当します。""",
 "m+ antibody | c+ cell_line_development upstream downstream drug_substance clinical_supply | c- formulation fill_finish | s+ non_clinical clinical | r+ JP JP-12"),
("en", """Crossway Bio is a CDMO specialising in bispecific antibodies and Fc-fusion proteins. We offer cell line
development, analytical development and GMP drug substance manufacturing in 1,000 L and 2,000 L bioreactors at our plant
in Incheon, Korea. Our Tokyo office provides project management and sales support for Japanese clients.""",
 "m+ bispecific antibody protein | c+ cell_line_development analytical_development drug_substance | g+ gmp | s+ clinical | r+ KR"),
("ja", """北陸ファインケミカル株式会社は富山県に2つの工場を持ち、高薬理活性（HPAPI）を含む低分子原薬のGMP製造を行っています。
反応槽は50 Lから6,000 Lまで揃え、年間数十トンの商用原薬を供給しています。
ADC用のペイロード・リンカーの合成も受託しますが、抗体とのコンジュゲーションは行っていません。""",
 "m+ small_molecule | m- adc | c+ drug_substance commercial_manufacturing | g+ gmp | s+ commercial | r+ JP JP-16"),
("en", """Meridian Cell Works offers allogeneic cell therapy manufacturing from master cell bank to cryopreserved final
product. Our GMP facility in Kobe produces iPSC-derived cell products for clinical trials, and we run release testing,
including sterility and mycoplasma, in-house. A dedicated commercial suite is under construction and scheduled to open
in 2027.""",
 "m+ ips cell_therapy | c+ clinical_supply quality_control | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | r+ JP JP-28"),
("ja", """株式会社リピッドワークス・ジャパンは、LNP製剤化と無菌充填に特化したCDMOです。
神奈川県川崎市の施設で、お客様からお預かりしたmRNAやsiRNAをマイクロ流路混合によりLNP化し、GMP下でバイアル充填まで行います。
mRNA原薬の合成は行っておらず、ご要望に応じて提携先をご紹介します。""",
 "m+ mrna nucleic_acid | c+ formulation fill_finish | c- drug_substance | g+ gmp | r+ JP JP-14"),
("en", """Quanta BioAssay develops and runs cell-based potency assays, ELISA and qPCR methods for gene therapy and cell
therapy products, from research-stage method development to GMP lot release. We are located in the Tonomachi area of
Kawasaki. Our lab does not handle manufacturing, nor do we offer GLP toxicology.""",
 "m+ gene_therapy cell_therapy | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing nonclinical_studies | g+ gmp | g- glp | r+ JP JP-14"),
("ja", """株式会社東雲バイオファクトリーは、動物細胞培養による抗体医薬品およびバイオシミラーの原薬製造を行っています。
かつては微生物発酵による組換えタンパク質の受託も行っていましたが、2022年に撤退しました。
現在は仙台市の工場で、2,000 Lから10,000 Lのステンレス培養槽による商用生産を中心に対応しています。""",
 "m+ antibody | m- protein | c+ upstream drug_substance commercial_manufacturing | s+ commercial | r+ JP JP-04"),
("en", """Sakura Conjugates is an ADC specialist in Yamaguchi. We perform GMP conjugation, purification and drug substance
release testing for antibody-drug conjugates at 10 g to 2 kg scale for clinical studies, plus aseptic fill in a dedicated
high-containment suite. The monoclonal antibody intermediate is supplied by the client or its CDMO.""",
 "m+ adc | m- antibody | c+ drug_substance downstream quality_control clinical_supply fill_finish | g+ gmp | s+ clinical | r+ JP JP-35"),
("ja", """株式会社みずほ製剤は、低分子医薬品および抗体医薬品の製剤化（凍結乾燥製剤を含む）と充填・包装を受託しています。
埼玉工場は商用品向けの大型ラインを備えています。
治験薬の少量充填は、2026年に新設する専用ラインで開始する予定です。""",
 "m+ small_molecule antibody | c+ formulation fill_finish commercial_manufacturing | c- clinical_supply | s+ commercial | s- clinical | r+ JP JP-11"),
("en", """Helix Forge is a gene therapy CDMO with sites in Cambridge, Massachusetts and Kanagawa, Japan. We run AAV process
development, 200 L and 1,000 L GMP production, analytical development and QC testing, supporting sponsors from tox lots
through pivotal trials. Plasmid DNA is bought from an external GMP supplier.""",
 "m+ gene_therapy viral_vector | c+ process_development drug_substance analytical_development quality_control clinical_supply | c- plasmid | g+ gmp | s+ non_clinical clinical | r+ US US-MA JP JP-14"),
("ja", """株式会社ナガレ合成は、大阪府の工場で中分子（環状ペプチド）および核酸医薬の受託合成を行っています。
1バッチあたり100 gから5 kgの治験用原薬をGMPで製造しています。
研究用の少量合成は受託していません。""",
 "m+ peptide nucleic_acid | c+ drug_substance clinical_supply | g+ gmp | s+ clinical | s- research | r+ JP JP-27"),
("en", """Alpenrose Biomanufacturing is a Swiss biologics CDMO with 12,000 L stainless-steel capacity in Visp for commercial
monoclonal antibodies, and 2,000 L single-use lines for clinical material. In Japan we have a sales office only; all
manufacturing takes place in Switzerland.""",
 "m+ antibody | c+ drug_substance commercial_manufacturing clinical_supply | s+ commercial clinical | r+ CH | r- JP"),
("ja", """株式会社ミナト分析ラボは、低分子医薬品・ペプチド医薬品の原薬および製剤の品質試験を受託しています。
GMP準拠の出荷試験、ICHガイドラインに基づく安定性試験、不純物の構造解析に対応しています。
製造設備は保有しておらず、製造は行いません。本社・試験室は大阪市にあります。""",
 "m+ small_molecule peptide | c+ quality_control analytical_development | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-27"),
("ja", """株式会社アオバベクターラボは、AAVベクターの受託製造を行うCDMOです。
宮城県の施設で、HEK293細胞による浮遊培養（最大200 L）と精製を行い、遺伝子治療製品の非臨床試験用ロットを提供しています。
GMP製造施設は現在建設中で、治験用GMPロットの供給は2027年以降となります。""",
 "m+ viral_vector gene_therapy | c+ upstream downstream drug_substance | c- clinical_supply | g- gmp | s+ non_clinical | s- clinical | r+ JP JP-04"),
("en", """Tidewater Synthesis is a small-molecule CDMO with kilo labs and a pilot plant in Hyderabad, India, and a process
chemistry centre in Tsukuba. We offer route scouting, process development and GMP API manufacture from 1 kg to 250 kg per
batch, plus solid-form screening. We do not make finished dosage forms.""",
 "m+ small_molecule | c+ process_development drug_substance | c- formulation | g+ gmp | s+ clinical commercial | r+ IN JP JP-08"),
("ja", """株式会社くれは無菌製剤は、広島県の工場でプレフィルドシリンジおよびカートリッジへの無菌充填を行っています。
ペプチド医薬品やGLP-1受容体作動薬の商用生産実績が豊富です。
なお、バイアルへの充填は行っていません。""",
 "m+ peptide | c+ fill_finish commercial_manufacturing | s+ commercial | r+ JP JP-34"),
("en", """Cobalt Bioanalytics analyses antibody and recombinant protein products for host-cell protein, residual DNA and
glycan profiles. Our Singapore lab performs GMP release testing, and method development is done at our research site in
Kyoto.""",
 "m+ antibody protein | c+ quality_control analytical_development | g+ gmp | r+ SG JP JP-26"),
("ja", """株式会社かなめRNAは、mRNA原薬のGMP製造を行うCDMOです。
千葉県柏市の工場では、IVTから精製、品質試験まで一貫して、第1相から第3相試験までの治験用原薬を供給しています。
LNP製剤化は現在対応しておらず、製剤は提携先の製剤CDMOで行います。""",
 "m+ mrna | c+ drug_substance downstream quality_control clinical_supply | c- formulation | g+ gmp | s+ clinical | r+ JP JP-12"),
("en", """Lakeside Cell Therapy Services provides GMP manufacturing of mesenchymal stromal cell products in Nagano, from
tissue receipt to cryopreserved final product, for clinical trials and for one marketed regenerative medicine product. We
also offer stability and release testing. CAR-T and other gene-modified products are outside our scope.""",
 "m+ msc cell_therapy regenerative | m- car_t | c+ clinical_supply commercial_manufacturing quality_control | g+ gmp | s+ clinical commercial | r+ JP JP-20"),
("ja", """株式会社ラボスケール・バイオは、抗体・組換えタンパク質のプロセス開発と分析法開発に特化したCDMOです。
つくば市の研究所で、2 Lから30 Lのスケールで培養・精製条件を最適化し、GMP製造を担う提携先へ技術移転します。
自社でのGMP製造は行っていません。""",
 "m+ antibody protein | c+ process_development analytical_development upstream downstream | c- clinical_supply commercial_manufacturing | g- gmp | s+ research | r+ JP JP-08"),
("en", """Riverbend Oligo manufactures GMP oligonucleotides, including antisense, siRNA and aptamers, at our plant in
Fukuoka. Scales range from 10 g clinical batches to 50 kg, and we are qualifying a 1-tonne-per-year commercial line for
2026. Formulation and fill are not offered.""",
 "m+ nucleic_acid | c+ drug_substance clinical_supply | c- commercial_manufacturing formulation fill_finish | g+ gmp | s+ clinical | s- commercial | r+ JP JP-40"),
("ja", """株式会社あかね製薬工業は、経口固形製剤（錠剤・カプセル）の受託製造を行うCMOです。
岐阜県の工場で、治験薬から商用品まで年間10億錠規模の製造能力を有します。
原薬は製造しておらず、お客様または原薬メーカーから供給を受けます。注射剤の無菌充填には対応していません。""",
 "c+ formulation clinical_supply commercial_manufacturing | c- drug_substance fill_finish | s+ clinical commercial | r+ JP JP-21"),
("en", """Polaris Vaccine Manufacturing is a pandemic-preparedness CDMO in Kitakyushu that produces mRNA vaccines, from drug
substance to filled vials, for clinical trials and for commercial supply under a government preparedness contract. Annual
capacity is 100 million doses.""",
 "m+ mrna vaccine | c+ drug_substance formulation fill_finish clinical_supply commercial_manufacturing | s+ clinical commercial | r+ JP JP-40"),
("ja", """株式会社シグマ試験センターは、細胞治療・再生医療製品の品質試験（無菌試験、マイコプラズマ否定試験、エンドトキシン試験）を受託しています。
東京都大田区の試験室はGMPに準拠しています。
細胞の製造・加工は一切行っておらず、CPCも保有していません。""",
 "m+ cell_therapy regenerative | c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | r+ JP JP-13"),
("en", """Sundial Protein Services expresses and purifies recombinant proteins and antibodies in HEK and CHO transient
systems at milligram to gram scale for research and discovery. Everything we supply is research grade; we do not produce
GMP material. Our lab is in the Kobe Biomedical Innovation Cluster.""",
 "m+ protein antibody | c+ upstream downstream | c- clinical_supply commercial_manufacturing | g- gmp | s+ research | s- non_clinical clinical commercial | r+ JP JP-28"),
("ja", """株式会社ユズリハ細胞医療は、CAR-T細胞およびTCR-T細胞の治験製品の製造を受託しています。
京都市のCPCでは、閉鎖系自動培養装置を用いて製造を行います。
レンチウイルスベクターは海外のCDMOから調達しており、ベクターの受託製造は行っていません。""",
 "m+ car_t cell_therapy | m- viral_vector | c+ clinical_supply | r+ JP JP-26"),
("en", """Granite Peptides is a Japanese peptide CDMO in Ibaraki. We synthesise GMP peptide APIs from 100 g to 200 kg per
batch for clinical and commercial customers, including GLP-1 analogues. We previously offered non-GMP research peptides
but discontinued that catalogue in 2021.""",
 "m+ peptide | c+ drug_substance clinical_supply commercial_manufacturing | g+ gmp | s+ clinical commercial | s- research | r+ JP JP-08"),
("ja", """株式会社ハマナス・バイオマニュファクチャリングは、北海道札幌市にある抗体医薬品のCDMOです。
最大2,000 Lのシングルユース培養設備で、GMP原薬を製造しています。
細胞株開発は提携先に委託しています。""",
 "m+ antibody | c+ drug_substance | c- cell_line_development | g+ gmp | s+ clinical | r+ JP JP-01"),
("en", """Coastal Sterile Operations fills biologics and vaccines into vials and cartridges at our plants in Cork, Ireland
and Mie, Japan. The Mie site handles clinical lots; commercial filling takes place in Cork. Both sites are GMP-certified.""",
 "m+ vaccine | c+ fill_finish clinical_supply commercial_manufacturing | g+ gmp | s+ clinical commercial | r+ IE JP JP-24"),
("ja", """株式会社ナギサ化学は、徳島県の工場で低分子医薬品の原薬中間体を製造しています。
現在はGMP非対応の中間体のみを製造していますが、2026年にGMP原薬棟を竣工し、治験用原薬の受託を開始する予定です。""",
 "m+ small_molecule | c- drug_substance clinical_supply | g- gmp | s- clinical | r+ JP JP-36"),
("en", """Nexus iCell is a CDMO for iPS cell-based therapies. We offer differentiation process development and GMP clinical
manufacturing of iPSC-derived cardiomyocytes and neurons at our Osaka facility.""",
 "m+ ips cell_therapy | c+ process_development clinical_supply | g+ gmp | s+ clinical | r+ JP JP-27"),
("ja", """株式会社カスミ生物工学研究所は、ワクチンおよび抗体の非臨床試験用・第1相試験用ロットを製造するCDMOです。
静岡県三島市の施設で、細胞株構築、培養、精製から原薬製造、製剤化、バイアル充填まで一貫して実施します。""",
 "m+ vaccine antibody | c+ cell_line_development upstream downstream drug_substance formulation fill_finish clinical_supply | s+ non_clinical clinical | r+ JP JP-22"),
("en", """Keystone CMC Partners is an analytics-focused CDMO in Tokyo. We develop and validate analytical methods for small
molecules and peptides, manage stability programmes under ICH conditions and write the quality (CTD Module 3) sections of
filings. We have no manufacturing capability.""",
 "m+ small_molecule peptide | c+ analytical_development quality_control regulatory | c- drug_substance clinical_supply commercial_manufacturing | r+ JP JP-13"),
("ja", """株式会社ミライmRNA製造は、mRNA-LNPの治験薬製造を行っています。
東京都江東区の施設でmRNA原薬の製造とLNP製剤化をGMPで行い、充填はグループ会社のミライ製剤株式会社（栃木県）が担当します。
キャップ試薬や脂質は外部から購入しています。""",
 "m+ mrna | c+ drug_substance formulation clinical_supply | c- fill_finish cap_reagent lipid | g+ gmp | s+ clinical | r+ JP JP-13"),
("en", """Ironwood Biologics operates four 15,000 L stainless-steel bioreactors and a 2,000 L single-use line for launch
volumes in Chiba, serving commercial antibody and biosimilar customers. Services cover tech transfer, drug substance
manufacturing and batch release testing. Formulation and fill-finish are outside our scope.""",
 "m+ antibody | c+ drug_substance quality_control commercial_manufacturing | c- formulation fill_finish | s+ commercial | r+ JP JP-12"),
("ja", """株式会社コハク遺伝子治療センターは、造血幹細胞を用いたex vivo遺伝子治療の治験製品を製造しています。
大阪府のCPCでは、細胞への遺伝子導入、培養、凍結保存までをGMP下で行います。
レンチウイルスベクターも同施設で自社製造しており、他社からのベクター製造受託も承ります。""",
 "m+ gene_therapy viral_vector cell_therapy | c+ clinical_supply | g+ gmp | s+ clinical | r+ JP JP-27"),
("en", """Blue Crane Fine Chemicals supplies GMP-grade phosphoramidites and nucleoside building blocks to oligonucleotide
manufacturers from our plant in Niigata. We do not synthesise oligonucleotide APIs ourselves.""",
 "m- nucleic_acid | c+ reagent | c- drug_substance | g+ gmp | r+ JP JP-15"),
("ja", """株式会社ヤマブキプラスミドは、AAVベクターおよびmRNA製造向けのプラスミドDNAを受託製造しています。
研究グレードからGMPグレードまで対応し、最大200 Lの培養槽で製造します。
ウイルスベクターやmRNAそのものの製造は行っていません。本社・工場は群馬県高崎市です。""",
 "m- viral_vector mrna | c+ plasmid upstream | g+ gmp | s+ research clinical | r+ JP JP-10"),
("en", """Vireo Viral Safety Testing performs viral clearance studies and adventitious agent testing for biologics
manufacturers, under GLP and GMP, at our labs in Scotland and Yokohama. We have no manufacturing operations.""",
 "c+ quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ glp gmp | r+ GB JP JP-14"),
("ja", """株式会社イブキバイオサービスは、微生物発酵による組換えタンパク質の受託製造を行っています。
岩手県の工場では300 Lから3,000 Lの発酵槽でGMP製造が可能で、ご要望に応じて凍結乾燥製剤の充填にも対応いたします。""",
 "m+ protein | c+ upstream drug_substance fill_finish | g+ gmp | s+ clinical commercial | r+ JP JP-03"),
]
