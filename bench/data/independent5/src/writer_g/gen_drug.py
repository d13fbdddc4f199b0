from lib import row, save
R = []
K = "startup"
R.append(row(K, 1, "ja", """株式会社ミトラ・ジーンセラピー（創薬ベンチャー／東京都文京区・本郷ラボ）
開発品：AAVベクターによる網膜疾患の遺伝子治療。リード品は非臨床段階（GLP毒性試験準備中）。
求む：治験薬GMP製造のCDMO（AAV、200 L規模）。
自社：ベクター設計・in vitro評価のみ、製造設備なし。""",
 mod="+gene_therapy +viral_vector", cap="+drug_discovery -drug_substance -clinical_supply -commercial_manufacturing",
 comp="-gmp", stage="+preclinical", site="+JP +JP-13"))
R.append(row(K, 2, "en", """Kotodama Therapeutics — bispecific T-cell engagers, solid tumours. Lead KT-201: Phase 1 (FIH in Japan since 2024); backups in discovery. Series A closed (¥2.4bn). CMC: DS and DP made by a contract manufacturer in Korea. Lab: Shonan iPark, Fujisawa (Kanagawa).""",
 mod="+bispecific", cap="+drug_discovery -drug_substance -formulation -fill_finish -clinical_supply -commercial_manufacturing",
 stage="+research +phase1", fund="+series_a", site="+JP +JP-14"))
R.append(row(K, 3, "ja", """株式会社オリゴノーツ（大阪府吹田市）
・アンチセンス核酸（ASO）による希少疾患治療薬
・パイプライン：探索2品目、非臨床1品目（IND申請準備中）
・創薬ベンチャーエコシステム強化事業 採択
・原薬は海外CDMOへ委託／国内製造拠点の計画なし
・シリーズB調達完了""",
 mod="+nucleic_acid +therapeutics", cap="+drug_discovery -drug_substance",
 stage="+research +preclinical", fund="+series_b", cert="+amed_supported_venture", site="+JP +JP-27"))
R.append(row(K, 4, "en", """Hikari Cell Medicine (Kyoto) — iPS cell-derived dopaminergic progenitors for Parkinson's disease; regenerative medicine. Phase 1/2 investigator-initiated trial ongoing. Own GMP cell-processing facility in Kyoto makes the clinical lots — for our own product only, no contract manufacturing.""",
 mod="+ips +regenerative", cap="+clinical_supply", comp="+gmp", scale="+clinical",
 stage="+phase1 +phase2", site="+JP +JP-26"))
R.append(row(K, 5, "ja", """株式会社ニューロフォールド（宮城県仙台市）　AI創薬×低分子。対象：中枢神経疾患。パイプライン：リード最適化（研究段階）。自社ウェットラボなし、合成・薬理試験は国内CROへ外部委託。シードラウンドでエンジェル・VC 3社より調達。""",
 mod="+small_molecule", cap="+drug_discovery -nonclinical_studies",
 stage="+research", fund="+seed", site="+JP +JP-04"))
R.append(row(K, 6, "en", """Tenkuu Vaccines Inc. — mRNA vaccines for infectious disease. Pipeline: TV-01 preclinical (tox lots needed Q3), TV-02 research. Looking for: a Japanese CDMO for GMP mRNA DS, LNP formulation and fill-finish for FIH; plus a cap analogue and lipid supplier. Office & lab: Minato-ku, Tokyo.""",
 mod="+mrna +vaccine", cap="-drug_substance -formulation -fill_finish -clinical_supply -cap_reagent -lipid", comp="-gmp",
 stage="+research +preclinical", site="+JP +JP-13"))
R.append(row(K, 7, "ja", """株式会社コンジュゲート・ラボ（神奈川県藤沢市）。新規リンカー技術によるADC。自社では研究用ADCの調製（mgスケール）まで。抗体は購入品、GMP製造はCDMOへ委託予定。開発段階：非臨床（GLP毒性試験は外部委託）。""",
 mod="+adc -antibody", cap="-clinical_supply -nonclinical_studies", comp="-gmp -glp",
 scale="+research", stage="+preclinical", site="+JP +JP-14"))
