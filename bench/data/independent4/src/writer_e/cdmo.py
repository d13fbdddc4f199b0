from common import dump
R = [
("cdmo","en","""Hoshizora Biologics | mAb CDMO, Kobe. Cell line to drug substance under one roof: CHO cell line development,
upstream in 200 L / 1,000 L / 2,000 L single-use bioreactors, Protein A capture to polishing. GMP clinical lots for Phase 1-3 since 2021.
Fill-finish? Handled by our sister company in Osaka, not by us. Next: a 4 x 5,000 L commercial train, online 2028.""",
"mod+:antibody; cap+:cell_line_development,upstream,downstream,drug_substance,clinical_supply; cap-:fill_finish,commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-28,JP"),

("cdmo","ja","""ペプチド原薬CDMO「清流ケミカル」。固相・液相合成の両方に対応し、GMP原薬を1バッチ200 gから20 kgまで製造。
富山工場（2019年稼働）から治験薬原薬を年間40ロット以上出荷。
商用原薬は2027年竣工予定の第2工場で対応予定。製剤化は行っていません。""",
"mod+:peptide; cap+:drug_substance,clinical_supply; cap-:commercial_manufacturing,formulation; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-16,JP"),

("cdmo","en","""VectorWorks Kawasaki — AAV and lentiviral vector CDMO. Plasmids are bought in from a partner; we focus on vector.
Upstream in suspension HEK293 at 50 L and 200 L, downstream by affinity capture, GMP since 2023.
Output: tox lots through to Phase 2 clinical material. We do not manufacture cell therapy products.""",
"mod+:viral_vector; mod-:cell_therapy; cap+:upstream,downstream,clinical_supply; cap-:plasmid; comp+:gmp; scale+:non_clinical,clinical; site+:JP-14,JP"),

("cdmo","ja","""mRNA-LNPの一貫受託。mRNA原薬（IVT・キャッピング・精製）からLNP製剤化、無菌充填まで自社で完結。
GMP治験薬を製造し、First-in-human用ロットの出荷実績3件。
テンプレートDNA（プラスミド）は外部調達、LNP用脂質も購入品です。拠点は神奈川県藤沢市。""",
"mod+:mrna; cap+:drug_substance,downstream,formulation,fill_finish,clinical_supply; cap-:plasmid,lipid; comp+:gmp; scale+:clinical; site+:JP-14,JP"),

("cdmo","en","""Aozora Fill — sterile fill-finish specialists. Liquid vials 2R-50R, prefilled syringes, lyophilisation; up to 30,000 units per batch.
We do not make drug substance: clients ship bulk to our GMP plant in Shizuoka.
Clinical batches and commercial batches for marketed products run on the same isolator lines.""",
"cap+:fill_finish,clinical_supply,commercial_manufacturing; cap-:drug_substance; comp+:gmp; scale+:clinical,commercial; site+:JP-22,JP"),

("cdmo","ja","""抗体医薬・バイオシミラーの特性解析および出荷試験に特化した受託分析機関。
製造は一切行わず、GMP下での品質試験（ロットリリース、安定性試験）と分析法バリデーションを提供。
茨城県つくば市に試験棟2棟、LC-MS 22台。""",
"mod+:antibody; cap+:quality_control,analytical_development; cap-:drug_substance,clinical_supply,commercial_manufacturing; comp+:gmp; site+:JP-08,JP"),

("cdmo","en","""Kurobe Oligo — siRNA & ASO CDMO. Solid-phase synthesis from 200 g to 5 kg per batch; GMP API for clinical trials is made in Toyama.
GalNAc conjugation: yes. Commercial-scale oligo? Not yet — our 100 kg-class line starts validation in 2026.
LNP formulation and lipid supply: not offered.""",
"mod+:nucleic_acid; cap+:drug_substance,clinical_supply; cap-:commercial_manufacturing,formulation,lipid; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-16,JP"),

("cdmo","ja","""iPS細胞由来製品の受託製造。再生医療等製品のGCTP適合施設（京都府）で、治験製品の製造と出荷試験を実施。
遺伝子導入用のウイルスベクターは提携先から購入しています。
商用製造は現在検討段階です。""",
"mod+:ips,cell_therapy,regenerative; mod-:viral_vector; cap+:clinical_supply,quality_control; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-26,JP"),

("cdmo","en","""FermaTech Yamaguchi: microbial recombinant proteins, commercial scale. E. coli and Pichia strain development,
10,000 L fermenters, refolding and purification, GMP drug substance. 12 marketed products supplied today.
Mammalian cell culture is not offered.""",
"mod+:protein; cap+:cell_line_development,upstream,downstream,drug_substance,commercial_manufacturing; comp+:gmp; scale+:commercial; site+:JP-35,JP"),

("cdmo","ja","""ADCのコンジュゲーションとペイロード・リンカー合成を一貫受託。抗体は顧客から支給を受け、当社では抗体の培養は行っていません。
高活性封じ込め（OEL 0.1 µg/m³）設備で、非臨床用から第2相試験用までのGMPロットを製造。
凍結乾燥バイアルへの充填は姉妹会社に委託。滋賀県。""",
"mod+:adc; mod-:antibody; cap+:drug_substance,clinical_supply; cap-:upstream,fill_finish; comp+:gmp; scale+:non_clinical,clinical; site+:JP-25,JP"),

("cdmo","en","""Not a manufacturer. We are a GMP release-testing lab for AAV and lentiviral products: vector genome titre by ddPCR,
full/empty ratio by AUC, replication-competent virus assays. Method development and validation for clients' gene therapies.
Lab in Kashiwa.""",
"mod+:viral_vector,gene_therapy; cap+:quality_control,analytical_development; cap-:drug_substance,clinical_supply,commercial_manufacturing; comp+:gmp; site+:JP-12,JP"),

("cdmo","ja","""低分子原薬の商用生産が主力。反応釜は2,000 L〜12,000 Lの12基、年産300トン。
治験薬原薬もGMP下で100 gスケールから受託。高薬理活性化合物（HPAPI）は取り扱っておりません。
福島県いわき市とインド・ハイデラバードの2拠点。""",
"mod+:small_molecule; cap+:drug_substance,commercial_manufacturing,clinical_supply; comp+:gmp; scale+:commercial,clinical; site+:JP-07,JP,IN"),

("cdmo","en","""Founded 2022. Series B closed (¥6.5bn). One 500 L single-use GMP line for Phase 1/2 antibody and bispecific drug substance.
Commercial supply is not our model — we tech-transfer to partners for launch.
Analytical development & QC in-house. Sendai.""",
"mod+:antibody,bispecific; cap+:drug_substance,clinical_supply,analytical_development,quality_control; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; fund+:series_b; site+:JP-04,JP"),

("cdmo","ja","""再生医療向けの間葉系幹細胞（MSC）の受託製造。特定細胞加工物の製造許可を取得し、クリニック向けの細胞加工を実施しています。
再生医療等製品としての治験製品製造は2026年度から開始予定。北海道札幌市。""",
"mod+:msc,cell_therapy,regenerative; cap-:clinical_supply; scale-:clinical; site+:JP-01,JP"),

("cdmo","en","""Twin plants: Gunma and Singapore. GMP LNP formulation and aseptic fill of mRNA vaccines, 1,000-200,000 doses per batch.
Pandemic-ready capacity reserved under a government contract. mRNA drug substance is supplied by our clients.""",
"mod+:mrna,vaccine; cap+:formulation,fill_finish; cap-:drug_substance; comp+:gmp; site+:JP-10,JP,SG"),

("cdmo","ja","""遺伝子治療用AAVベクターとプラスミドDNAの受託製造。プラスミドは研究用グレードから治験用GMPグレードまで供給。
AAVはGMP下で50 L〜500 Lの培養、非臨床〜第1相向け。商用スケールの製造は行っていません。兵庫県神戸市。""",
"mod+:gene_therapy,viral_vector; cap+:plasmid,upstream,drug_substance,clinical_supply; cap-:commercial_manufacturing; comp+:gmp; scale+:research,non_clinical,clinical; scale-:commercial; site+:JP-28,JP"),

("cdmo","en","""Custom peptides for discovery teams: 5 mg to 50 g, two-week turnaround, research use only. Lab in Yokohama.
No GMP — for clinical material we refer clients to a partner in Osaka.""",
"mod+:peptide; cap-:clinical_supply; comp-:gmp; scale+:research; scale-:non_clinical,clinical,commercial; site+:JP-14,JP"),

("cdmo","ja","""抗体・Fc融合タンパク質の細胞株構築から商用原薬、無菌充填まで。
千葉県の工場に2,000 Lステンレスタンク×6基、米国マサチューセッツ州に15,000 L×4基。
承認品8品目の商用生産を受託中、GMP治験薬は顧客の第1相〜第3相まで年間25プログラム。""",
"mod+:antibody,protein; cap+:cell_line_development,upstream,downstream,drug_substance,formulation,fill_finish,commercial_manufacturing,clinical_supply; comp+:gmp; scale+:clinical,commercial; site+:JP-12,JP,US,US-MA"),

("cdmo","en","""Microbiome CDMO. Anaerobic fermentation of live biotherapeutic strains, 50 L to 1,500 L, then lyophilisation and capsule filling.
cGMP clinical supply for Phase 1 and 2 today; commercial launch supply from 2028, once the Okayama plant expansion is finished.""",
"mod+:live_biotherapeutic; cap+:upstream,fill_finish,clinical_supply; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-33,JP"),

("cdmo","ja","""韓国・仁川の工場で抗体原薬をGMP製造。日本国内には東京の営業窓口のみを置いています。
プロセス開発は仁川のR&Dセンターで実施、製剤化・充填は行っていません。対応スケールは臨床用〜商用（1,000 L〜10,000 L）。""",
"mod+:antibody; cap+:drug_substance,process_development; cap-:formulation,fill_finish; comp+:gmp; scale+:clinical,commercial; site+:KR; site-:JP,JP-13"),
]
dump(R, "part_cdmo.jsonl")
print(len(R))
