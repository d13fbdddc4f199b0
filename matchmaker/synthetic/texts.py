"""Phrase banks for the synthetic ecosystem, in English and Japanese.

Matching has to work on meaning, not on the vocabulary labels, so every modality, capability and
part has several paraphrases per language (a CDMO may say "clinical-grade bulk production" where
a startup asks for "GMP drug substance manufacturing"). Keys are vocabulary ids; the tests check
that they all exist in ``seed/vocabulary.yaml``. By convention the first paraphrase of each list
never contains the ``{m}`` (modality) placeholder, so it can always be used as a fallback.
"""

from __future__ import annotations

Bank = dict[str, dict[str, tuple[str, ...]]]


def _pairs(spec: str) -> tuple[tuple[str, str], ...]:
    """``"Ve:ヴェ Lu:ル"`` -> ``(("Ve", "ヴェ"), ("Lu", "ル"))``; keeps the tables below compact."""
    return tuple((a, b) for a, _, b in (item.partition(":") for item in spec.split()))


# --- names ------------------------------------------------------------------------------------

# Invented stems are built from (romaji, katakana) pieces so that ``name`` and ``name_ja`` agree.
EN_HEAD = _pairs(
    "Ve:ヴェ Lu:ル Cy:サイ Ze:ゼ Qui:キ Ori:オリ Tal:タル Hel:ヘル Av:アヴ Sel:セル "
    "Bry:ブライ Ost:オスト Kel:ケル Ira:イラ Del:デル Pry:プライ Wyn:ウィン Xan:ザン Iso:イソ "
    "Ult:ウルト"
)
EN_MID = _pairs("ra:ラ vi:ヴィ lo:ロ ne:ネ xa:ザ mi:ミ ti:ティ do:ド ri:リ qu:ク :")
EN_TAIL = _pairs(
    "on:オン ia:イア yx:イクス ex:エクス ara:アラ ix:イクス ora:オラ ent:エント ius:イウス ena:エナ os:オス um:ウム"
)
JP_HEAD = _pairs("Ka:カ So:ソ Hi:ヒ Mi:ミ Yu:ユ Ri:リ Se:セ Na:ナ A:ア Ta:タ Ko:コ Shi:シ Wa:ワ Ha:ハ Ki:キ Ne:ネ")
JP_MID = _pairs("ra:ラ na:ナ ki:キ mo:モ se:セ ya:ヤ ze:ゼ no:ノ ru:ル ho:ホ to:ト me:メ")
JP_TAIL = _pairs("mi:ミ ka:カ ne:ネ ri:リ ta:タ su:ス ya:ヤ ho:ホ ra:ラ wa:ワ gi:ギ")

# Invented place names (romaji, kanji) for universities, hospitals, agencies, towns and banks.
PLACE_PREFIX = _pairs(": : Higashi:東 Nishi:西 Kita:北 Minami:南 Shin:新")
PLACE_FIRST = _pairs(
    "Kaze:風 Hoshi:星 Kiri:霧 Suzu:鈴 Niji:虹 Hikari:光 Yuki:雪 Wakaba:若葉 Shio:潮 Hotaru:蛍 "
    "Akane:茜 Kasumi:霞 Tsubaki:椿 Momiji:紅葉 Kujaku:孔雀 Ayame:菖蒲 Hibari:雲雀 Midori:翠 "
    "Shirasagi:白鷺 Tsubame:燕"
)
PLACE_SECOND = _pairs("no:野 oka:丘 mori:森 hama:浜 hara:原 sawa:沢 dai:台 sato:里 kawa:川 tani:谷 zaki:崎 shima:島")

# Name patterns per organisation kind: (English, Japanese) with {s} = stem or {p} = place.
COMPANY_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "startup": (
        ("{s} Therapeutics", "{s}セラピューティクス"),
        ("{s} Bio", "{s}バイオ"),
        ("{s} Biosciences", "{s}バイオサイエンス"),
        ("{s} Medicines", "{s}メディシンズ"),
        ("{s} Pharma", "{s}ファーマ"),
        ("{s} Genomics", "{s}ゲノミクス"),
    ),
    "pharma": (
        ("{s} Pharma", "{s}製薬"),
        ("{s} Pharmaceutical", "{s}薬品工業"),
        ("{s} Seiyaku", "{s}製薬"),
        ("{s} Pharmaceuticals", "{s}ファーマシューティカルズ"),
        ("{s} Yakuhin", "{s}薬品"),
    ),
    "cdmo": (
        ("{s} Contract Manufacturing", "{s}受託製造"),
        ("{s} BioManufacturing", "{s}バイオマニュファクチャリング"),
        ("{s} CDMO", "{s} CDMO"),
        ("{s} Bioprocess", "{s}バイオプロセス"),
        ("{s} Pharma Services", "{s}ファーマサービス"),
    ),
    "cro": (
        ("{s} Research", "{s}リサーチ"),
        ("{s} Research Services", "{s}リサーチサービス"),
        ("{s} Medical Research", "{s}メディカルリサーチ"),
        ("{s} Contract Research", "{s}受託研究所"),
        ("{s} Laboratories", "{s}ラボラトリーズ"),
    ),
    "vc": (
        ("{s} Capital", "{s}キャピタル"),
        ("{s} Ventures", "{s}ベンチャーズ"),
        ("{s} Partners", "{s}パートナーズ"),
        ("{s} Bio Fund", "{s}バイオファンド"),
        ("{s} Life Science Partners", "{s}ライフサイエンスパートナーズ"),
    ),
    "supplier": (
        ("{s} Industries", "{s}工業"),
        ("{s} Materials", "{s}マテリアルズ"),
        ("{s} Chemical", "{s}化学"),
        ("{s} Seiki", "{s}精機"),
        ("{s} Polymer", "{s}ポリマー"),
        ("{s} Kasei", "{s}化成"),
        ("{s} Life Science", "{s}ライフサイエンス"),
        ("{s} Engineering", "{s}エンジニアリング"),
    ),
}
# Parts makers are named after what they make (a glass works, a reagent house...).
SUPPLIER_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "hardware": (
        ("{s} Polymer", "{s}ポリマー"),
        ("{s} Kasei", "{s}化成"),
        ("{s} Industries", "{s}工業"),
        ("{s} Bioprocess Systems", "{s}バイオプロセスシステムズ"),
    ),
    "equipment": (
        ("{s} Engineering", "{s}エンジニアリング"),
        ("{s} Seiki", "{s}精機"),
        ("{s} Industries", "{s}工業"),
        ("{s} Machinery", "{s}機工"),
    ),
    "purification": (
        ("{s} Chemical", "{s}化学"),
        ("{s} Materials", "{s}マテリアルズ"),
        ("{s} Kasei", "{s}化成"),
        ("{s} Separations", "{s}セパレーションズ"),
    ),
    "reagents": (
        ("{s} Life Science", "{s}ライフサイエンス"),
        ("{s} Chemical", "{s}化学"),
        ("{s} Biochemicals", "{s}生化学"),
        ("{s} Reagents", "{s}試薬"),
    ),
    "glass": (
        ("{s} Glass", "{s}硝子"),
        ("{s} Glassworks", "{s}硝子工業"),
        ("{s} Packaging", "{s}パッケージング"),
    ),
}
PLACE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "university": (
        ("{p} University", "{p}大学"),
        ("{p} Medical University", "{p}医科大学"),
        ("{p} Pharmaceutical University", "{p}薬科大学"),
        ("{p} Prefectural University", "県立{p}大学"),
        ("{p} Institute of Technology", "{p}工業大学"),
    ),
    "research_institute": (
        ("{p} Institute for Life Sciences", "{p}生命科学研究所"),
        ("{p} Biomedical Research Center", "{p}医科学研究センター"),
        ("{p} Institute of Advanced Biotechnology", "{p}先端バイオ研究所"),
        ("{p} Institute of Medical Science", "{p}医学研究所"),
    ),
    "hospital": (
        ("{p} University Hospital", "{p}大学病院"),
        ("{p} General Hospital", "{p}総合病院"),
        ("{p} Municipal Hospital", "{p}市民病院"),
        ("{p} Medical Center", "{p}医療センター"),
        ("{p} Children's Hospital", "{p}こども病院"),
    ),
    "association": (
        ("{p} Bio Industry Association", "{p}バイオ産業協会"),
        ("{p} Life Science Council", "{p}ライフサイエンス協議会"),
        ("{p} Foundation for Medical Industry", "{p}医療産業振興財団"),
        ("{p} Bio Cluster Network", "{p}バイオクラスター協議会"),
    ),
    "support_agency": (
        ("{p} Industrial Promotion Center", "{p}産業振興センター"),
        ("{p} Innovation Agency", "{p}イノベーション推進機構"),
        ("{p} Incubation Center", "{p}インキュベーションセンター"),
        ("{p} Bio Business Support Office", "{p}バイオビジネス支援室"),
    ),
    "government": (("{p} City", "{p}市"), ("{p} Town", "{p}町"), ("{p} Village", "{p}村")),
    "finance": (
        ("{p} Bank", "{p}銀行"),
        ("{p} Shinkin Bank", "{p}信用金庫"),
        ("{p} Securities", "{p}証券"),
        ("{p} Development Bank", "{p}開発銀行"),
    ),
}

