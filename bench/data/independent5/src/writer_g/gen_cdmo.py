from lib import row, save
R = []
K = "cdmo"
R.append(row(K, 1, "en", """Kitakaze BioManufacturing K.K. — mammalian mAb CDMO, Sendai (Miyagi). Core services: CLD (CHO, own host) → USP/DSP process dev → GMP DS. SUB trains: 200 L / 1,000 L / 2,000 L; DS lots for Phase 1–3 clinical trials. DP fill-finish → partner site in Shiga (not in-house). Contact: BD desk, Booth C-14.""",
 mod="+antibody", cap="+cell_line_development +process_development +upstream +downstream +drug_substance +clinical_supply -fill_finish",
 comp="+gmp", scale="+clinical", site="+JP +JP-04"))
R.append(row(K, 2, "ja", """株式会社瀬戸内ファインケム｜低分子原薬CDMO（岡山県倉敷市）
対応領域：GMP原薬製造（治験薬〜商用）、プロセス開発、分析法開発・バリデーション。反応釜 100 L〜6,000 L、年間生産能力 約40 t。ペプチド・核酸：対応外。製剤化：協力会社へ委託。展示ブース：西ホール 3-22""",
 mod="+small_molecule -peptide -nucleic_acid", cap="+drug_substance +clinical_supply +commercial_manufacturing +process_development +analytical_development -formulation",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-33"))
R.append(row(K, 3, "en", """Hoshizora Peptide Works — peptide API; SPPS / LPPS / hybrid. Scale: mg research grade → 50 kg/batch under GMP. Incl. prep-HPLC purification, lyophilisation. Sites: Tsukuba (Ibaraki) R&D + pilot; commercial plant in Toyama under construction (start-up 2027). Not offered: oligonucleotides; ADC linker-payload work.""",
 mod="+peptide -nucleic_acid -adc", cap="+drug_substance +downstream -commercial_manufacturing",
 comp="+gmp", scale="+research +clinical -commercial", site="+JP +JP-08 -JP-16"))
R.append(row(K, 4, "ja", """北陸オリゴファーマ株式会社（富山県射水市）。核酸医薬（ASO・siRNA）原薬の受託合成・精製。固相合成 最大1 molスケール、GMP原薬は非臨床〜第II相治験用まで。商用生産は現時点で対応外。mRNA：取扱いなし。お問い合わせ：東京営業所（港区）。""",
 mod="+nucleic_acid -mrna", cap="+drug_substance +downstream +clinical_supply -commercial_manufacturing",
 comp="+gmp", scale="+non_clinical +clinical -commercial", site="+JP +JP-16"))
R.append(row(K, 5, "en", """Aobadai Vector Technologies (Kobe, Hyogo) | AAV & LV vector CDMO
• Plasmid DNA: sourced from a partner supplier (not made in-house)
• Upstream: HEK293 suspension, 50 L & 200 L SUB / downstream: affinity + AEX full/empty separation
• GMP vector DS for FIH and Phase 1–2 gene therapy trials
• QC release testing in-house (ddPCR titre, potency)
Booth: Hall A, A-07""",
 mod="+viral_vector +gene_therapy", cap="-plasmid +upstream +downstream +drug_substance +clinical_supply +quality_control",
 comp="+gmp", scale="+clinical", site="+JP +JP-28"))
R.append(row(K, 6, "ja", """株式会社みなと細胞プロセシング　細胞治療・再生医療等製品のCDMO（神奈川県川崎市殿町）
・CAR-T細胞：自家、治験用製造（第I相〜第II相）
・間葉系幹細胞（MSC）：他家マスターセルバンク構築
・レンチウイルスベクター：提携先より購入（自社製造なし）
・GCTP／GMP準拠CPC 2室
・出荷試験（無菌・エンドトキシン・マイコプラズマ）自社実施""",
 mod="+cell_therapy +regenerative +car_t +msc -viral_vector", cap="+clinical_supply +quality_control",
 comp="+gmp", scale="+clinical", site="+JP +JP-14"))
R.append(row(K, 7, "en", """Nagisa RNA Manufacturing Co. — mRNA DS (IVT, co-transcriptional capping) + LNP formulation (microfluidic mixing); aseptic fill into vials. Batch range 1 g – 20 g mRNA; non-GMP tox lots and GMP clinical lots for vaccine and oncology programmes. Cap analogue and ionisable lipids bought in from licensed suppliers. Site: Kashiwa, Chiba. Commercial supply: not offered.""",
 mod="+mrna +vaccine", cap="+drug_substance +formulation +fill_finish +clinical_supply -cap_reagent -lipid -commercial_manufacturing",
 comp="+gmp", scale="+non_clinical +clinical -commercial", site="+JP +JP-12"))
R.append(row(K, 8, "ja", """関西アセプティック株式会社（大阪府茨木市）
充填・包装専業CMO。対応：液剤・凍結乾燥製剤のバイアル充填、プレフィルドシリンジ（PFS）充填、目視／自動検査、包装・表示。原薬製造は行っていません（原薬はお客様支給）。治験薬〜商用ロット、1ロット最大30,000本。GMP適合。""",
 cap="+fill_finish -drug_substance +clinical_supply +commercial_manufacturing",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-27"))
R.append(row(K, 9, "en", """Shirakawa Analytical Sciences — CMC analytics partner, no manufacturing.
Analytical method development & validation; GMP release and stability testing for mAbs, ADCs and AAV products; HCP, glycan, charge-variant profiling.
Testing only — DS/DP manufacture not offered.
Lab: Yokohama (Kanagawa). Sample-receipt desk in Boston (no lab).""",
 mod="+antibody +adc +viral_vector", cap="+analytical_development +quality_control -drug_substance -formulation -fill_finish -clinical_supply -commercial_manufacturing",
 comp="+gmp", site="+JP +JP-14 -US"))
R.append(row(K, 10, "ja", """有限会社ひだか発酵バイオ（北海道帯広市）— 大腸菌・酵母による組換えタンパク質の受託生産。培養 30 L〜3,000 L（ジャーファーメンター）、カラムクロマト精製まで一貫。非GMP、研究用・試薬用途のみ。医薬品のGMP製造は対応外。""",
 mod="+protein", cap="+upstream +downstream -clinical_supply",
 comp="-gmp", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-01"))
R.append(row(K, 11, "en", """Tamagawa Conjugate Solutions (Kawasaki, Kanagawa)
ADC DS (conjugation) CDMO: linker-payload handling in OEB5 isolators, conjugation, purification, DAR analytical method development. mAb intermediate supplied by the client or sourced from a partner biologics CDMO — no in-house cell culture. 10 g – 2 kg conjugate/batch; GMP lots for Phase 1 and Phase 2 studies. ADC DP fill-finish via sister company Tamagawa Aseptic.""",
 mod="+adc -antibody", cap="+drug_substance +downstream +analytical_development +clinical_supply -upstream -fill_finish",
 comp="+gmp", scale="+clinical", site="+JP +JP-14"))
R.append(row(K, 12, "ja", """株式会社洛北セルファクトリー（京都府京都市）｜iPS細胞由来製品の製造受託
▶ 臨床用iPS細胞株からの分化誘導・製造（網膜色素上皮、心筋）
▶ 治験製品・臨床研究用の製造（細胞加工施設、GCTP準拠）
▶ 凍結保存品の輸送（液体窒素ドライシッパー）：物流パートナーに委託
※ ウイルスベクター製造：対応外""",
 mod="+ips -viral_vector", cap="+clinical_supply -cold_chain",
 comp="+gmp", scale="+clinical", site="+JP +JP-26"))
R.append(row(K, 13, "en", """Kurobe Pharma Services Ltd.
Core services: route scouting; process R&D; GMP API incl. HPAPI (OEB4); intermediates.
Capacity: 250–8,000 L reactors across two plants — Takaoka (Toyama; commercial API, 120 t/yr) and Hyderabad (India; non-GMP intermediates).
Not offered: sterile DP; peptides.
Liaison office: Nihonbashi, Tokyo.""",
 mod="+small_molecule -peptide", cap="+process_development +drug_substance +commercial_manufacturing -formulation -fill_finish",
 comp="+gmp", scale="+commercial", site="+JP +JP-16 +IN"))
R.append(row(K, 14, "ja", """東邦バイオロジクス製造株式会社。抗体・二重特異性抗体・Fc融合タンパク質の原薬GMP製造。国内：群馬県高崎市（2,000 L×4基、臨床用）／海外：韓国・松島（15,000 Lステンレス、商用）。細胞株開発は自社CHO-K1プラットフォーム。製剤・充填は国内外とも提携CMOへ外部委託。""",
 mod="+antibody +bispecific +protein", cap="+drug_substance +cell_line_development +clinical_supply +commercial_manufacturing -formulation -fill_finish",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-10 +KR"))
R.append(row(K, 15, "en", """Pacifica Cellworks — cell therapy CDMO (CAR-T, TCR-T, NK). GMP manufacturing site: Cambridge, Massachusetts. Japan: sales & project-management office in Tokyo only — no manufacturing or lab in Japan. Services: tech transfer, clinical manufacturing for Phase 1–2, release testing. Lentiviral vector: in-house 50 L GMP suite.""",
 mod="+cell_therapy +car_t +viral_vector", cap="+clinical_supply +quality_control",
 comp="+gmp", scale="+clinical", site="+US +US-MA -JP -JP-13"))
R.append(row(K, 16, "ja", """株式会社つくばプラスミドラボ（茨城県つくば市）
事業：遺伝子治療用AAV・mRNA向け出発原料としてのプラスミドDNA受託製造（大腸菌培養〜精製）。グレード：High Quality（非GMP）。培養 最大200 L。ウイルスベクター自体の製造は行わない。""",
 mod="-viral_vector", cap="+plasmid +upstream +downstream",
 comp="-gmp", scale="+clinical", site="+JP +JP-08"))
R.append(row(K, 17, "en", """Izumo BioProcess (Matsue, Shimane) — early-phase biologics process development: antibodies, recombinant proteins. CLD; USP/DSP optimisation at 2 L–30 L; analytical development; tox material. Non-GMP today — GMP suite for clinical batches planned for FY2027.""",
 mod="+antibody +protein", cap="+cell_line_development +process_development +upstream +downstream +analytical_development -clinical_supply",
 comp="-gmp", scale="+research +non_clinical -clinical", site="+JP +JP-32"))
R.append(row(K, 18, "ja", """みちのくワクチン受託製造株式会社（宮城県大崎市）　不活化ワクチン・組換えタンパク質ワクチンの原薬製造／アジュバント製剤化（自社アジュバント供給可）／バイアル充填。Vero細胞培養 500 L。治験薬GMP製造実績：第I相〜第III相。商用生産：2028年稼働予定の新棟で対応予定。""",
 mod="+vaccine +protein", cap="+drug_substance +upstream +formulation +fill_finish +adjuvant +clinical_supply -commercial_manufacturing",
 comp="+gmp", scale="+clinical -commercial", site="+JP +JP-04"))
R.append(row(K, 19, "en", """Suruga Sterile Fill Co. (Fujieda, Shizuoka)
DP only. Aseptic fill of vials (2R–50R) & PFS; lyophilisation; 100% AVI. Batches up to 60,000 units; GMP clinical and commercial DP.
Formulation development: yes (buffer screening, freeze-thaw).
Former microbial DS line closed 2022 — DS no longer offered.
Booth 5F-31 / ask for Mr. Ono.""",
 cap="+fill_finish +formulation +clinical_supply +commercial_manufacturing -drug_substance",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-22"))
R.append(row(K, 20, "ja", """株式会社瀬戸内セラピューティック・マニュファクチャリング（広島県東広島市）
他家MSC（間葉系幹細胞）製品の商用製造受託。マスターセルバンク〜製品出荷まで。閉鎖系自動培養（自社開発の培養容器は外販も）。臨床用・商用いずれも可。GMP省令／GCTP省令準拠。""",
 mod="+msc", cap="+commercial_manufacturing +clinical_supply +culture_vessel",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-34"))
R.append(row(K, 21, "en", """Ardmore Oligo Manufacturing — Japanese-owned oligonucleotide CDMO; plant in Cork, Ireland. No production in Japan (Osaka office = sales/BD). GMP; 100 g – 20 kg per batch. Services: synthesis, purification, lyophilised DS. mRNA: not offered.""",
 mod="+nucleic_acid -mrna", cap="+drug_substance +downstream",
 comp="+gmp", scale="+clinical", site="+IE -JP -JP-27"))
R.append(row(K, 22, "ja", """合同会社はやぶさプロテイン（埼玉県和光市）
・HEK293／ExpiCHO一過性発現による抗体・組換えタンパク質の受託生産（mg〜g）
・培養 1 L〜20 L、プロテインA精製
・研究用途のみ。GMP製造・治験薬製造は行っていません。""",
 mod="+antibody +protein", cap="+upstream +downstream -clinical_supply",
 comp="-gmp", scale="+research -non_clinical -clinical -commercial", site="+JP +JP-11"))
R.append(row(K, 23, "en", """Rokko Lipid & RNA Services (Kobe, Hyogo)
→ ionisable-lipid synthesis in-house (also sold separately)
→ LNP formulation, 0.1–10 L microfluidic
→ mRNA IVT: research & non-clinical grade, offered only to customers using our lipids
→ GMP: audit pending, expected 2026; no GMP lots until then
Fill-finish: not offered.""",
 mod="+mrna", cap="+lipid +formulation -fill_finish -clinical_supply",
 comp="-gmp", scale="+research +non_clinical", site="+JP +JP-28"))
R.append(row(K, 24, "ja", """大和バイオファーマサービス株式会社
【拠点】奈良県（原薬）、三重県（製剤）
【対応】抗体・組換えタンパク質の原薬製造（2,000 L〜10,000 L）、凍結乾燥製剤・充填、商用生産、品質試験
【外部委託】細胞株開発はパートナー企業（アカデミア発ベンチャー）が担当
【GMP】PIC/S GMP準拠""",
 mod="+antibody +protein", cap="+drug_substance +formulation +fill_finish +commercial_manufacturing +quality_control -cell_line_development",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-29 +JP-24"))
R.append(row(K, 25, "en", """Kiso Viral Services | Matsumoto, Nagano
Oncolytic virus & AAV production for preclinical studies: 2–10 L, ultracentrifugation purification, titre/identity QC. Research-grade and tox lots. Not offered: GMP manufacture — clients needing clinical material are referred to partner CDMOs.""",
 mod="+viral_vector", cap="+downstream +quality_control -clinical_supply",
 comp="-gmp", scale="+research +non_clinical -clinical", site="+JP +JP-20"))
R.append(row(K, 26, "ja", """ペプチド原薬（GMP）｜静岡ペプチド工業株式会社｜静岡県富士市
液相・固相合成。年産1.5 t規模の商用原薬、治験薬も可。分析法開発・バリデーション、安定性試験。低分子API・核酸：対応外。""",
 mod="+peptide -small_molecule -nucleic_acid", cap="+drug_substance +commercial_manufacturing +clinical_supply +analytical_development +quality_control",
 comp="+gmp", scale="+clinical +commercial", site="+JP +JP-22"))
R.append(row(K, 27, "en", """Asahigaoka Biologics — mAb & bispecific DS.
Singapore: 4 × 2,000 L SUB, GMP, clinical + commercial supply. Japan: 200 L pilot in Chiba for process development and tox material.
CLD on the client's own host line only (we do not provide a host cell line).
DP: not in scope.""",
 mod="+antibody +bispecific", cap="+drug_substance +process_development +cell_line_development +clinical_supply +commercial_manufacturing -cell_line -formulation -fill_finish",
 comp="+gmp", scale="+non_clinical +clinical +commercial", site="+SG +JP +JP-12"))
R.append(row(K, 28, "ja", """株式会社なにわバイオアナリシス（大阪府吹田市）
細胞治療・遺伝子治療製品の品質試験受託（GMP準拠）。対応：無菌試験、マイコプラズマ否定試験、ベクターコピー数、力価試験の分析法開発・バリデーション。製造（細胞加工・原薬製造）は一切行っていません。""",
 mod="+cell_therapy +gene_therapy", cap="+quality_control +analytical_development -drug_substance -clinical_supply -commercial_manufacturing",
 comp="+gmp", site="+JP +JP-27"))
save("cdmo", R)
