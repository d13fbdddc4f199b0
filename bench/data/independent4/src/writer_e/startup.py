from common import dump
R = [
("startup","en","""Kiriko Therapeutics | in vivo CAR-T via LNP-mRNA. Lead KT-101: IND-enabling studies ongoing. First-in-human: 2027.
Series A closed ($42M); selected venture under the AMED drug-venture ecosystem programme.
Manufacturing is 100% outsourced — we are looking for an mRNA CDMO for GMP clinical lots. Lab: Kawasaki.""",
"mod+:car_t,cell_therapy,mrna; cap-:drug_substance,clinical_supply,commercial_manufacturing; comp-:gmp; stage+:preclinical; fund+:series_a; cert+:amed_supported_venture; site+:JP-14,JP"),

("startup","ja","""経口低分子GLP-1受容体作動薬を開発。リード品は第1相試験を完了、第2相は2026年開始予定。
臨床開発はCROに全面委託し、自社で治験は運営しません。シリーズB調達完了（32億円）。
次のマイルストーン：グローバル導出。本社は東京都中央区。""",
"mod+:small_molecule; cap-:clinical_trials; stage+:phase1; fund+:series_b,licence_out; site+:JP-13,JP"),

("startup","en","""Bispecific T-cell engagers for solid tumours. TB-201: Phase 1/2, dose expansion now. TB-305: lead optimisation.
Cell line development and GMP drug substance sit with a Korean CDMO; we run our own Phase 1/2 trial across 6 Japanese hospitals.
Listed on TSE Growth since 2024.""",
"mod+:bispecific,antibody; cap+:clinical_trials; cap-:cell_line_development,drug_substance; comp-:gmp; stage+:phase1,phase2,research; fund+:ipo"),

("startup","ja","""iPS細胞由来心筋シートで重症心不全に挑む。医師主導治験（第1相）を大学病院で完了し、現在は企業治験（第2相）の準備中。
治験用の細胞製造は自社CPC（大阪府吹田市）でGCTP準拠。
商用製造は2029年の承認取得後にCDMOへ移管予定。""",
"mod+:ips,cell_therapy; cap+:clinical_supply; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; stage+:phase1; site+:JP-27,JP"),

("startup","en","""AI-first small-molecule discovery. 3 partnered programmes with top-10 pharma; 2 own assets at hit-to-lead.
No wet lab — synthesis and assays run at CROs in China and India.
Seed+ closed; raising Series A now.""",
"mod+:small_molecule; cap+:drug_discovery; stage+:research; fund+:seed,series_a"),

("startup","ja","""アンチセンス核酸で希少神経疾患に挑む創薬ベンチャー。ASO-12は第2相試験実施中、ASO-31は非臨床段階（GLP毒性試験をCROで実施中）。
原薬は国内CDMOからGMP品を購入。シリーズC（2025年）完了。拠点は神奈川県藤沢市・湘南アイパーク。""",
"mod+:nucleic_acid; cap-:nonclinical_studies,drug_substance; comp-:glp,gmp; stage+:phase2,preclinical; fund+:series_c; site+:JP-14,JP"),

("startup","en","""AAV gene therapy for inherited retinal disease. RG-01: Phase 3 in the US and Japan, pivotal readout H2 2026.
We built our own 200 L GMP AAV suite in Cambridge, MA for clinical supply — commercial supply from the same suite after approval.
Japan HQ in Tokyo runs development and regulatory. Series C + crossover done; IPO-ready.""",
"mod+:gene_therapy,viral_vector; cap+:drug_substance,clinical_supply,regulatory; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; stage+:phase3; fund+:series_c,ipo; site+:US,US-MA,JP-13,JP"),

("startup","ja","""間葉系幹細胞（MSC）由来の細胞外小胞を用いた再生医療製品を研究開発。現在は探索研究段階で、マウス・ブタでの薬効試験を自社ラボ（宮城県仙台市）で実施中。
GMP製造体制は未整備であり、2027年以降にCDMOとの提携を予定。シードラウンドで3億円を調達。""",
"mod+:msc,regenerative; cap+:nonclinical_studies; comp-:gmp; stage+:research; fund+:seed; site+:JP-04,JP"),

("startup","en","""Self-amplifying mRNA vaccines for pandemic flu. Phase 1 complete (n=120); Phase 2 starts Q3 2026.
Our Hokkaido pilot line makes research- and tox-grade saRNA; GMP clinical lots are made by a CDMO partner.
Series B: $60M, closed March 2026.""",
"mod+:mrna,vaccine; cap-:clinical_supply,commercial_manufacturing; comp-:gmp; scale+:research,non_clinical; scale-:clinical; stage+:phase1; fund+:series_b; site+:JP-01,JP"),

("startup","ja","""次世代ADCプラットフォーム。独自リンカー技術で、自社パイプライン2本（いずれも非臨床）と導出契約3件。
導出先パートナーの1社は第1相試験を実施中。抗体の製造とコンジュゲーションは全てCDMOに委託しています。シリーズA。""",
"mod+:adc; mod-:antibody; cap-:drug_substance,clinical_supply,commercial_manufacturing; stage+:preclinical; fund+:series_a,licence_out"),

("startup","en","""Prescription app for insomnia (CBT-I). Approved in Japan in 2025 as software as a medical device, now reimbursed.
Not a drug company: no molecules, no labs. Series B closed; next: US De Novo.""",
"mod+:digital_health,medical_device; mod-:therapeutics; stage+:approved; fund+:series_b"),

("startup","ja","""環状ペプチド創薬ベンチャー。独自ライブラリからヒット化合物を創出し、製薬企業3社と共同研究中。
自社品PX-7は第1相試験中。治験薬のGMP原薬は自社では製造していません。
東京大学発、本社・研究所は東京都目黒区。""",
"mod+:peptide; cap+:drug_discovery; cap-:drug_substance,clinical_supply; comp-:gmp; stage+:phase1; site+:JP-13,JP"),

("startup","en","""Off-the-shelf NK cells from cord blood. Preclinical PoC done in 3 xenograft models.
Need: a GMP cell-therapy CDMO in Japan for Phase 1 material (~30 patients).
Raising a seed extension now; Series A targeted for 2027.""",
"mod+:cell_therapy; cap-:clinical_supply; comp-:gmp; stage+:preclinical; fund+:seed"),

("startup","ja","""組換え酵素補充療法を開発。リード品は国際共同の第2/3相試験を実施中で、日欧での承認申請は2027年を予定。
原薬は自社の神戸工場（2,000 L）でGMP製造し、製剤化と充填はドイツのCMOに委託。東証グロース上場。""",
"mod+:protein; cap+:drug_substance; cap-:formulation,fill_finish; comp+:gmp; scale+:clinical; stage+:phase2,phase3; fund+:ipo; site+:JP-28,JP"),

("pharma","en","""Mid-size Japanese pharma, Osaka. 14 marketed products; the pipeline spans discovery to Phase 3 across small molecules and antibodies.
Commercial small-molecule API is made in our Shiga plant, while biologics manufacturing is fully outsourced to CDMOs.
Our own Phase 1 unit in Osaka runs healthy-volunteer trials.""",
"mod+:small_molecule,antibody; cap+:drug_substance,commercial_manufacturing,clinical_trials; stage+:research,preclinical,phase1,phase2,phase3,approved; scale+:commercial; site+:JP-27,JP-25,JP"),

("pharma","ja","""創業80年の製薬企業。ワクチン事業に注力し、季節性インフルエンザワクチンを熊本県の自社工場で商用生産。
mRNAワクチンへの参入を2027年に計画しているが、現時点でmRNAの製造設備は保有していない。治験は全てCROに委託。""",
"mod+:vaccine; mod-:mrna; cap+:commercial_manufacturing; cap-:clinical_trials; scale+:commercial; stage+:approved; site+:JP-43,JP"),

("pharma","en","""Japanese-founded specialty pharma headquartered in Boston, MA, with a Tokyo sales office only.
Two approved rare-disease antibodies; commercial supply is made by CMOs in Ireland. A Phase 2 programme in lupus is ongoing.""",
"mod+:antibody; cap-:drug_substance,clinical_supply,commercial_manufacturing; stage+:approved,phase2; site+:US,US-MA; site-:JP,JP-13"),

("pharma","ja","""核酸医薬の原薬を千葉県の自社工場で製造しています。製造は自社品の治験薬・商用原薬のみで、受託製造は行っていません。
第3相試験中の品目1件、承認品1件。""",
"mod+:nucleic_acid; cap-:drug_substance,clinical_supply,commercial_manufacturing; scale-:clinical,commercial; stage+:phase3,approved; site+:JP-12,JP"),
]
dump(R, "part_startup.jsonl")
print(len(R))