# Stems of real organisations that an invented name must never start with (case-insensitive).
REAL_STEMS: tuple[str, ...] = (
    "takeda",
    "astellas",
    "daiichi",
    "eisai",
    "chugai",
    "otsuka",
    "shionogi",
    "kyowa",
    "kirin",
    "sumitomo",
    "mitsubishi",
    "mitsui",
    "ono",
    "fujifilm",
    "fuji",
    "agc",
    "asahi",
    "jsr",
    "toray",
    "kaneka",
    "nipro",
    "terumo",
    "sysmex",
    "shimadzu",
    "hitachi",
    "olympus",
    "ajinomoto",
    "meiji",
    "santen",
    "kissei",
    "mochida",
    "kaken",
    "tanabe",
    "kowa",
    "rohto",
    "taisho",
    "sawai",
    "towa",
    "zeria",
    "sosei",
    "healios",
    "peptidream",
    "jcr",
    "toyobo",
    "sekisui",
    "daicel",
    "denka",
    "tosoh",
    "kuraray",
    "teijin",
    "nikon",
    "yokogawa",
    "jafco",
    "sbi",
    "mizuho",
    "mufg",
    "smbc",
    "nomura",
    "daiwa",
    "lonza",
    "wuxi",
    "samsung",
    "celltrion",
    "catalent",
    "sartorius",
    "cytiva",
    "merck",
    "pfizer",
    "roche",
    "novartis",
    "novo",
    "sanofi",
    "bayer",
    "astra",
    "abbvie",
    "amgen",
    "gilead",
    "biogen",
    "genentech",
    "moderna",
    "thermo",
    "danaher",
    "corning",
    "schott",
    "cmic",
    "linical",
    "iqvia",
    "parexel",
    "syneos",
    "labcorp",
    "medpace",
    "kobayashi",
    "kotobuki",
    "nissan",
    "hisamitsu",
    "nichiiko",
    "seikagaku",
    "kyorin",
    "maruho",
    "tsumura",
    "hoya",
)

# --- labels -----------------------------------------------------------------------------------

REGION_LABELS: dict[str, tuple[str, str]] = {
    "JP-01": ("Hokkaido", "北海道"),
    "JP-04": ("Miyagi", "宮城県"),
    "JP-07": ("Fukushima", "福島県"),
    "JP-08": ("Ibaraki", "茨城県"),
    "JP-09": ("Tochigi", "栃木県"),
    "JP-10": ("Gunma", "群馬県"),
    "JP-11": ("Saitama", "埼玉県"),
    "JP-12": ("Chiba", "千葉県"),
    "JP-13": ("Tokyo", "東京都"),
    "JP-14": ("Kanagawa", "神奈川県"),
    "JP-15": ("Niigata", "新潟県"),
    "JP-16": ("Toyama", "富山県"),
    "JP-17": ("Ishikawa", "石川県"),
    "JP-20": ("Nagano", "長野県"),
    "JP-21": ("Gifu", "岐阜県"),
    "JP-22": ("Shizuoka", "静岡県"),
    "JP-23": ("Aichi", "愛知県"),
    "JP-24": ("Mie", "三重県"),
    "JP-25": ("Shiga", "滋賀県"),
    "JP-26": ("Kyoto", "京都府"),
    "JP-27": ("Osaka", "大阪府"),
    "JP-28": ("Hyogo", "兵庫県"),
    "JP-29": ("Nara", "奈良県"),
    "JP-33": ("Okayama", "岡山県"),
    "JP-34": ("Hiroshima", "広島県"),
    "JP-36": ("Tokushima", "徳島県"),
    "JP-37": ("Kagawa", "香川県"),
    "JP-40": ("Fukuoka", "福岡県"),
    "JP-43": ("Kumamoto", "熊本県"),
    "JP-44": ("Oita", "大分県"),
    "JP-46": ("Kagoshima", "鹿児島県"),
    "JP-47": ("Okinawa", "沖縄県"),
    "US-MA": ("Massachusetts", "マサチューセッツ州"),
    "US-CA": ("California", "カリフォルニア州"),
    "GB-LND": ("London", "ロンドン"),
    "CH": ("Switzerland", "スイス"),
    "DE": ("Germany", "ドイツ"),
    "KR": ("South Korea", "韓国"),
    "SG": ("Singapore", "シンガポール"),
    "FR": ("France", "フランス"),
}

# --- modalities, capabilities, parts ----------------------------------------------------------

MODALITY: Bank = {
    "antibody": {
        "en": (
            "monoclonal antibodies",
            "therapeutic antibodies",
            "IgG antibody drugs",
            "antibody therapeutics",
        ),
        "ja": ("抗体医薬", "モノクローナル抗体", "治療用抗体", "抗体医薬品"),
    },
    "adc": {
        "en": (
            "antibody-drug conjugates",
            "ADCs",
            "antibody-payload conjugates",
            "targeted conjugate therapeutics",
        ),
        "ja": ("抗体薬物複合体（ADC）", "ADC", "抗体に薬物を結合させた複合体医薬", "ペイロード結合抗体"),
    },
    "bispecific": {
        "en": ("bispecific antibodies", "dual-targeting antibodies", "T-cell engagers", "bispecific formats"),
        "ja": ("二重特異性抗体", "バイスペシフィック抗体", "T細胞エンゲージャー", "2つの標的に結合する抗体"),
    },
    "nucleic_acid": {
        "en": (
            "oligonucleotide therapeutics",
            "siRNA drugs",
            "antisense oligonucleotides",
            "nucleic acid medicines",
        ),
        "ja": ("核酸医薬", "siRNA医薬", "アンチセンス核酸", "オリゴ核酸医薬"),
    },
    "mrna": {
        "en": ("mRNA medicines", "mRNA therapeutics", "messenger RNA drugs", "LNP-formulated mRNA"),
        "ja": ("mRNA医薬", "メッセンジャーRNA医薬", "LNP封入mRNA", "mRNA製剤"),
    },
    "vaccine": {
        "en": ("vaccines", "prophylactic vaccines", "next-generation vaccines", "vaccine candidates"),
        "ja": ("ワクチン", "予防ワクチン", "次世代ワクチン", "ワクチン候補"),
    },
    "gene_therapy": {
        "en": ("gene therapies", "gene-replacement therapies", "in vivo gene therapy", "genetic medicines"),
        "ja": ("遺伝子治療薬", "遺伝子補充療法", "in vivo遺伝子治療", "遺伝子治療製品"),
    },
    "viral_vector": {
        "en": (
            "AAV vectors",
            "viral vectors for gene therapy",
            "lentiviral vectors",
            "gene-delivery vectors",
        ),
        "ja": (
            "AAVベクター",
            "遺伝子治療用ウイルスベクター",
            "レンチウイルスベクター",
            "遺伝子導入用ベクター",
        ),
    },
    "cell_therapy": {
        "en": (
            "cell therapies",
            "cell-based medicines",
            "autologous cell products",
            "allogeneic cell therapies",
        ),
        "ja": ("細胞治療薬", "細胞医薬", "自家細胞製品", "他家細胞治療"),
    },
    "ips": {
        "en": (
            "iPS cell-derived products",
            "induced pluripotent stem cell therapies",
            "iPSC-derived cells",
            "iPS-based regenerative products",
        ),
        "ja": ("iPS細胞由来製品", "iPS細胞を用いた治療", "iPS細胞由来細胞", "人工多能性幹細胞の応用製品"),
    },
    "msc": {
        "en": (
            "mesenchymal stem cell products",
            "MSC therapies",
            "mesenchymal stromal cells",
            "MSC-based medicines",
        ),
        "ja": ("間葉系幹細胞製品", "MSC製剤", "間葉系間質細胞", "間葉系幹細胞を用いた治療"),
    },
    "car_t": {
        "en": (
            "CAR-T cell therapies",
            "CAR T products",
            "engineered T-cell therapies",
            "chimeric antigen receptor T cells",
        ),
        "ja": ("CAR-T細胞療法", "CAR-T製品", "遺伝子改変T細胞療法", "キメラ抗原受容体T細胞"),
    },
    "regenerative": {
        "en": (
            "regenerative medicine products",
            "tissue-engineered products",
            "regenerative therapies",
            "cell sheet products",
        ),
        "ja": ("再生医療等製品", "再生医療", "組織工学製品", "細胞シート製品"),
    },
    "small_molecule": {
        "en": (
            "small-molecule drugs",
            "small molecules",
            "oral small-molecule therapeutics",
            "low-molecular-weight compounds",
        ),
        "ja": ("低分子医薬品", "低分子化合物", "経口低分子薬", "低分子創薬"),
    },
    "peptide": {
        "en": ("peptide drugs", "therapeutic peptides", "macrocyclic peptides", "peptide therapeutics"),
        "ja": ("ペプチド医薬", "治療用ペプチド", "環状ペプチド", "中分子ペプチド"),
    },
    "live_biotherapeutic": {
        "en": (
            "live biotherapeutic products",
            "microbiome therapeutics",
            "defined bacterial consortia",
            "gut-microbiome drugs",
        ),
        "ja": ("生菌製剤", "マイクロバイオーム創薬", "腸内細菌製剤", "定義済み菌叢医薬"),
    },
    "protein": {
        "en": (
            "recombinant proteins",
            "therapeutic proteins",
            "engineered cytokines and enzymes",
            "protein therapeutics",
        ),
        "ja": ("組換えタンパク質", "タンパク質医薬", "改変サイトカイン・酵素", "治療用タンパク質"),
    },
}

