from lib import R, save
rows = [
R("cdmo","en","""Kansai BioWorks Co. | Offering: mAb / bispecific — CLD (CHO), USP/DSP process dev, GMP DS on 200 L–2,000 L SUBs, Kobe plant. FIH + Ph2 clinical material. DP/fill: via partner CMO in Shiga, not in-house. Seeking: biotech clients w/ preclinical mAb, JP or overseas.""",
  mp="antibody bispecific", cp="cell_line_development upstream downstream process_development drug_substance clinical_supply", cn="fill_finish", gp="gmp", sp="clinical", sip="JP JP-28"),
R("cdmo","ja","""株式会社ミナトコンジュゲート｜提供できること：ADC（リンカー・ペイロード結合）のプロセス開発／分析法開発／GMP原薬製造（治験薬、Phase1〜2）。高薬理活性（HPAPI）対応スイート＠千葉県柏市。
抗体中間体の製造は行っていません（お客様支給 or 提携CDMO）。
求めるパートナー：ADC開発中の創薬ベンチャー、抗体中間体の供給元。""",
  mp="adc", mn="antibody", cp="process_development analytical_development drug_substance clinical_supply", gp="gmp", sp="clinical", sip="JP JP-12"),
R("cdmo","en","""Hokuriku Fine Synthesis | Offering: small-molecule API, route scouting → GMP DS, 1 kg–500 kg/batch, glass-lined reactors (Toyama). Commercial API for 3 marketed generics + NCE Ph1–3 clinical lots. HPAPI (OEB4). Not offering: formulation / DP, sterile fill. Meeting goal: NCE sponsors needing late-phase & launch supply.""",
  mp="small_molecule", cp="process_development drug_substance clinical_supply commercial_manufacturing", cn="formulation fill_finish", gp="gmp", sp="clinical commercial", sip="JP JP-16"),
R("cdmo","ja","""サガラ・ペプチドラボ株式会社（静岡県牧之原市）｜提供できること：固相/液相ペプチド合成、RP-HPLC精製、凍結乾燥。毒性試験用ロット〜治験薬原薬（GMP）まで。
製剤・充填は実施していません。
求めるパートナー：中分子ペプチド創薬企業（非臨床〜Ph1）。""",
  mp="peptide", cp="drug_substance downstream clinical_supply", cn="formulation fill_finish", gp="gmp", sp="non_clinical clinical", sip="JP JP-22"),
R("cdmo","en","""Setouchi Oligo Manufacturing | Offering: ASO / siRNA (incl. GalNAc conj.) synthesis, GMP DS for clinical trials, Okayama. Analytical dev + ICH stability. Commercial-scale synthesizer (600 mmol) — installation planned FY2027, not yet available. Seeking: oligo ventures at IND stage.""",
  mp="nucleic_acid", cp="drug_substance clinical_supply analytical_development quality_control", cn="commercial_manufacturing", gp="gmp", sp="clinical", sn="commercial", sip="JP JP-33"),
R("cdmo","ja","""株式会社ツクバ・セルファクトリー｜提供できること：自家/他家細胞加工（CPC、グレードA/B、GCTP（GMP）準拠）、再生医療等製品の治験製品製造、MSC・iPS細胞由来細胞の培養プロセス開発、出荷試験。
レンチウイルスベクターは提携ベクターCDMOから購入。CAR-Tの技術移管受入は2026年度から予定。拠点：茨城県つくば市。""",
  mp="cell_therapy msc ips regenerative", mn="viral_vector car_t", cp="process_development clinical_supply quality_control", gp="gmp", sp="clinical", sip="JP JP-08"),
R("cdmo","en","""VectorForge Japan KK | Offering: AAV gene therapy vectors (serotypes 2/5/8/9 + capsid variants) — PD + GMP DS mfg, 50 L & 200 L SUB; tox lots + Ph1/2 clinical material. Full release panel in-house (ddPCR titer, full/empty, potency). pDNA: we do not make plasmids, bought from partner. Site: Kawasaki. Meeting goal: GT sponsors w/ FIH in 2026–27.""",
  mp="viral_vector gene_therapy", cp="process_development drug_substance clinical_supply quality_control", cn="plasmid", gp="gmp", sp="non_clinical clinical", sip="JP JP-14"),
R("cdmo","ja","""ノースレイク・RNAテクノロジーズ株式会社（北海道札幌市）｜提供できること：mRNA原薬（IVT、キャッピング、精製）〜LNP製剤化、研究用〜非臨床用ロット。
GMP製造ラインは現在建設中（2026年稼働予定）、現時点で治験薬製造は不可。キャップ試薬・脂質は市販品を購入。
求めるパートナー：mRNAワクチン/治療薬シーズを持つアカデミア。""",
  mp="mrna", cp="drug_substance downstream formulation", cn="clinical_supply cap_reagent lipid", gn="gmp", sp="research non_clinical", sn="clinical", sip="JP JP-01"),
R("cdmo","en","""Aoba Sterile Fill Co. | Fill-finish only. Offering: aseptic vial filling 2R–50R, PFS, lyo (2 lyophilizers), GMP, Sendai plant — clinical & commercial DP for mAb, peptide and mRNA-LNP products. No DS mfg, no formulation development: bulk DS must come from client / DS CDMO. Seeking: DS CDMOs for tie-up.""",
  mp="antibody peptide mrna", cp="fill_finish clinical_supply commercial_manufacturing", cn="drug_substance formulation", gp="gmp", sp="clinical commercial", sip="JP JP-04"),
R("cdmo","ja","""株式会社ケイハン・バイオアナリティカル（京都府）｜分析専門。提供できること：抗体・ADC・AAVの特性解析、分析法開発/バリデーション、GMP出荷試験・安定性試験。
製造は行っていません。
求めるパートナー：試験を外部化したいCDMO・バイオベンチャー。""",
  mp="antibody adc viral_vector", cp="analytical_development quality_control", cn="drug_substance clinical_supply commercial_manufacturing", gp="gmp", sip="JP JP-26"),
R("cdmo","en","""Kyushu Microbial Bioprocess | E. coli / Pichia expression, inclusion-body refolding, recombinant proteins. Offering: strain dev, USP/DSP PD, 30 L–3,000 L fermenters, GMP DS for clinical + commercial supply (Kumamoto). Sterile DP: handled by sister company (Aso Fill KK). Seeking: protein / peptide biotechs.""",
  mp="protein", cp="cell_line_development process_development upstream downstream drug_substance clinical_supply commercial_manufacturing", cn="fill_finish", gp="gmp", sp="clinical commercial", sip="JP JP-43"),
R("cdmo","ja","""東海バイオロジクス株式会社（愛知県）｜提供できること：抗体・Fc融合タンパク質の商用原薬製造（ステンレス 10,000 L ×4）、Phase 3治験薬〜上市後供給、技術移管受入。GMP（PMDA/FDA査察実績）。
細胞株開発・初期プロセス開発は行っていません（確立済みプロセスの移管が前提）。""",
  mp="antibody protein", cp="drug_substance clinical_supply commercial_manufacturing", cn="cell_line_development process_development", gp="gmp", sp="clinical commercial", sip="JP JP-23"),
R("cdmo","en","""Pacific Rim Biologics Japan | Japan: liaison office (Tokyo) only — sales & PM. Mfg at our plants in Massachusetts (mAb, 2×2,000 L) and Incheon, Korea (15,000 L). Offering: CLD → GMP DS, plus vial fill; clinical & commercial. Meeting goal: JP biotechs looking for US IND material.""",
  mp="antibody", cp="cell_line_development upstream downstream drug_substance fill_finish clinical_supply commercial_manufacturing", gp="gmp", sp="clinical commercial", sip="US US-MA KR", sin="JP"),
R("cdmo","ja","""株式会社サイタマ・ケミカルソリューションズ（埼玉県川越市）｜低分子原薬・中間体の受託合成。提供できること：ラボ〜パイロット（5〜200 L反応釜）、研究用〜GLP毒性試験用の原薬（g〜数kg）、非GMP中間体。
GMP原薬製造はグループ外の提携先（群馬県）で実施。""",
  mp="small_molecule", cp="drug_substance", gn="gmp", sp="research non_clinical", sip="JP JP-11"),
R("cdmo","en","""Rinku CellTx Manufacturing | Offering: autologous CAR-T & TCR-T, GMP, closed automated processing, LVV transduction, QC release incl. RCL; Ph1/2 clinical supply. Lentiviral vector: own 50 L GMP suite. Osaka (Izumisano). Not offering: commercial supply — post-approval mfg transferred to sponsor.""",
  mp="car_t cell_therapy viral_vector", cp="clinical_supply quality_control", cn="commercial_manufacturing", gp="gmp", sp="clinical", sn="commercial", sip="JP JP-27"),
R("cdmo","ja","""株式会社ウミカゼ・メッセンジャー（兵庫県神戸市）｜提供できること：GMP mRNA原薬（1〜100 g/バッチ）、LNP封入・無菌充填、第1相〜第2相治験薬。自己増幅型RNA可。イオン化脂質は自社合成品の販売も可。
商用生産は行っていません。""",
  mp="mrna", cp="drug_substance formulation fill_finish clinical_supply lipid", cn="commercial_manufacturing", gp="gmp", sp="clinical", sn="commercial", sip="JP JP-28"),
R("cdmo","en","""LNPmetrics Lab KK | Analytics only — no GMP mfg. Offering: mRNA-LNP characterization (encapsulation %, particle size, capping %, poly(A), dsRNA), method dev/validation, GMP release & stability testing. Chiba (Kashiwa). Seeking: mRNA CDMOs wanting to outsource QC.""",
  mp="mrna", cp="analytical_development quality_control", cn="drug_substance clinical_supply commercial_manufacturing", gp="gmp", sip="JP JP-12"),
R("cdmo","ja","""株式会社アスカ・プロテインサービス（奈良県）｜研究用組換えタンパク質・抗体の受託発現・精製（HEK293/CHO一過性発現、〜20 L）。Fc融合・VHHも可。
研究用途のみ、GMP対応は行っていません。""",
  mp="protein antibody", cp="upstream downstream", gn="gmp", sp="research", sn="non_clinical clinical commercial", sip="JP JP-29"),
R("cdmo","en","""Nanto ChemBio Ltd. | Offering: GMP peptide & oligonucleotide API — peptide 100 kg+/batch (hybrid LPPS/SPPS), oligo up to 5 mol; commercial supply to global pharma, clinical-phase lots also OK. Sites: Tokushima + Singapore. Formulation: done via partner CMO.""",
  mp="peptide nucleic_acid", cp="drug_substance commercial_manufacturing clinical_supply", cn="formulation", gp="gmp", sp="clinical commercial", sip="JP JP-36 SG"),
R("cdmo","ja","""株式会社ケヌ・ジーンベクター（栃木県宇都宮市）｜提供できること：レンチウイルスベクター／AAVの研究用〜非臨床用製造（上流培養〜精製、〜20 L）。
GMPプラスミドは提携先から調達。GMP治験用ベクター製造は2027年開始予定（現時点では不可）。""",
  mp="viral_vector", cp="upstream downstream", cn="plasmid clinical_supply", gn="gmp", sp="research non_clinical", sn="clinical", sip="JP JP-09"),
R("cdmo","en","""Hakata Vaccine Works | Offering: recombinant subunit vaccines — 500 L fermenter, adjuvant formulation (alum, O/W emulsion), GMP DS/DP, clinical lots Ph1–Ph3. Own adjuvant line also sold separately. Fukuoka. Not offering: live attenuated / viral vaccines (no BSL-3).""",
  mp="vaccine protein", cp="upstream drug_substance formulation fill_finish clinical_supply adjuvant", gp="gmp", sp="clinical", sip="JP JP-40"),
R("cdmo","ja","""株式会社シナノ無菌製剤（長野県）｜提供できること：注射剤の製剤処方検討、無菌充填（バイアル・シリンジ）、凍結乾燥、GMP、治験薬〜商用。対象：抗体、ペプチド、低分子注射剤。
原薬は製造していません。""",
  mp="antibody peptide small_molecule", cp="formulation fill_finish clinical_supply commercial_manufacturing", cn="drug_substance", gp="gmp", sp="clinical commercial", sip="JP JP-20"),
R("cdmo","en","""Keihanna iPS Manufacturing | Offering: clinical-grade iPSC master cell banks, differentiation PD (cardiomyocyte, RPE, NK), GMP mfg of iPSC-derived cell products for investigator-initiated trials & company Ph1; cryobag fill in-house. Kyoto (Seika). Seeking: regenerative-medicine ventures.""",
  mp="ips cell_therapy", cp="process_development clinical_supply fill_finish", gp="gmp", sp="clinical", sip="JP JP-26"),
R("cdmo","ja","""株式会社ハリマ・ペイロードケミカル（兵庫県姫路市）｜提供できること：ADC用ペイロード・リンカー（原薬中間体）のGMP合成、HPAPI（OEB5）、10 g〜2 kg/バッチ。
抗体とのコンジュゲーションは実施せず、提携CDMOへ引き渡し。""",
  mp="small_molecule", mn="adc", cp="drug_substance", gp="gmp", sp="research clinical", sip="JP JP-28"),
R("cdmo","en","""Midori Biologics Group | Offering: mAb DS, 2,000 L SUB ×6 at Cork, Ireland — GMP clinical & commercial there only. Japan site (Yokohama) = PD lab + 200 L non-GMP tox batches. Seeking: JP biotechs planning EU/US Ph1.""",
  mp="antibody", cp="process_development drug_substance clinical_supply commercial_manufacturing", gp="gmp", sp="non_clinical clinical commercial", sip="JP JP-14 IE"),
R("cdmo","ja","""株式会社ツルギ核酸（石川県）｜提供できること：siRNA・ASO・アプタマーの受託合成（研究用、mg〜数g）、HPLC精製、品質分析。
GMP製造・治験薬は対応不可、提携先をご紹介します。""",
  mp="nucleic_acid", cp="downstream quality_control", cn="clinical_supply", gn="gmp", sp="research", sn="clinical", sip="JP JP-17"),
R("cdmo","en","""Biome Ferment Partners KK | Offering: live biotherapeutic products (anaerobic Clostridia, Bacteroides) — strain banking, fermentation 20 L–500 L, lyophilization, capsule fill; GMP clinical supply Ph1–2. Fujisawa, Kanagawa. Commercial scale: n/a today.""",
  mp="live_biotherapeutic", cp="upstream fill_finish clinical_supply", cn="commercial_manufacturing", gp="gmp", sp="clinical", sn="commercial", sip="JP JP-14"),
R("cdmo","ja","""株式会社セトウチ再生医療製造（広島県）｜間葉系幹細胞（MSC）製品の受託製造：臨床研究〜治験〜商用（再生医療等製品の製造業許可取得済）。大量培養（多層フラスコ・マイクロキャリア 50 L）。
遺伝子改変細胞は取り扱っていません。""",
  mp="msc cell_therapy regenerative", cp="upstream clinical_supply commercial_manufacturing", sp="clinical commercial", sip="JP JP-34"),
]
save("cdmo", rows)
