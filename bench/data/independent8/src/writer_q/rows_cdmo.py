ROWS = [
("en", "cdmo", """
BIO Japan partnering mtg – Hoshizora Biologics (Kawasaki). Met their BD head + site head.
- mAbs mostly, a few Fc-fusion proteins. CLD, USP/DSP, DS under GMP.
- They do DS only; DP goes to a partner in Korea (vial + PFS filling there).
- GMP runs capped at 500 L today; the 2,000 L GMP suite opens next year, they said.
""", "m+ antibody protein | c+ cell_line_development upstream downstream drug_substance | c- formulation fill_finish | g+ gmp | s+ clinical | loc+ JP JP-14"),

("ja", "cdmo", """
【商談メモ】北陸ファインケミカル工業（富山）
・低分子原薬の受託製造、GMP対応。反応釜は最大6,000 L、商用原薬で年間数十トンの実績ありとのこと。
・治験薬原薬（数kg〜）も受ける。
・製剤化は自社ではやらず、グループ会社に回している。
""", "m+ small_molecule | c+ drug_substance clinical_supply commercial_manufacturing | c- formulation | g+ gmp | s+ clinical commercial | loc+ JP JP-16"),

("en", "cdmo", """
Call memo – Naniwa Peptide Works (Osaka).
SPPS + LPPS; GMP peptide API from ~100 g up to 50 kg per batch, supplying Phase 1-3 material for overseas sponsors.
No commercial supply yet – first PPQ campaign pencilled in for 2027.
Analytical method dev + ICH stability in-house.
Oligos: asked a lot, but they don't do them and have no plans to.
""", "m+ peptide | m- nucleic_acid | c+ drug_substance clinical_supply analytical_development quality_control | c- commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | loc+ JP JP-27"),

("ja", "cdmo", """
面談記録：京都ヌクレオテック（本社・ラボ：京都市）
核酸医薬（アンチセンス、siRNA）の原薬合成受託。
滋賀に新工場を建設中で、2027年稼働予定。それまではGMP製造は不可とのこと。
現状は毒性試験用ロット（〜数百g）のnon-GMP合成のみ、非臨床用に限る。
""", "m+ nucleic_acid | c+ drug_substance | c- clinical_supply | g- gmp | s+ non_clinical | s- research clinical commercial | loc+ JP JP-26"),

("en", "cdmo", """
Side meeting at ISSCR – Seto Cell Manufacturing (Kobe).
Auto + allo cell therapy CDMO with a GMP CPC; CAR-T and MSC programmes on the floor.
Lentiviral vector is bought in from a partner in the UK – they don't make vectors themselves.
Release testing (sterility, mycoplasma, endotoxin) done in-house.
Clinical lots only for now; commercial manufacture "under discussion" with one client, nothing signed.
""", "m+ cell_therapy car_t msc | m- viral_vector | c+ clinical_supply quality_control | c- commercial_manufacturing | g+ gmp | s+ clinical | s- research non_clinical commercial | loc+ JP JP-28"),

("ja", "cdmo", """
【商談メモ】つくばベクターラボ（茨城・つくば）
・AAVベクターの受託製造。HEK293浮遊培養、200〜500 L、精製まで自社。
・プラスミドは自社製造せず、外部から購入。
・力価・空殻比などの分析法は自社で開発。GMPは治験薬まで、商用生産は対象外。
・充填は外部委託とのこと。
""", "m+ viral_vector | c+ upstream downstream clinical_supply analytical_development | c- plasmid fill_finish commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | loc+ JP JP-08"),

("en", "cdmo", """
Email summary to Kenji re Aozora RNA Factory (Yokohama):
IVT mRNA + LNP encapsulation, research grade through GMP clinical; GMP line makes up to ~10 g mRNA per batch, which they say covers Phase 1/2.
Cap analog is licensed from a US supplier and the lipids are bought in – neither made in-house.
Vial filling in-house; lyophilisation not yet.
""", "m+ mrna | c+ drug_substance formulation fill_finish clinical_supply | c- cap_reagent lipid | g+ gmp | s+ research clinical | loc+ JP JP-14"),

("ja", "cdmo", """
面談記録：関東アセプティック（埼玉・川越）
無菌充填の専業CMO。バイアル・プレフィルドシリンジ、治験薬から商用品まで、年間約300万本。GMP適合。
原薬製造は行っていない（原薬は顧客支給）。
凍結乾燥機2台あり、聞いたところでは3台目を検討中。
""", "c+ fill_finish clinical_supply commercial_manufacturing | c- drug_substance | g+ gmp | s+ clinical commercial | loc+ JP JP-11"),

("en", "cdmo", """
Kiriko Analytical (Kyoto) – call memo.
Analytics-only shop: method dev/validation plus GMP release and stability testing for mAbs and ADCs.
No manufacturing at all – they refer clients to partner CDMOs.
~40 analysts, growing.
""", "m+ antibody adc | c+ analytical_development quality_control | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | loc+ JP JP-26"),

("ja", "cdmo", """
【商談メモ】駿河バイオプロセス（静岡・富士）
大腸菌・酵母の発酵による組換えタンパク質原薬の受託製造。発酵槽は30 L〜3,000 L。
GMPは1,000 Lラインのみ、3,000 Lは非GMP（食品用途）とのこと。
北海道に新ラインの計画ありと聞いたが詳細不明。
""", "m+ protein | c+ upstream drug_substance | g+ gmp | s+ research clinical commercial | loc+ JP JP-22"),

("en", "cdmo", """
Met Tokai Conjugates (Shizuoka) at CPHI Japan.
- ADC conjugation, formulation and vial filling; GMP.
- mAb intermediate is supplied by the client – they don't make antibodies.
- Clinical supply for Ph1-2 programmes, 0.5-5 kg conjugate per batch.
""", "m+ adc | m- antibody | c+ drug_substance formulation fill_finish clinical_supply | g+ gmp | s+ clinical | loc+ JP JP-22"),

("ja", "cdmo", """
【CRM】ハンビット・バイオロジクス（韓国・仁川）
抗体CDMO。15,000 L ×4基で商用抗体原薬を製造。
プロセス開発は仁川とボストン（マサチューセッツ）のラボ。
日本法人は東京・日本橋の営業窓口のみで、国内に製造拠点はなし。
""", "m+ antibody | c+ drug_substance commercial_manufacturing process_development | s+ commercial | loc+ KR US US-MA | loc- JP"),

("en", "cdmo", """
Quick chat at the Regenerative Medicine Japan expo with Yodogawa Cell Works (Osaka).
They run a GMP CPC making iPSC-derived RPE and cardiomyocytes for regenerative medicine programmes – Phase 1 clinical lots at the moment.
Also sell research-grade iPS cell lots.
Commercial manufacture only after plant 2 is finished (2028, apparently).
""", "m+ ips cell_therapy regenerative | c+ clinical_supply | c- commercial_manufacturing | g+ gmp | s+ research clinical | s- commercial | loc+ JP JP-27"),

("ja", "cdmo", """
面談記録：柏プラスミドサービス（千葉・柏）
GMPグレードのプラスミドDNAを受託製造（AAV・mRNA向けの出発原料）。
培養〜精製、発酵は最大200 L。
ベクター本体やmRNAの製造はしない、とはっきり言っていた。
""", "m- viral_vector mrna | c+ plasmid upstream downstream | g+ gmp | s+ clinical | loc+ JP JP-12"),

("en", "cdmo", """
Met Dr. Iwata, Sakura Synthesis.
Plants in Gujarat (India) and Shandong (China); in Japan they only have a sales/liaison office in Tokyo.
Route scouting, GMP kilo lab (1-20 kg) for clinical batches, and multi-tonne commercial API, mostly generics.
Import QC testing for Japan is done by a contract lab, not them.
""", "m+ small_molecule | c+ process_development drug_substance clinical_supply commercial_manufacturing | c- quality_control | g+ gmp | s+ clinical commercial | loc+ IN CN | loc- JP"),

("ja", "cdmo", """
【商談メモ】湘南レンチテック（神奈川・藤沢）
レンチウイルスベクターの受託。
現状は研究用グレード（〜10 L）のみ。
GMP製造は2026年度から開始予定とのことで、治験用はまだ受けられない。
""", "m+ viral_vector | c- clinical_supply | g- gmp | s+ research | s- non_clinical clinical commercial | loc+ JP JP-14"),

("en", "cdmo", """
Call w/ Suo Biomanufacturing (Yamaguchi).
Commercial mAb DS on 4 x 12,000 L stainless steel, plus 2 x 2,000 L SUBs for clinical GMP batches.
PFS filling in-house as well.
They do NOT do cell line development – client brings the cell line, or they point to a partner.
""", "m+ antibody | c+ upstream drug_substance commercial_manufacturing clinical_supply fill_finish | c- cell_line_development | g+ gmp | s+ clinical commercial | loc+ JP JP-35"),

("ja", "cdmo", """
面談記録：阿蘇ワクチンテクノロジー（熊本）
不活化ワクチン・組換えタンパク質ワクチンの受託製造、GMP。治験薬から商用まで対応。
原液（原薬）までで、製剤・充填は行っていない。
アジュバントは自社製造しておらず、海外から購入しているとのこと。
""", "m+ vaccine protein | c+ drug_substance clinical_supply commercial_manufacturing | c- adjuvant formulation fill_finish | g+ gmp | s+ clinical commercial | loc+ JP JP-43"),

("en", "cdmo", """
Rokko Process Labs (Kobe) – PD/tech-transfer boutique.
USP/DSP process development for mAbs and bispecifics at 3-30 L, then hand-over to GMP CDMOs for manufacturing.
No GMP in-house and they say that's deliberate.
""", "m+ antibody bispecific | c+ process_development upstream downstream | c- drug_substance clinical_supply commercial_manufacturing | g- gmp | s+ research | loc+ JP JP-28"),

("ja", "cdmo", """
【CRM】常陸ケミカルズ
・ペプチド・核酸原薬のCDMO、GMP。茨城と山口に工場。
・商用実績あり（ペプチドは年間トン規模）。
・分析法開発、安定性試験も自社。
・製剤は行わない。
""", "m+ peptide nucleic_acid | c+ drug_substance commercial_manufacturing analytical_development quality_control | c- formulation | g+ gmp | s+ commercial | loc+ JP JP-08 JP-35"),

("en", "cdmo", """
Met Hirose Cell Therapeutics Manufacturing (Sendai).
Allogeneic MSC products in their own GMP CPC – commercial supply for two marketed regenerative medicine products plus Phase 2 lots for clients.
Bioreactor expansion up to 50 L.
Cryo-shipping is handled by a logistics partner.
""", "m+ msc cell_therapy regenerative | c+ commercial_manufacturing clinical_supply upstream | c- cold_chain | g+ gmp | s+ clinical commercial | loc+ JP JP-04"),

("ja", "cdmo", """
面談記録：信州パレンテラル（長野）
注射剤の製剤化・充填（アンプル、バイアル）。治験薬GMP。
治験薬のみ、小ロット（〜5,000本）。商用は受けていない。
原薬は扱わないとのこと。
""", "c+ formulation fill_finish clinical_supply | c- commercial_manufacturing drug_substance | g+ gmp | s+ clinical | s- research non_clinical commercial | loc+ JP JP-20"),

("en", "cdmo", """
CRM note – Boso Biologics (Chiba), pharma spin-off.
Currently mAb and Fab DS, GMP, up to 1,000 L.
Plan to add mRNA-LNP from FY2027; nothing in place yet, they admitted.
""", "m+ antibody | m- mrna | c+ drug_substance | g+ gmp | s+ clinical | loc+ JP JP-12"),

("ja", "cdmo", """
【商談メモ】吉備マイクロバイオーム（岡山）
生菌製剤（LBP）向けの嫌気性菌培養の受託。
GMPは非対応で、現状は非臨床用まで。
治験薬は提携先の欧州CDMOに回しているとのこと。
""", "m+ live_biotherapeutic | c+ upstream | c- clinical_supply | g- gmp | s+ non_clinical | s- clinical | loc+ JP JP-33"),

("ja", "cdmo", """
面談記録：江東バイオアナリシス（東京・江東区）
ウイルスベクター・細胞製品の品質試験専門。GMP適合の出荷試験（力価、空殻比、無菌）と試験法開発。
ベクターや細胞の製造はしていない。
""", "m+ viral_vector cell_therapy | c+ quality_control analytical_development | c- drug_substance clinical_supply commercial_manufacturing | g+ gmp | loc+ JP JP-13"),

("en", "cdmo", """
Flatiron Oligo (US) – they opened a Japan process-development lab in Kawasaki last year.
GMP manufacturing stays in the US; commercial siRNA at multi-hundred-kg batches.
Japan lab = PD and tech transfer support only, per their BD.
""", "m+ nucleic_acid | c+ process_development drug_substance commercial_manufacturing | g+ gmp | s+ commercial | loc+ US JP JP-14"),

("ja", "cdmo", """
【商談メモ】神戸ラボプロテイン（神戸）
抗体・組換えタンパク質。CHO細胞株構築から培養、精製、原薬、治験薬（Phase 1〜2）まで一貫、GMP。
シングルユース 50 L / 500 L。
製剤・充填は国内の提携先。商用は非対応。
""", "m+ antibody protein | c+ cell_line_development upstream downstream drug_substance clinical_supply | c- formulation fill_finish commercial_manufacturing | g+ gmp | s+ clinical | s- commercial | loc+ JP JP-28"),

("en", "cdmo", """
Toyama Oral Solids – met at the fair booth.
Used to do sterile fill-finish but exited in 2022.
Now GMP oral solid dose only (tablets, capsules) for small molecules, clinical and commercial.
""", "m+ small_molecule | c+ formulation clinical_supply commercial_manufacturing | c- fill_finish | g+ gmp | s+ clinical commercial | loc+ JP JP-16"),
]