# Platform technologies behind a modality, for startup and seed descriptions.
TECH: Bank = {
    "antibody": {
        "en": ("a proprietary human antibody phage library", "single B-cell cloning from patient samples"),
        "ja": ("独自のヒト抗体ファージライブラリー", "患者検体からのシングルB細胞クローニング"),
    },
    "adc": {
        "en": ("site-specific conjugation chemistry", "a cleavable linker and a new payload class"),
        "ja": ("部位特異的コンジュゲーション技術", "切断型リンカーと新規ペイロード"),
    },
    "bispecific": {
        "en": ("a modular bispecific scaffold", "conditionally active T-cell engager design"),
        "ja": ("モジュール型の二重特異性抗体骨格", "条件付き活性化型T細胞エンゲージャーの設計技術"),
    },
    "nucleic_acid": {
        "en": (
            "chemically modified oligonucleotides with tissue-targeting ligands",
            "an RNA-targeting design engine",
        ),
        "ja": ("組織指向性リガンドを付加した修飾オリゴ核酸", "RNA標的の設計エンジン"),
    },
    "mrna": {
        "en": ("a novel ionisable lipid nanoparticle", "self-amplifying RNA constructs"),
        "ja": ("新規イオン化脂質ナノ粒子", "自己増幅型RNAコンストラクト"),
    },
    "vaccine": {
        "en": ("a nasal vaccine delivery system", "structure-based antigen design"),
        "ja": ("経鼻ワクチン送達システム", "構造情報に基づく抗原設計"),
    },
    "gene_therapy": {
        "en": ("engineered capsids with improved tissue tropism", "genome-editing payloads"),
        "ja": ("組織指向性を高めた改変カプシド", "ゲノム編集ペイロード"),
    },
    "viral_vector": {
        "en": ("a high-yield suspension producer cell line", "a stable packaging cell system"),
        "ja": ("高生産性の浮遊系産生細胞株", "安定パッケージング細胞システム"),
    },
    "cell_therapy": {
        "en": (
            "an automated closed-system cell processing workflow",
            "off-the-shelf allogeneic cell engineering",
        ),
        "ja": ("自動化された閉鎖系の細胞加工プロセス", "他家細胞の遺伝子改変技術"),
    },
    "ips": {
        "en": ("clinical-grade iPS cell differentiation protocols", "HLA-edited iPS cell lines"),
        "ja": ("臨床グレードのiPS細胞分化誘導法", "HLA編集iPS細胞株"),
    },
    "msc": {
        "en": ("a high-potency MSC selection method", "MSC-derived extracellular vesicles"),
        "ja": ("高機能MSCの選別法", "MSC由来の細胞外小胞"),
    },
    "car_t": {
        "en": ("armoured CAR constructs for solid tumours", "a three-day CAR-T manufacturing process"),
        "ja": ("固形がん向けのアーマードCAR", "3日間で製造できるCAR-T製造法"),
    },
    "regenerative": {
        "en": ("scaffold-free cell sheet engineering", "3D bioprinting of tissues"),
        "ja": ("足場を用いない細胞シート工学", "組織の3Dバイオプリンティング"),
    },
    "small_molecule": {
        "en": ("AI-driven structure-based design", "a covalent fragment library"),
        "ja": ("AIを活用した構造ベース創薬", "共有結合性フラグメントライブラリー"),
    },
    "peptide": {
        "en": ("a cyclic peptide display library", "oral peptide delivery technology"),
        "ja": ("環状ペプチドのディスプレイライブラリー", "経口ペプチド送達技術"),
    },
    "live_biotherapeutic": {
        "en": (
            "a strain bank isolated from healthy Japanese donors",
            "rationally designed bacterial consortia",
        ),
        "ja": ("日本人健常者由来の菌株バンク", "合理設計した菌叢コンソーシアム"),
    },
    "protein": {
        "en": ("half-life extension engineering", "a cell-free protein expression system"),
        "ja": ("半減期延長のためのタンパク質改変技術", "無細胞タンパク質発現系"),
    },
}