R.append(row(K, 8, "en", """Akane Immunotherapeutics — allogeneic CAR-T for B-cell malignancies. Stage: Phase 1 dose escalation at 3 Japanese sites; next-gen armoured CAR in preclinical. Lentiviral vector supplied by a US partner; cell manufacturing at a contract CPC in Kanagawa. HQ & R&D lab: Kobe (Hyogo). Series B closed 2023.""",
 mod="+car_t -viral_vector", cap="-drug_substance -clinical_supply -commercial_manufacturing",
 stage="+phase1 +preclinical", fund="+series_b", site="+JP +JP-28"))
R.append(row(K, 9, "ja", """株式会社ステムブリッジ（北海道札幌市）
製品：自家骨髄由来MSC（間葉系幹細胞）製剤。脊髄損傷で条件付き・期限付き承認取得済み、適応拡大の第II相試験を実施中。製造は自社CPC（GCTP適合）にて商用・治験用とも実施。""",
 mod="+msc", cap="+commercial_manufacturing +clinical_supply", comp="+gmp",
 scale="+clinical +commercial", stage="+approved +phase2", site="+JP +JP-01"))
R.append(row(K, 10, "en", """Orizuru Peptides — macrocyclic peptide discovery (mRNA display platform). Own pipeline: two oral peptides in research. One programme licensed out to a European pharma in 2024 (now in Phase 1 under the licensee). No in-house manufacturing; GMP peptide API sourced from CDMOs. Lab: Kawasaki (Kanagawa).""",
 mod="+peptide", cap="+drug_discovery -drug_substance -clinical_supply -commercial_manufacturing", comp="-gmp",
 stage="+research", fund="+licence_out", site="+JP +JP-14"))
save("startup", R)

R = []
K = "pharma"
R.append(row(K, 1, "ja", """株式会社北斗製薬（本社・工場：富山県富山市）
医療用医薬品（低分子・経口固形剤）の研究開発・製造販売。富山工場で自社上市品の商用生産（原薬〜製剤・包装）。他社からの受託製造は行っていません。バイオ医薬品の製造設備なし。""",
 mod="+small_molecule", cap="+commercial_manufacturing +drug_substance +formulation",
 scale="+commercial", stage="+approved", site="+JP +JP-16"))
R.append(row(K, 2, "en", """Seiran Pharmaceutical Co., Ltd. — Tokyo-listed pharma. Pipeline: antibody and ADC oncology assets from discovery to Phase 3; two marketed small-molecule products. Biologics DS outsourced to CDMOs (no in-house cell culture); API for the marketed products made in-house at Ube (Yamaguchi). Research centre: Tsukuba (Ibaraki). Clinical development office: Cambridge, MA.""",
 mod="+antibody +adc +small_molecule", cap="+drug_discovery +drug_substance +commercial_manufacturing -upstream",
 scale="+commercial", stage="+research +preclinical +phase1 +phase2 +phase3 +approved",
 site="+JP +JP-35 +JP-08 +US +US-MA"))
R.append(row(K, 3, "ja", """株式会社阿蘇ワクチン研究所（熊本県菊池市）
インフルエンザ・小児用ワクチンの研究開発〜製造・販売。承認品8品目、mRNAワクチン1品目が第I相。mRNA原薬は外部CDMOで製造、自社工場は不活化・組換えタンパク質ワクチン専用で上市品を商用生産。""",
 mod="+vaccine +mrna +protein", cap="+commercial_manufacturing",
 scale="+commercial", stage="+approved +phase1", site="+JP +JP-43"))
R.append(row(K, 4, "en", """Valdoro Pharma Japan G.K. — Japanese affiliate of a Swiss specialty pharma (enzyme-replacement therapies; recombinant proteins for rare diseases). Japan: sales and medical-information office in Tokyo only; no plant or laboratory in Japan. Manufacturing: by the parent company in the Basel region, Switzerland. Two products approved in Japan; one Phase 3 study ongoing.""",
 mod="+protein", stage="+approved +phase3", site="-JP -JP-13"))
R.append(row(K, 5, "ja", """株式会社東海バイオシミラー（静岡県三島市）
抗体バイオシミラーの開発・製造販売。自社工場：CHO培養 2×5,000 L、原薬〜PFS充填まで一貫、GMP。上市2品目（自社工場で商用生産）、第III相1品目。余剰能力を活用した受託製造は2026年度から開始予定。""",
 mod="+antibody", cap="+upstream +drug_substance +fill_finish +commercial_manufacturing", comp="+gmp",
 scale="+commercial", stage="+approved +phase3", site="+JP +JP-22"))
save("pharma", R)
