from common import save
R = []
def add(lang, text, spec, kind="vc"):
    R.append((kind, lang, text, spec))

add("en", "Founded in 2014 by former pharmaceutical R&D executives and headquartered in Nihonbashi, Tokyo, Kabuto Life Science Partners manages three funds totalling JPY 42 billion and invests exclusively at the seed and Series A stages in Japanese drug discovery ventures developing small molecules, antibodies and nucleic acid therapeutics, typically leading rounds and taking board seats. The firm was certified by AMED in 2022 as a venture capital firm under its drug-venture ecosystem programme and maintains a satellite investment office in Cambridge, Massachusetts, to connect portfolio companies with US investors. It does not invest in medical devices or digital health.",
    "mod+ therapeutics small_molecule antibody nucleic_acid; mod- medical_device digital_health; fund+ seed series_a; fund- series_b series_c ipo; cert+ amed_certified_vc; site+ JP JP-13 US US-MA")

add("en", "Osaka Bay Healthcare Capital Co., Ltd., the healthcare investment arm established in 2017 by a Kansai regional bank group, invests in Series B and Series C rounds and pre-IPO financings of healthcare companies in western Japan, with particular interest in oncology and ophthalmology, and has backed 23 companies to date, nine of which have since listed on the Tokyo Stock Exchange. The firm, whose investment team is based in Osaka's Kitahama district, does not participate in seed rounds. It has applied for AMED certification under the drug-venture ecosystem programme and expects a decision in 2026.",
    "fund+ series_b series_c ipo; fund- seed; cert- amed_certified_vc; site+ JP JP-27")

add("en", "Lionsgate Bioventures Pte. Ltd., a Singapore-headquartered venture capital firm founded in 2012, invests in Series A and Series B rounds of cell and gene therapy companies across Asia-Pacific, including CAR-T, iPS cell-derived and AAV-based programmes, and has committed more than USD 150 million to eleven Japanese companies since 2018. Its Tokyo presence is a liaison office only, with all investment decisions taken by the partnership in Singapore. The firm does not invest in diagnostics or medical devices and does not hold AMED certification.",
    "mod+ therapeutics cell_therapy gene_therapy car_t ips viral_vector; mod- diagnostics medical_device; fund+ series_a series_b; cert- amed_certified_vc; site+ SG; site- JP JP-13")

add("en", "Established in 2019 as the corporate venture capital unit of a Nagoya-based precision-instrument manufacturer, Chubu MedTech Ventures focuses solely on medical devices, surgical robotics and digital health, investing from seed through Series B from its office in Nagoya with typical tickets of JPY 100-500 million. Drug discovery ventures and therapeutics are outside the fund's mandate. Since 2023 it has co-invested alongside AMED-certified VCs, although the unit itself is not certified.",
    "mod+ medical_device digital_health; mod- therapeutics; fund+ seed series_a series_b; cert- amed_certified_vc; site+ JP JP-23")

add("ja", "当社は2010年に京都市で設立された独立系ベンチャーキャピタルであり、大学発の創薬ベンチャーを中心に、シリーズAからシリーズCまでのラウンドにおいてリード投資家として出資を行っております。これまでに抗体医薬、ADC、核酸医薬等の分野で計28社に投資しており、うち6社が株式上場、4社がM&Aによるイグジットを果たしております。当社は2022年にAMEDの創薬ベンチャーエコシステム強化事業における認定VCに採択されており、東京都港区にも投資チームが常駐する事務所を構えております。",
    "mod+ therapeutics antibody adc nucleic_acid; fund+ series_a series_b series_c ipo m_and_a; cert+ amed_certified_vc; site+ JP JP-26 JP-13")

add("ja", "当社は、九州・沖縄地域の大学及び研究機関から生まれるライフサイエンス系スタートアップの創出を目的として2020年に福岡市に設立されたシード特化型のベンチャーキャピタルであり、会社設立前の研究者チームへの伴走支援から、シードラウンドにおける最初の出資までを担っております。投資対象は創薬、再生医療、医療機器の各分野に及び、シリーズA・シリーズB等の後続ラウンドについては提携する他のベンチャーキャピタルへの橋渡しを行っております。なお、当社は現在AMED認定VCの申請準備を進めております。",
    "mod+ therapeutics regenerative medical_device; fund+ seed; fund- series_a series_b series_c ipo; cert- amed_certified_vc; site+ JP JP-40")

add("ja", "当社は、東証プライム上場の製薬企業を親会社として2016年に東京都千代田区に設立されたコーポレートベンチャーキャピタルであり、がん及び中枢神経領域のヘルスケア企業を対象として、プレIPOラウンド及び上場後の資金調達に限って出資を行っております。出資先とは親会社との共同研究やライセンス契約を通じた事業連携を重視しておりますが、シードからシリーズCまでの投資は行っておりません。なお、当社はAMED認定VCではございません。",
    "fund+ ipo; fund- seed series_a series_b series_c; cert- amed_certified_vc; site+ JP JP-13")

save("vc", R)