# Capabilities (steps, services and parts) as noun phrases; "{m}" takes a modality phrase.
CAPABILITY: Bank = {
    # steps
    "process_development": {
        "en": (
            "process development",
            "upstream and downstream process optimisation",
            "scalable process design for {m}",
            "tech-transfer-ready process development",
        ),
        "ja": (
            "プロセス開発",
            "製法開発・スケールアップ検討",
            "{m}の製造プロセス開発",
            "技術移管を見据えた製法確立",
        ),
    },
    "analytical_development": {
        "en": (
            "analytical method development",
            "assay development and validation",
            "characterisation assays for {m}",
            "release-test method development",
        ),
        "ja": ("分析法開発", "試験法の開発・バリデーション", "{m}の特性解析", "出荷試験法の確立"),
    },
    "cell_line_development": {
        "en": (
            "cell line development",
            "high-titre CHO cell line construction",
            "producer cell line engineering",
            "clone selection and cell banking",
        ),
        "ja": ("細胞株開発", "高生産CHO細胞株の構築", "生産細胞株の樹立", "クローン選抜とセルバンク作製"),
    },
    "upstream": {
        "en": (
            "upstream cell culture",
            "fed-batch and perfusion culture",
            "fermentation",
            "production-scale culture",
        ),
        "ja": ("生産培養", "流加・灌流培養", "培養工程", "大量培養"),
    },
    "downstream": {
        "en": (
            "downstream purification",
            "chromatography-based purification",
            "separation and purification",
            "downstream processing of {m}",
        ),
        "ja": ("分離・精製", "クロマトグラフィー精製", "精製工程", "{m}のダウンストリーム工程"),
    },
    "drug_substance": {
        "en": (
            "GMP drug substance manufacturing",
            "clinical-grade bulk production",
            "bulk drug substance production",
            "manufacturing of {m} drug substance",
        ),
        "ja": ("原薬製造", "GMP原薬の製造", "バルク原薬の生産", "{m}の原薬製造"),
    },
    "formulation": {
        "en": (
            "formulation development",
            "drug product design",
            "formulation and stability studies",
            "dosage-form development",
        ),
        "ja": ("製剤化", "製剤開発", "処方検討と安定性試験", "剤形開発"),
    },
    "fill_finish": {
        "en": (
            "aseptic fill-finish",
            "sterile filling into vials and syringes",
            "fill and finish",
            "aseptic filling",
        ),
        "ja": ("無菌充填", "バイアル・シリンジへの充填", "充填・包装", "充填工程"),
    },
    "clinical_supply": {
        "en": (
            "GMP clinical supply",
            "investigational drug manufacturing",
            "GMP batches for clinical trials",
            "clinical-trial material of {m}",
        ),
        "ja": ("治験薬製造", "治験薬のGMP製造", "臨床試験用ロットの製造", "{m}の治験薬製造"),
    },
    "commercial_manufacturing": {
        "en": (
            "commercial manufacturing",
            "commercial-scale production",
            "market supply",
            "late-stage and commercial production",
        ),
        "ja": ("商用生産", "商業生産", "上市後の安定供給", "商用スケールでの製造"),
    },
    # services
    "drug_discovery": {
        "en": (
            "drug discovery research",
            "hit-to-lead chemistry and biology",
            "target validation and screening",
            "discovery services for {m}",
        ),
        "ja": ("創薬研究", "探索研究", "標的検証とスクリーニング", "{m}のヒット・リード創出"),
    },
    "nonclinical_studies": {
        "en": (
            "GLP toxicology",
            "non-clinical safety studies",
            "preclinical pharmacology and toxicology",
            "IND-enabling studies",
        ),
        "ja": ("非臨床試験", "GLP安全性試験", "薬理・毒性試験", "治験届に向けた非臨床パッケージ"),
    },
    "clinical_trials": {
        "en": (
            "clinical trial operations",
            "Phase 1-3 trial management",
            "site monitoring and data management",
            "clinical operations in Japan and Asia",
        ),
        "ja": (
            "臨床試験の運営",
            "治験のモニタリング・データマネジメント",
            "第1相から第3相までの治験支援",
            "臨床開発業務",
        ),
    },
    "regulatory": {
        "en": (
            "regulatory affairs",
            "PMDA consultation support",
            "regulatory strategy and filings",
            "CTD preparation",
        ),
        "ja": ("薬事", "PMDA相談の支援", "薬事戦略と申請業務", "CTD作成支援"),
    },
    "quality_control": {
        "en": (
            "QC testing",
            "GMP quality control testing",
            "release and stability testing",
            "quality control services",
        ),
        "ja": ("品質試験", "GMP品質管理試験", "出荷試験・安定性試験", "品質管理"),
    },
    # parts
    "culture_medium": {
        "en": (
            "cell culture media",
            "serum-free culture media",
            "chemically defined media",
            "GMP-grade media for {m}",
        ),
        "ja": ("細胞培養用培地", "無血清培地", "化学合成培地", "{m}向けのGMPグレード培地"),
    },
    "cell_line": {
        "en": (
            "production host cell lines",
            "licensable CHO host cells",
            "GMP master cell banks",
            "host cell lines for bioproduction",
        ),
        "ja": ("生産細胞株", "CHO宿主細胞", "GMPマスターセルバンク", "バイオ生産用の宿主細胞株"),
    },
    "plasmid": {
        "en": (
            "plasmid DNA",
            "GMP-grade pDNA",
            "high-quality plasmids for {m} production",
            "supercoiled plasmid",
        ),
        "ja": ("プラスミドDNA", "GMPグレードのプラスミド", "{m}製造用プラスミド", "高純度プラスミド"),
    },
    "enzyme": {
        "en": (
            "enzymes for mRNA synthesis",
            "IVT enzymes",
            "capping enzymes and polymerases",
            "process enzymes",
        ),
        "ja": ("mRNA合成用酵素", "IVT酵素", "キャッピング酵素・ポリメラーゼ", "製造用酵素"),
    },
    "cap_reagent": {
        "en": ("cap reagents", "cap analogues", "co-transcriptional capping reagents", "5' cap analogues"),
        "ja": ("キャップ試薬", "キャップアナログ", "共転写キャッピング試薬", "5'キャップ化試薬"),
    },
    "adjuvant": {
        "en": ("vaccine adjuvants", "adjuvant formulations", "immunostimulatory adjuvants", "adjuvants"),
        "ja": ("アジュバント", "ワクチン用アジュバント", "免疫賦活剤", "アジュバント製剤"),
    },
    "single_use_bag": {
        "en": ("single-use bags", "single-use bioprocess bags", "2D and 3D bags", "disposable culture bags"),
        "ja": ("シングルユースバッグ", "培養バッグ", "使い捨てバイオプロセスバッグ", "2D・3Dバッグ"),
    },
    "tube": {
        "en": ("bioprocess tubing", "medical-grade silicone tubes", "tubing assemblies", "tubes"),
        "ja": ("チューブ", "医療用シリコーンチューブ", "チューブアセンブリ", "バイオプロセス用チューブ"),
    },
    "connector": {
        "en": (
            "aseptic connectors",
            "sterile connectors",
            "single-use connectors",
            "aseptic connection devices",
        ),
        "ja": ("無菌コネクタ", "コネクタ", "シングルユースコネクタ", "無菌接続デバイス"),
    },
    "bioreactor": {
        "en": (
            "bioreactors",
            "single-use bioreactors",
            "stirred-tank culture vessels",
            "benchtop to 2,000 L culture systems",
        ),
        "ja": (
            "バイオリアクター",
            "シングルユースバイオリアクター",
            "撹拌槽型培養槽",
            "ベンチから2,000 Lまでの培養装置",
        ),
    },
    "mixer": {
        "en": ("single-use mixers", "mixing systems", "buffer and media mixers", "mixers"),
        "ja": ("ミキサー", "シングルユースミキサー", "撹拌機", "バッファー・培地調製用ミキサー"),
    },
    "filter": {
        "en": ("virus removal filters", "sterilising-grade filters", "depth and membrane filters", "filters"),
        "ja": ("ウイルス除去フィルター", "除菌フィルター", "デプス・メンブレンフィルター", "フィルター"),
    },
    "chromatography_resin": {
        "en": ("chromatography resins", "Protein A resins", "ion-exchange media", "purification resins"),
        "ja": ("クロマトグラフィー樹脂", "プロテインA担体", "イオン交換樹脂", "精製用担体"),
    },
    "vial": {
        "en": ("glass vials", "pharmaceutical vials", "low-adsorption vials", "vials"),
        "ja": ("ガラスバイアル", "医薬品用バイアル", "低吸着バイアル", "バイアル"),
    },
    "lipid": {
        "en": ("LNP lipids", "ionisable lipids", "lipids for lipid nanoparticles", "GMP lipids"),
        "ja": ("LNP用脂質", "イオン化脂質", "脂質ナノ粒子用の脂質", "GMPグレードの脂質"),
    },
}

