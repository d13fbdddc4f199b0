from common import dump
R = [
("university","ja","""本学の細胞療法センター（大阪府）は、GMP準拠の細胞調製施設（CPC）として2012年に設置された。
医師主導治験用の細胞製品（CAR-T細胞など）の製造が行われており、これまでに4件の治験に製品が供給された。
我々はまた、自ら主導する第1相試験を実施中である。企業への技術移転も行っている。""",
"mod+:car_t,cell_therapy; cap+:clinical_supply,clinical_trials; comp+:gmp; scale+:clinical; stage+:phase1; site+:JP-27,JP"),

("research_institute","en","""The Institute has established a clinical-grade iPS cell stock derived from HLA-homozygous donors, which is distributed to academic and industrial partners under material transfer agreements.
Manufacturing is performed in the Institute's GMP facility in Kyoto.
Differentiated cell products are developed by the partners and are not produced by the Institute.""",
"mod+:ips; mod-:cell_therapy; comp+:gmp; scale+:clinical; site+:JP-26,JP"),

("university","ja","""我々は、線維化に関与する新規標的を同定し、その低分子阻害剤を創出した（Nature Commun., 2023）。
非臨床POCは取得済みであり、現在、AMEDの支援の下でGLP毒性試験が受託機関にて実施されている。
本シーズについては製薬企業へのライセンス供与が想定されている。東北大学（仙台市）。""",
"mod+:small_molecule; cap+:drug_discovery; cap-:nonclinical_studies; comp-:glp; stage+:preclinical; fund+:licence_out; site+:JP-04,JP"),

("research_institute","en","""The Biologics Analysis Core of the Institute was established in 2018 under a national research-infrastructure programme.
High-resolution mass spectrometry, SEC-MALS and cryo-EM are available to external users, and characterisation of antibodies and AAV capsids is performed on a fee-for-service basis.
GMP testing is not conducted; results are provided for research purposes only. Yokohama.""",
"mod+:antibody,viral_vector; cap+:analytical_development; comp-:gmp; site+:JP-14,JP"),

("hospital","ja","""当院の再生医療センターには、再生医療等安全性確保法に基づく特定細胞加工物製造施設が2015年に整備された。
同施設で製造した自己脂肪由来間葉系幹細胞を用い、変形性膝関節症を対象とした臨床研究が当院で実施されている。
治験製品のGMP製造は行っておらず、企業治験への製品供給は想定していない。福岡市。""",
"mod+:msc,cell_therapy,regenerative; cap+:clinical_trials; cap-:clinical_supply; comp-:gmp; site+:JP-40,JP"),

("university","en","""A GMP-grade viral vector manufacturing facility has been established at the University's Translational Research Centre in Tsukuba.
AAV vectors for investigator-initiated gene therapy trials are produced at 50 L scale, and lentiviral vectors are planned from 2027.
Process development is undertaken jointly with a domestic CDMO, to which commercial manufacturing will be transferred.""",
"mod+:gene_therapy,viral_vector; cap+:clinical_supply,process_development; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; site+:JP-08,JP"),

("research_institute","ja","""本研究所は、霊長類を用いた非臨床薬効評価の拠点として整備されている。
遺伝子改変マーモセットによる神経変性疾患モデルが確立されており、企業との共同研究として核酸医薬・抗体の薬効評価が行われている。
GLP試験の実施体制は有していない。愛知県犬山市。""",
"mod+:nucleic_acid,antibody; cap+:nonclinical_studies; comp-:glp; site+:JP-23,JP"),

("university","en","""We have demonstrated that an engineered bacteriophage lysin eradicates biofilm-associated MRSA in a murine implant model (Sci. Transl. Med., 2024).
The programme is at the lead-optimisation stage, and IND-enabling studies are planned for 2026 in collaboration with a CRO.
Recombinant lysin for animal studies is produced in the laboratory's 30 L fermenter at the Faculty of Pharmaceutical Sciences, Hiroshima University.""",
"mod+:protein; cap+:upstream,nonclinical_studies; scale+:non_clinical; stage+:research; site+:JP-34,JP"),

("hospital","ja","""当院の臨床研究センターには30床の第1相試験専用病床が設置されており、GCPに準拠した企業治験および医師主導治験が実施されている。
治験薬の製造は院内では行っていない。東京都新宿区。""",
"cap+:clinical_trials; cap-:clinical_supply; comp+:gcp; site+:JP-13,JP"),

("research_institute","en","""The Institute's RNA Medicine Unit in Kobe has developed a proprietary ionizable-lipid library, and LNP formulations for mRNA vaccines have been optimised in-house.
Non-GMP mRNA-LNP lots of up to 1 g are prepared for animal studies.
Two lipid patents have been licensed to a domestic venture, and GMP manufacture is being undertaken by that licensee.""",
"mod+:mrna,vaccine; cap+:formulation; cap-:clinical_supply,commercial_manufacturing; comp-:gmp; scale+:non_clinical; fund+:licence_out; site+:JP-28,JP"),

("university","ja","""本学の抗体創薬研究室では、独自のB細胞スクリーニング技術により、新興感染症に対するヒト中和抗体が取得された。
リード抗体は非臨床段階にあり、医師主導治験（第1相）の開始が2027年に計画されている。
治験薬の製造については、CDMOへの委託が検討されている。東京都文京区。""",
"mod+:antibody; cap+:drug_discovery; cap-:clinical_supply; stage+:preclinical; site+:JP-13,JP"),

("research_institute","en","""The Cell Processing Centre of the prefectural research institute provides GMP-grade MSC manufacture for academic trials in the Hokuriku region.
Phase 1/2 materials have been supplied to three university hospitals, and a Phase 3 investigator-initiated trial of the Centre's own MSC product for stroke is currently under way.
Commercial manufacturing is not within the Centre's remit. Kanazawa, Ishikawa.""",
"mod+:msc,cell_therapy; cap+:clinical_supply; cap-:commercial_manufacturing; comp+:gmp; scale+:clinical; scale-:commercial; stage+:phase3; site+:JP-17,JP"),
]
dump(R, "part_univ.jsonl")
print(len(R))