# Whole-sentence paraphrases for some capabilities; used instead of a noun phrase now and then.
CAPABILITY_SENTENCES: Bank = {
    "drug_substance": {
        "en": (
            "We run 2,000 L single-use bioreactors for GMP drug substance.",
            "Our GMP suites produce {m} drug substance for clinical and early commercial supply.",
        ),
        "ja": (
            "2,000 Lのシングルユース培養槽でGMP原薬を製造しています。",
            "GMP施設で{m}の治験用から初期商用までのバルク原薬を製造します。",
        ),
    },
    "clinical_supply": {
        "en": (
            "We manufacture clinical-grade {m} for Phase 1 and 2 trials.",
            "GMP batches for first-in-human studies are released by our own QA.",
        ),
        "ja": (
            "第1相・第2相試験向けに{m}の治験薬を製造しています。",
            "ファースト・イン・ヒューマン試験用のGMPロットを自社QAで出荷判定します。",
        ),
    },
    "cell_line_development": {
        "en": ("We build high-titre producer clones in as little as 12 weeks.",),
        "ja": ("最短12週間で高生産クローンを構築します。",),
    },
    "fill_finish": {
        "en": ("Our isolator line fills vials and prefilled syringes aseptically.",),
        "ja": ("アイソレーター方式の無菌充填ラインでバイアルとシリンジに対応します。",),
    },
    "process_development": {
        "en": ("Our development team designs scalable processes for {m} and hands them over to manufacturing.",),
        "ja": ("{m}のスケールアップ可能な製造プロセスを設計し、製造部門へ技術移管します。",),
    },
    "commercial_manufacturing": {
        "en": ("We supply marketed products from our commercial plant.",),
        "ja": ("商用工場から上市製品を安定供給しています。",),
    },
    "nonclinical_studies": {
        "en": ("Our GLP facility runs toxicology and safety pharmacology studies for IND filings.",),
        "ja": ("GLP施設で治験届に必要な毒性試験・安全性薬理試験を実施します。",),
    },
    "clinical_trials": {
        "en": ("We monitor trials at more than 300 sites in Japan.",),
        "ja": ("国内300以上の医療機関で治験のモニタリングを行っています。",),
    },
    "regulatory": {
        "en": ("Former PMDA reviewers guide clients through consultations and filings.",),
        "ja": ("PMDA出身者が対面助言から承認申請までを支援します。",),
    },
    "quality_control": {
        "en": ("Our QC labs perform release and stability testing under GMP.",),
        "ja": ("GMP下で出荷試験・安定性試験を実施します。",),
    },
    "drug_discovery": {
        "en": ("Our chemists and biologists take programmes from target to development candidate.",),
        "ja": ("標的探索から開発候補の選定まで一貫して支援します。",),
    },
    "single_use_bag": {
        "en": ("Our 50 L to 2,000 L bags are made in an ISO Class 7 clean room.",),
        "ja": ("50 Lから2,000 Lまでのバッグをクラス7のクリーンルームで製造しています。",),
    },
    "filter": {
        "en": ("Our virus filters reach a log reduction above 4 for parvovirus.",),
        "ja": ("当社のウイルス除去フィルターはパルボウイルスで4 log以上の除去性能を持ちます。",),
    },
    "culture_medium": {
        "en": ("Our animal-component-free media support high-density culture.",),
        "ja": ("動物由来成分を含まない培地で高密度培養を実現します。",),
    },
    "lipid": {
        "en": ("We synthesise ionisable lipids at kilogram scale.",),
        "ja": ("イオン化脂質をキログラム規模で合成しています。",),
    },
    "vial": {
        "en": ("Our low-delamination glass vials are made for biologics.",),
        "ja": ("バイオ医薬品向けの低剥離ガラスバイアルを製造しています。",),
    },
    "chromatography_resin": {
        "en": ("Our Protein A resin withstands 0.5 M NaOH cleaning for hundreds of cycles.",),
        "ja": ("当社のプロテインA担体は0.5 M NaOHでの洗浄を数百サイクル繰り返せます。",),
    },
    "bioreactor": {
        "en": ("Our stirred-tank systems scale from 3 L to 2,000 L.",),
        "ja": ("3 Lから2,000 Lまでの撹拌槽型培養装置をそろえています。",),
    },
    "plasmid": {
        "en": ("We deliver high-supercoil plasmid in six weeks.",),
        "ja": ("高スーパーコイル率のプラスミドを6週間で納品します。",),
    },
}

DISEASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("solid tumours", "cancer", "oncology indications"), ("固形がん", "がん", "悪性腫瘍")),
    (("blood cancers", "haematological malignancies"), ("血液がん", "造血器腫瘍")),
    (("rare genetic diseases", "orphan diseases"), ("希少遺伝性疾患", "希少疾患")),
    (("neurodegenerative diseases", "CNS disorders"), ("神経変性疾患", "中枢神経疾患")),
    (("autoimmune diseases", "inflammatory diseases"), ("自己免疫疾患", "炎症性疾患")),
    (("infectious diseases", "emerging infections"), ("感染症", "新興感染症")),
    (("retinal diseases", "ophthalmic disorders"), ("網膜疾患", "眼科疾患")),
    (("heart failure", "cardiovascular disease"), ("心不全", "循環器疾患")),
    (("metabolic diseases", "NASH and obesity"), ("代謝性疾患", "NASH・肥満症")),
    (("fibrotic diseases", "organ fibrosis"), ("線維症", "臓器線維化")),
    (("muscular dystrophies", "neuromuscular diseases"), ("筋ジストロフィー", "神経筋疾患")),
    (("cartilage and bone defects", "osteoarthritis"), ("軟骨・骨欠損", "変形性関節症")),
)

STAGE_SENTENCES: Bank = {
    "research": {
        "en": (
            "Our programmes are at the discovery stage.",
            "We are validating targets and leads in vitro.",
            "The lead is still in research, with in vivo proof of concept expected next year.",
        ),
        "ja": (
            "現在は探索研究の段階です。",
            "標的とリード候補をin vitroで検証しています。",
            "リードは基礎研究段階で、来年のin vivo POC取得を目指しています。",
        ),
    },
    "preclinical": {
        "en": (
            "Our lead candidate is in IND-enabling studies.",
            "The lead programme is preclinical.",
            "We are preparing for first-in-human studies.",
        ),
        "ja": (
            "リード候補は非臨床段階にあります。",
            "治験開始に向けたGLP毒性試験を準備しています。",
            "ファースト・イン・ヒューマン試験の準備を進めています。",
        ),
    },
    "phase1": {
        "en": (
            "Our lead is in a Phase 1 study.",
            "First-in-human dosing started this year.",
            "The lead asset is in a first-in-human trial in Japan.",
        ),
        "ja": (
            "リード品は第1相試験中です。",
            "今年、ヒトへの初回投与を開始しました。",
            "国内でファースト・イン・ヒューマン試験を実施中です。",
        ),
    },
    "phase2": {
        "en": (
            "Our lead is in Phase 2.",
            "A Phase 2 proof-of-concept study is enrolling.",
            "The lead programme has reached Phase II.",
        ),
        "ja": (
            "リード品は第2相試験中です。",
            "第II相のPOC試験で症例登録を進めています。",
            "開発品は第2相段階に進みました。",
        ),
    },
    "phase3": {
        "en": (
            "Our lead is in a pivotal Phase 3 trial.",
            "A Phase III study is under way.",
            "We are running a pivotal study ahead of filing.",
        ),
        "ja": (
            "リード品は第3相試験中です。",
            "承認申請に向けたピボタル試験を実施しています。",
            "第III相試験が進行中です。",
        ),
    },
    "approved": {
        "en": (
            "Our first product is approved and on the market.",
            "Our lead product received marketing approval.",
            "We already market an approved product.",
        ),
        "ja": (
            "最初の製品は承認を取得し上市済みです。",
            "リード品が製造販売承認を取得しました。",
            "承認品をすでに販売しています。",
        ),
    },
}

ROUNDS: Bank = {
    "seed": {
        "en": ("a seed round", "our seed financing", "pre-Series A seed funding"),
        "ja": ("シードラウンド", "シード資金", "シード期の資金調達"),
    },
    "series_a": {
        "en": ("a Series A round", "our Series A", "our first institutional round"),
        "ja": ("シリーズAラウンド", "シリーズA", "初の本格的な資金調達"),
    },
    "series_b": {
        "en": ("a Series B round", "our Series B financing", "a growth round (Series B)"),
        "ja": ("シリーズBラウンド", "シリーズBの資金調達", "成長期のシリーズB"),
    },
    "series_c": {
        "en": ("a Series C round", "a pre-IPO Series C", "our late-stage Series C"),
        "ja": ("シリーズCラウンド", "上場前のシリーズC", "レイターステージのシリーズC"),
    },
    "ipo": {
        "en": ("follow-on financing after our IPO", "post-IPO financing"),
        "ja": ("上場後の追加資金調達", "株式上場後のファイナンス"),
    },
    "m_and_a": {
        "en": ("integration support after our acquisition", "post-M&A expansion funding"),
        "ja": ("M&A後の事業拡大資金", "買収後の統合支援"),
    },
    "licence_out": {
        "en": ("non-dilutive funding after our licence-out deal", "milestone-backed financing"),
        "ja": ("ライセンスアウト後の非希薄化資金", "マイルストーン収入を見込んだ資金調達"),
    },
}
ROUND_NAMES: dict[str, tuple[str, str]] = {
    "seed": ("seed", "シード"),
    "series_a": ("Series A", "シリーズA"),
    "series_b": ("Series B", "シリーズB"),
    "series_c": ("Series C (pre-IPO)", "シリーズC（プレIPO）"),
}

# --- profile templates ------------------------------------------------------------------------
# Placeholders: {name}, {m} modalities, {d} disease area, {c} capabilities, {p} parts, {r} round,
# {region}, {year}, {tech}, {beds}, {lo}/{hi} ticket size in millions of yen.

INTRO: Bank = {
    "startup": {
        "en": (
            "{name} is a drug venture developing {m} for {d}.",
            "{name} was founded in {year} to bring {m} to patients with {d}.",
            "Based in {region}, {name} develops {m} targeting {d}.",
            "{name} is a biotech in {region} focused on {m} for {d}.",
        ),
        "ja": (
            "{name}は、{d}を対象とした{m}を開発する創薬ベンチャーです。",
            "{name}は{year}年に設立され、{d}の患者に{m}を届けることを目指しています。",
            "{region}に拠点を置く{name}は、{d}に対する{m}の研究開発を進めています。",
            "{name}は{m}に特化したバイオベンチャーで、主な対象疾患は{d}です。",
        ),
    },
    "cdmo": {
        "en": (
            "{name} is a CDMO specialising in {m}.",
            "{name} offers contract development and manufacturing of {m}.",
            "Based in {region}, {name} is a contract manufacturer for {m}.",
            "{name} supports drug developers working on {m} from development to manufacturing.",
        ),
        "ja": (
            "{name}は{m}に特化したCDMOです。",
            "{name}は{m}の受託開発・製造を行っています。",
            "{region}の{name}は、{m}の開発から製造までを支援する受託製造企業です。",
            "{name}は{m}を手がける開発企業向けに、開発から製造までを受託しています。",
        ),
    },
    "cro": {
        "en": (
            "{name} is a contract research organisation providing {c}.",
            "{name} supports biotech and pharma clients with {c}.",
            "A CRO based in {region}, {name} offers {c}.",
        ),
        "ja": (
            "{name}は{c}を提供する受託研究機関（CRO）です。",
            "{name}は、バイオベンチャーや製薬企業向けに{c}を受託しています。",
            "{region}のCROである{name}は、{c}を手がけています。",
        ),
    },
    "vc": {
        "en": (
            "{name} is a venture capital firm investing in {m} companies.",
            "{name} backs drug ventures working on {m}, mainly in Japan.",
            "{name} is a life-science VC whose focus areas are {m}.",
        ),
        "ja": (
            "{name}は{m}分野のスタートアップに投資するベンチャーキャピタルです。",
            "{name}は主に国内の{m}に取り組む創薬ベンチャーへ投資しています。",
            "{name}はライフサイエンス特化型のVCで、重点領域は{m}です。",
        ),
    },
    "vc_agnostic": {
        "en": (
            "{name} is a modality-agnostic life-science venture capital firm.",
            "{name} invests in drug ventures regardless of modality.",
        ),
        "ja": (
            "{name}はモダリティを問わずライフサイエンス領域に投資するVCです。",
            "{name}は創薬モダリティを限定せずにバイオベンチャーへ投資しています。",
        ),
    },
    "supplier": {
        "en": (
            "{name} manufactures {p} for biopharmaceutical production.",
            "{name} is a materials maker supplying {p}.",
            "{name} develops and sells {p} to drug makers and CDMOs.",
            "Founded in {year}, {name} makes {p}.",
        ),
        "ja": (
            "{name}はバイオ医薬品製造向けの{p}を製造しています。",
            "{name}は{p}を供給する部素材メーカーです。",
            "{name}は製薬企業・CDMO向けに{p}を開発・販売しています。",
            "{year}年創業の{name}は、{p}を製造しています。",
        ),
    },
    "pharma": {
        "en": (
            "{name} is a pharmaceutical company focused on {d}, with a pipeline of {m}.",
            "{name} is a {region}-based pharma company whose R&D spans {m}.",
            "{name} develops and markets medicines for {d}; its modalities include {m}.",
        ),
        "ja": (
            "{name}は{d}領域に注力する製薬企業で、{m}のパイプラインを有しています。",
            "{region}に本社を置く{name}は、{m}の研究開発を行う製薬会社です。",
            "{name}は{d}の医薬品を開発・販売しており、{m}に取り組んでいます。",
        ),
    },
    "university": {
        "en": (
            "{name} is a university whose laboratories work on {m} for {d}.",
            "At {name}, research groups in medicine and engineering study {m}.",
            "{name} hosts translational research on {m}, with a focus on {d}.",
        ),
        "ja": (
            "{name}は、{d}に対する{m}の研究に取り組む大学です。",
            "{name}の医学系・工学系の研究室では{m}の研究を進めています。",
            "{name}では{d}を中心に{m}の橋渡し研究を行っています。",
        ),
    },
    "research_institute": {
        "en": (
            "{name} is a public research institute working on {m}.",
            "{name} conducts basic and translational research on {m} for {d}.",
        ),
        "ja": (
            "{name}は{m}の研究を行う公的研究機関です。",
            "{name}は{d}を対象に{m}の基礎・橋渡し研究を行っています。",
        ),
    },
    "hospital": {
        "en": (
            "{name} is a {beds}-bed hospital that runs investigator-initiated trials in {d}.",
            "{name} is a hospital with a cell processing centre and a clinical research unit, treating {d}.",
        ),
        "ja": (
            "{name}は{beds}床を有し、{d}領域の医師主導治験を実施している病院です。",
            "{name}は細胞培養加工施設と臨床研究センターを備え、{d}の診療に取り組む病院です。",
        ),
    },
    "association": {
        "en": (
            "{name} is an industry association that brings together bio companies in {region}.",
            "{name} is a foundation promoting the life-science industry in {region}.",
        ),
        "ja": (
            "{name}は{region}のバイオ関連企業が集まる業界団体です。",
            "{name}は{region}のライフサイエンス産業振興を目的とする財団です。",
        ),
    },
    "support_agency": {
        "en": (
            "{name} is a public support agency for innovation in {region}.",
            "{name} helps start-ups and SMEs in {region} grow their life-science business.",
        ),
        "ja": (
            "{name}は{region}の産業支援機関です。",
            "{name}は{region}のスタートアップや中小企業のライフサイエンス事業を支援しています。",
        ),
    },
    "government": {
        "en": (
            "{name} is a local government in {region} that promotes bio-industry investment.",
            "{name}, in {region}, is building a cluster for biomanufacturing.",
        ),
        "ja": (
            "{name}は{region}の自治体で、バイオ産業の誘致に取り組んでいます。",
            "{region}の{name}はバイオ製造拠点の集積を進めています。",
        ),
    },
    "finance": {
        "en": (
            "{name} is a financial institution in {region} serving life-science companies.",
            "{name} provides finance to biotech and manufacturing companies in {region}.",
        ),
        "ja": (
            "{name}は{region}の金融機関で、ライフサイエンス企業への融資・出資を行っています。",
            "{name}は{region}のバイオ企業やものづくり企業に資金を提供しています。",
        ),
    },
}

TECH_SENTENCE: dict[str, tuple[str, ...]] = {
    "en": (
        "Our platform is built on {tech}.",
        "The science comes from {tech}.",
        "We combine {tech} with in-house translational biology.",
    ),
    "ja": (
        "{tech}を基盤技術としています。",
        "{tech}をコア技術としています。",
        "{tech}と自社のトランスレーショナル研究を組み合わせています。",
    ),
}
CAPS_SENTENCE: dict[str, tuple[str, ...]] = {
    "en": ("Services include {c}.", "We provide {c}.", "Our teams handle {c}."),
    "ja": ("{c}に対応しています。", "主なサービスは{c}です。", "{c}を受託しています。"),
}
PLATFORM_SERVICE: dict[str, tuple[str, ...]] = {
    "en": (
        "We also offer {c} to partners on a fee-for-service basis.",
        "Partners can access our platform for {c}.",
    ),
    "ja": (
        "提携先には{c}も受託で提供しています。",
        "当社プラットフォームを用いた{c}を提携先に提供しています。",
    ),
}
MODALITY_NOTE: dict[str, dict[str, tuple[str, ...]]] = {
    "cro": {
        "en": ("We have particular experience with {m}.", "Our scientists know {m} well."),
        "ja": ("特に{m}の実績が豊富です。", "{m}に精通した研究者が在籍しています。"),
    },
    "supplier": {
        "en": ("Our products are designed for {m} manufacturing.", "The line-up is optimised for {m}."),
        "ja": ("{m}の製造に最適化した製品です。", "{m}向けの製品ラインアップをそろえています。"),
    },
    "hospital": {
        "en": ("Our clinicians run clinical research on {m}.",),
        "ja": ("{m}の臨床研究を行っています。",),
    },
}
ACADEMIC_FACILITY: dict[str, tuple[str, ...]] = {
    "en": (
        "Our core facilities offer {c} to outside users.",
        "Companies can use our shared facilities for {c}.",
    ),
    "ja": ("学内の共用施設では学外向けに{c}を提供しています。", "企業の方も共用施設で{c}を利用できます。"),
}
PHARMA_PLANT: dict[str, tuple[str, ...]] = {
    "en": ("We operate our own plants for {c}.", "In-house, we handle {c}."),
    "ja": ("自社工場で{c}を行っています。", "{c}は自社で対応しています。"),
}
FOUNDED_SENTENCE: dict[str, tuple[str, ...]] = {
    "en": ("Established in {year}.", "We have been active since {year}."),
    "ja": ("{year}年設立。", "{year}年から活動しています。"),
}
VC_ROUNDS: dict[str, tuple[str, ...]] = {
    "en": (
        "We typically invest at the {r} stage, with tickets of JPY {lo}-{hi} million.",
        "We lead or co-lead {r} rounds.",
        "Our sweet spot is the {r} round.",
    ),
    "ja": (
        "主に{r}段階に投資し、1社あたりの投資額は{lo}〜{hi}百万円です。",
        "{r}ラウンドでリードまたは共同リードを務めます。",
        "{r}ラウンドを中心に投資しています。",
    ),
}

NEEDS: Bank = {
    "startup_cdmo": {
        "en": (
            "We are looking for a CDMO for {c} of our {m}.",
            "We need a manufacturing partner for {c}.",
            "Seeking a contract manufacturer able to take on {c} for {m}.",
            "We want to outsource {c}.",
        ),
        "ja": (
            "{m}の{c}を委託できるCDMOを探しています。",
            "{c}を担っていただける製造委託先を求めています。",
            "{c}の外部委託先を探しています。",
            "{m}について{c}に対応できる受託製造企業を探しています。",
        ),
    },
    "startup_cro": {
        "en": (
            "We also need a CRO for {c}.",
            "We are looking for a partner to run {c}.",
            "Support with {c} would help.",
        ),
        "ja": (
            "{c}を依頼できるCROも探しています。",
            "{c}の実施パートナーを募集しています。",
            "{c}の支援をお願いできる先を探しています。",
        ),
    },
    "startup_invest": {
        "en": (
            "We are raising {r} and would like to meet investors who understand {m}.",
            "We seek lead and co-investors for {r}.",
            "Investors for {r} are welcome.",
        ),
        "ja": (
            "{r}の資金調達を進めており、{m}に理解のある投資家との面談を希望します。",
            "{r}のリード投資家・共同投資家を探しています。",
            "{r}に参加いただける投資家を歓迎します。",
        ),
    },
    "startup_pharma": {
        "en": (
            "We are open to licensing or co-development with pharma.",
            "We would like to meet pharma partners interested in {d}.",
        ),
        "ja": (
            "製薬企業とのライセンス契約や共同開発を希望します。",
            "{d}領域に関心のある製薬企業との連携を希望します。",
        ),
    },
    "cdmo_clients": {
        "en": (
            "We are looking for drug developers working on {m} that need {c}.",
            "We want new clients in {m}.",
            "We welcome projects in {m} from early development onwards.",
        ),
        "ja": (
            "{c}を必要とする{m}の開発企業との出会いを求めています。",
            "{m}の新規顧客を募集しています。",
            "開発初期からの{m}の案件を歓迎します。",
        ),
    },
    "cdmo_parts": {
        "en": (
            "We seek domestic suppliers of {p}.",
            "We are evaluating suppliers of {p} for our lines.",
            "A second source for {p} would reduce our supply risk.",
        ),
        "ja": (
            "{p}の国内サプライヤーを探しています。",
            "製造ラインで使う{p}の調達先を検討しています。",
            "供給リスク低減のため{p}の複数購買先を探しています。",
        ),
    },
    "cro_clients": {
        "en": (
            "We want to work with drug ventures that need {c}.",
            "We are looking for sponsors planning {c}.",
            "We would like to meet pharma teams outsourcing {c}.",
        ),
        "ja": (
            "{c}を必要とする創薬ベンチャーとの取引を希望します。",
            "{c}を計画中の企業を探しています。",
            "{c}を外部委託する製薬企業との面談を希望します。",
        ),
    },
    "vc_dealflow": {
        "en": (
            "Deal flow: {m} startups raising {r} rounds.",
            "We want to meet founders of {m} ventures.",
            "We look for {m} companies preparing a {r} round.",
        ),
        "ja": (
            "{r}ラウンドの資金調達を行う{m}のスタートアップを探しています。",
            "{m}分野の起業家との面談を希望します。",
            "{r}の調達を準備している{m}の企業を探しています。",
        ),
    },
    "vc_partners": {
        "en": (
            "We also look for co-investors and pharma partners for our portfolio.",
            "Introductions to pharma business development teams are welcome.",
        ),
        "ja": (
            "ポートフォリオ企業の提携先となる製薬企業や共同投資家を探しています。",
            "製薬企業の事業開発部門とのつながりを求めています。",
        ),
    },
    "supplier_buyers": {
        "en": (
            "We are looking for pharma companies and CDMOs to trial our {p}.",
            "We seek buyers of {p} in biologics manufacturing.",
            "We want to meet procurement teams that use {p}.",
        ),
        "ja": (
            "{p}を評価していただける製薬企業・CDMOを探しています。",
            "バイオ医薬品製造で{p}を購入する企業を探しています。",
            "{p}を使用している購買担当者との面談を希望します。",
        ),
    },
    "supplier_gmp": {
        "en": (
            "We want GMP use records in Japan for our {p}.",
            "A first GMP user would help us qualify our {p}.",
        ),
        "ja": (
            "{p}の国内でのGMP使用実績をつくりたいと考えています。",
            "{p}のGMP使用実績づくりに協力いただける企業を求めています。",
        ),
    },
    "pharma_licensing": {
        "en": (
            "We are in-licensing assets in {m} for {d}.",
            "We look for startups with {m} at the preclinical or Phase 1 stage.",
        ),
        "ja": (
            "{d}領域の{m}の導入候補を探しています。",
            "非臨床〜第1相段階の{m}を持つスタートアップとの提携を希望します。",
        ),
    },
    "pharma_cdmo": {
        "en": ("We seek CDMO capacity for {c}.", "We need an external partner for {c} of {m}."),
        "ja": (
            "{c}を担えるCDMOの製造キャパシティを求めています。",
            "{m}の{c}を委託できる外部パートナーを探しています。",
        ),
    },
    "pharma_parts": {
        "en": ("We want domestic suppliers of {p}.", "We are qualifying new sources of {p}."),
        "ja": ("{p}の国内調達先を探しています。", "{p}の新規調達先の評価を進めています。"),
    },
    "academic": {
        "en": (
            "We are looking for industry partners to license or co-develop our seeds in {m}.",
            "We want joint research with companies working on {d}.",
            "We seek startups and pharma for sponsored research on {m}.",
        ),
        "ja": (
            "{m}の研究シーズをライセンスまたは共同開発する企業を探しています。",
            "{d}領域で共同研究を行う企業を募集しています。",
            "{m}に関する共同研究・受託研究の企業パートナーを求めています。",
        ),
    },
    "hospital": {
        "en": (
            "We want companies to co-develop therapies for {d} and to run trials with us.",
            "We look for sponsors for clinical studies in {d}.",
        ),
        "ja": (
            "{d}の治療法を共同開発し、治験を一緒に実施できる企業を探しています。",
            "{d}領域の臨床研究のスポンサーを募集しています。",
        ),
    },
    "association": {
        "en": (
            "We welcome new member companies, speakers and sponsors.",
            "We look for companies to join our working groups.",
        ),
        "ja": (
            "新規会員企業や講演者、協賛企業を募集しています。",
            "分科会に参加いただける企業を募集しています。",
        ),
    },
    "support_agency": {
        "en": (
            "We are looking for drug ventures and SMEs to apply to our programmes.",
            "We want to hear from start-ups that need support in {region}.",
        ),
        "ja": (
            "支援プログラムに応募いただける創薬ベンチャーや中小企業を募集しています。",
            "{region}で支援を必要とするスタートアップからの相談を歓迎します。",
        ),
    },
    "government": {
        "en": (
            "We seek companies planning R&D sites or plants in {region}.",
            "We invite bio companies to set up sites here.",
        ),
        "ja": (
            "{region}で研究拠点や工場の立地を検討している企業を探しています。",
            "バイオ企業の進出を歓迎しています。",
        ),
    },
    "finance": {
        "en": (
            "We want to meet startups and manufacturers seeking finance.",
            "We look for growth companies that need loans or equity.",
        ),
        "ja": (
            "資金調達を必要とするスタートアップやメーカーとの面談を希望します。",
            "融資や出資を必要とする成長企業を探しています。",
        ),
    },
}

# Support programmes of associations, agencies, governments and finance, per kind.
PROGRAMMES: dict[str, tuple[tuple[str, str], ...]] = {
    "association": (
        ("partnering and business-matching events", "ビジネスマッチング・交流会"),
        ("GMP and regulatory training courses", "GMP・薬事の人材育成講座"),
        ("overseas delegations to bio clusters", "海外バイオクラスターへの視察団"),
        ("working groups on next-generation modalities", "次世代モダリティに関する分科会"),
    ),
    "support_agency": (
        ("an accelerator programme for drug ventures", "創薬ベンチャー向けアクセラレーションプログラム"),
        ("grants of up to JPY 30 million for non-clinical studies", "非臨床試験に対する最大3,000万円の助成"),
        ("shared wet-lab incubation space", "共用ウェットラボ・インキュベーション施設"),
        ("mentoring by former pharma executives", "製薬企業OBによるメンタリング"),
        ("overseas expansion support", "海外展開支援"),
    ),
    "government": (
        ("subsidies for bio-manufacturing plants", "バイオ製造工場の立地補助金"),
        ("tax incentives for new R&D sites", "研究開発拠点の新設に対する税制優遇"),
        ("a municipal incubation facility", "市営のインキュベーション施設"),
        ("a regional fund of funds", "地域ファンド・オブ・ファンズ"),
    ),
    "finance": (
        ("venture debt", "ベンチャーデット"),
        ("low-interest loans for GMP facility investment", "GMP設備投資向けの低利融資"),
        ("a growth-stage co-investment fund", "成長期向けの共同投資ファンド"),
        ("IPO preparation support", "株式上場の準備支援"),
    ),
}
PROGRAMME_SENTENCE: dict[str, tuple[str, ...]] = {
    "en": ("We run {x}.", "Our support includes {x}.", "We offer {x}."),
    "ja": ("{x}を実施しています。", "主な支援内容は{x}です。", "{x}を提供しています。"),
}

# Limiting statements. ``exclude`` lists capability or modality ids the organisation must not
# carry, ``rounds`` overrides the rounds an investor takes part in, ``domestic`` restricts an
# investor to Japanese companies. ``nogmp`` removes GMP wording from the rest of the profile;
# a supplier with ``no_gmp_record`` never supplies a buyer with ``gmp_record_only``; a startup
# with ``no_early_licence`` neither asks pharma for a licence deal nor licenses its seeds out.
NEGATIVES: dict[str, tuple[dict[str, object], ...]] = {
    "cdmo": (
        {
            "en": "We are not GMP-certified yet: we make non-GMP material for toxicology studies only.",
            "ja": "現時点でGMP適合の製造設備はなく、非臨床用の非GMP製造のみ対応しています。",
            "exclude": (
                "drug_substance",
                "clinical_supply",
                "commercial_manufacturing",
                "fill_finish",
                "quality_control",
            ),
            "nogmp": True,
        },
        {
            "en": "Commercial-scale manufacturing is outside our scope.",
            "ja": "商用生産には対応していません。",
            "exclude": ("commercial_manufacturing",),
        },
        {
            "en": "We do not do aseptic fill-finish; drug product is handled by partners.",
            "ja": "無菌充填は行っておらず、製剤工程は提携先に委託しています。",
            "exclude": ("fill_finish",),
        },
    ),
    "cro": (
        {
            "en": "We do not run clinical trials; our work ends with IND-enabling studies.",
            "ja": "臨床試験の受託は行っていません。",
            "exclude": ("clinical_trials",),
        },
        {
            "en": "We do not conduct GLP toxicology in-house.",
            "ja": "GLP毒性試験は自社では実施していません。",
            "exclude": ("nonclinical_studies",),
        },
    ),
    "supplier": (
        {
            "en": "We have no production site in Japan; products are imported from our overseas plant.",
            "ja": "国内に生産拠点はありません（海外工場からの輸入販売）。",
        },
        {
            "en": "Our products do not yet have GMP use records.",
            "ja": "GMP製造での使用実績はまだありません。",
            "no_gmp_record": True,
        },
    ),
    "vc": (
        {
            "en": "We invest in pre-IPO rounds only.",
            "ja": "プレIPOラウンドのみに投資します。",
            "rounds": ("series_c",),
        },
        {
            "en": "We do not invest at the seed stage.",
            "ja": "シード段階への投資は行っていません。",
            "rounds": ("series_a", "series_b", "series_c"),
        },
        {
            "en": "We do not invest outside Japan.",
            "ja": "海外企業への投資は行っていません。",
            "domestic": True,
        },
    ),
    "startup": (
        {
            "en": "We do not plan to out-license before Phase 2 data.",
            "ja": "第2相データの取得前にライセンスアウトする予定はありません。",
            "no_early_licence": True,
        },
        {"en": "We have no in-house manufacturing.", "ja": "自社の製造設備は持っていません。"},
    ),
    "pharma": (
        {
            "en": "We are not in-licensing cell or gene therapies at present.",
            "ja": "現在、細胞治療・遺伝子治療品の導入は行っていません。",
            "exclude": (
                "cell_therapy",
                "car_t",
                "gene_therapy",
                "viral_vector",
                "ips",
                "msc",
                "regenerative",
            ),
        },
        {
            "en": "We do not buy parts from suppliers without a GMP track record.",
            "ja": "GMP使用実績のない部素材は採用していません。",
            "gmp_record_only": True,
        },
    ),
    "university": (
        {
            "en": "We do not accept fee-for-service testing.",
            "ja": "有償の試験受託は受け付けていません。",
            "exclude": ("nonclinical_studies", "drug_discovery"),
        },
    ),
    "research_institute": (
        {
            "en": "We do not accept fee-for-service testing.",
            "ja": "有償の試験受託は受け付けていません。",
            "exclude": ("nonclinical_studies", "drug_discovery", "analytical_development"),
        },
    ),
    "support_agency": (
        {
            "en": "Only companies registered in {region} are eligible.",
            "ja": "{region}内に拠点を持つ企業のみが対象です。",
        },
    ),
    "government": (
        {
            "en": "Subsidies are limited to sites in {region}.",
            "ja": "補助の対象は{region}内の拠点に限ります。",
        },
    ),
    "finance": (
        {
            "en": "We do not finance overseas companies.",
            "ja": "海外企業への融資・出資は行っていません。",
            "domestic": True,
        },
    ),
}

# --- link attributes --------------------------------------------------------------------------

OUTCOMES: dict[str, tuple[str, ...]] = {
    "en": (
        "NDA signed",
        "follow-up meeting scheduled",
        "sample evaluation agreed",
        "no fit for now",
        "term sheet under discussion",
        "introduced to the R&D team",
        "quote requested",
    ),
    "ja": (
        "秘密保持契約を締結",
        "次回面談を設定",
        "サンプル評価で合意",
        "現時点では条件が合わず",
        "条件交渉中",
        "研究開発部門を紹介",
        "見積を依頼",
    ),
}
COLLAB_TOPICS: dict[str, tuple[str, ...]] = {
    "en": ("joint research on {m} for {d}", "sponsored research on {m}", "co-development of {m}"),
    "ja": ("{d}に対する{m}の共同研究", "{m}に関する受託研究", "{m}の共同開発"),
}
LICENCE_TOPICS: dict[str, tuple[str, ...]] = {
    "en": ("exclusive licence for {d}", "non-exclusive research licence", "option to license {m} for {d}"),
    "ja": ("{d}領域の独占的ライセンス", "非独占的研究ライセンス", "{m}のオプション契約"),
}
SPINOUT_LICENCE: dict[str, tuple[str, ...]] = {
    "en": ("exclusive licence of the founding patents",),
    "ja": ("創業特許の独占的ライセンス",),
}
ATTEND_ROLES: tuple[str, ...] = ("visitor", "visitor", "exhibitor", "partnering", "partnering", "speaker")
FINANCE_PROGRAMMES: tuple[str, ...] = ("venture debt", "growth loan", "co-investment fund")

SEED_DESCRIPTION: dict[str, tuple[str, ...]] = {
    "en": ("A research seed: {m} against {d}.", "{m} for {d}, based on {tech}."),
    "ja": ("{d}を対象とした{m}の研究シーズです。", "{tech}を用いた{d}向けの{m}です。"),
}
SEED_CAPABILITY: dict[str, tuple[str, ...]] = {
    "en": ("The underlying technology also improves {c}.",),
    "ja": ("基盤技術は{c}の効率化にも応用できます。",),
}
