"""Build pool.jsonl, labels.jsonl and queries.jsonl (without `relevant`) for the supplier benchmark.

Text is composed from the labels with varied phrasings, so each label is exactly what the text
states. Everything is fictional. Run grade.py afterwards to fill in `relevant`.
stdlib only; deterministic (fixed seed).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240817)
SRC = "supplier benchmark (fictional)"

PARTS = ["culture_medium", "cell_line", "plasmid", "enzyme", "cap_reagent", "adjuvant",
         "single_use_bag", "tube", "connector", "bioreactor", "mixer", "filter",
         "chromatography_resin", "vial", "lipid", "sensor", "cold_chain", "culture_vessel", "reagent"]
CRIT = ["change_notification", "extractables_leachables", "lot_traceability", "domestic_supply", "dual_sourcing"]

# ---------------------------------------------------------------- phrase banks
EN = {
    "culture_medium": ["cell culture media", "serum-free media", "chemically defined media", "basal/feed media"],
    "cell_line": ["production cell lines", "CHO host cell lines", "licensable host cells for antibody production"],
    "plasmid": ["plasmid DNA", "GMP-grade pDNA", "linearised template plasmids"],
    "enzyme": ["mRNA synthesis enzymes", "T7 RNA polymerase/capping enzymes", "IVT enzymes"],
    "cap_reagent": ["5' cap analogues", "cap reagents", "co-transcriptional capping reagents"],
    "adjuvant": ["vaccine adjuvants", "saponin-based adjuvants", "nucleic-acid adjuvants"],
    "single_use_bag": ["single-use bags", "bioprocess bags", "2D/3D single-use bioprocess containers", "single-use storage bags"],
    "tube": ["tubing", "platinum-cured silicone tubing", "TPE tubing sets", "bioprocess tubing"],
    "connector": ["aseptic connectors", "sterile connectors", "single-use connectors/gaskets"],
    "bioreactor": ["single-use bioreactors", "bioreactors", "stirred-tank bioreactors"],
    "mixer": ["single-use mixers", "buffer mixing systems", "single-use mixing systems"],
    "filter": ["depth filters", "sterilizing-grade filters", "virus removal filters", "process filters"],
    "chromatography_resin": ["chromatography resins", "protein A resin", "ion-exchange resins", "affinity chromatography media"],
    "vial": ["glass vials", "vials", "Type I borosilicate vials"],
    "lipid": ["ionizable lipids", "LNP lipids", "PEG/helper lipids"],
    "sensor": ["single-use sensors", "single-use pH/DO sensors", "disposable in-line process sensors"],
    "cold_chain": ["cold-chain logistics", "temperature-controlled shipping", "cryogenic dry-shipper transport", "ultra-cold transport services"],
    "culture_vessel": ["cell culture vessels", "multilayer culture flasks", "closed culture bags for cell therapy", "cell culture flasks"],
    "reagent": ["process reagents", "buffers/process chemicals", "GMP-grade buffer salts", "general laboratory reagents"],
}
JA = {
    "culture_medium": ["培地", "無血清培地", "化学組成既知培地", "基礎培地・フィード培地"],
    "cell_line": ["生産細胞株", "CHO宿主細胞", "抗体生産用の宿主細胞株"],
    "plasmid": ["プラスミドDNA", "GMPグレードのプラスミド", "鋳型用プラスミド"],
    "enzyme": ["mRNA合成酵素", "IVT用酵素", "RNAポリメラーゼ・キャッピング酵素"],
    "cap_reagent": ["5'キャップ試薬", "キャップアナログ", "キャップ化試薬"],
    "adjuvant": ["アジュバント", "核酸アジュバント", "ワクチン用アジュバント"],
    "single_use_bag": ["シングルユースバッグ", "SUバッグ", "シングルユースの保存用バッグ", "バイオプロセスバッグ"],
    "tube": ["チューブ", "シリコーンチューブ", "チューブ・ホース類", "チューブセット"],
    "connector": ["無菌コネクタ", "コネクタ・ガスケット", "無菌接続用のコネクタ"],
    "bioreactor": ["バイオリアクター", "シングルユースバイオリアクター", "培養槽"],
    "mixer": ["シングルユースミキサー", "撹拌装置", "バッファー調製用ミキサー"],
    "filter": ["フィルター", "ろ過滅菌フィルター", "ウイルス除去フィルター", "深層ろ過フィルター"],
    "chromatography_resin": ["クロマトグラフィー樹脂", "プロテインA担体", "イオン交換樹脂", "クロマトグラフィー充填剤"],
    "vial": ["バイアル", "ガラスバイアル", "注射剤用バイアル"],
    "lipid": ["LNP用脂質", "イオン化脂質", "PEG脂質・ヘルパー脂質"],
    "sensor": ["シングルユースセンサー", "pH・DOセンサー", "使い捨てのインラインセンサー"],
    "cold_chain": ["定温輸送", "コールドチェーン物流", "ドライシッパーによる凍結輸送", "超低温輸送サービス"],
    "culture_vessel": ["細胞培養容器", "多層培養フラスコ", "細胞治療用の閉鎖系培養バッグ", "培養フラスコ"],
    "reagent": ["試薬", "バッファー・プロセス試薬", "GMPグレードの緩衝液原料", "汎用試薬"],
}
CRIT_REQ_EN = {
    "change_notification": ["advance change notification", "change notification at least six months ahead"],
    "extractables_leachables": ["extractables & leachables (E&L) data", "an E&L data package"],
    "lot_traceability": ["full lot traceability", "traceability of every lot to its raw materials"],
    "domestic_supply": ["manufacturing in Japan", "domestic production"],
    "dual_sourcing": ["production at two or more sites", "a second production line for supply continuity"],
}
CRIT_REQ_JA = {
    "change_notification": ["変更の事前通知", "6か月以上前の変更通知"],
    "extractables_leachables": ["E&L（抽出物・溶出物）データ", "溶出物試験データ一式"],
    "lot_traceability": ["ロットごとのトレーサビリティ", "原料までさかのぼれるロット追跡性"],
    "domestic_supply": ["国内製造", "国内での生産・供給"],
    "dual_sourcing": ["複数拠点での生産体制", "供給継続のための第二生産ライン"],
}
CRIT_MET_EN = {
    "change_notification": ["We provide change notification 12 months ahead.", "Customers are notified of any material or process change at least 6 months in advance."],
    "extractables_leachables": ["E&L data packages are available for every product.", "We supply extractables and leachables studies on request."],
    "lot_traceability": ["Every lot is traceable back to its raw-material lots.", "Full lot traceability is maintained."],
    "domestic_supply": ["All products are manufactured in Japan.", "Production and warehousing are entirely domestic."],
    "dual_sourcing": ["We run two production sites so supply continues if one stops.", "Products are made on two independent lines (dual sourcing)."],
}
CRIT_MET_JA = {
    "change_notification": ["変更は12か月前に通知します。", "原材料や工程の変更は6か月以上前にお知らせします。"],
    "extractables_leachables": ["全製品でE&Lデータを提供できます。", "抽出物・溶出物（E&L）試験データを用意しています。"],
    "lot_traceability": ["全ロットのトレーサビリティを確保しています。", "原料ロットまで追跡可能なロット管理を行っています。"],
    "domestic_supply": ["全製品を国内工場で製造しています。", "製造・保管ともに国内で完結しています。"],
    "dual_sourcing": ["2拠点で生産しており、片方が停止しても供給を継続できます。", "独立した2ラインで製造するデュアルソース体制です。"],
}

MOD_EN = {"antibody": "antibodies", "adc": "ADCs", "mrna": "mRNA", "vaccine": "vaccines", "gene_therapy": "gene therapy",
          "viral_vector": "AAV and lentiviral vectors", "cell_therapy": "cell therapy", "ips": "iPS cell-derived products",
          "protein": "recombinant proteins", "nucleic_acid": "oligonucleotides", "regenerative": "regenerative medicine products",
          "car_t": "CAR-T"}
MOD_JA = {"antibody": "抗体医薬", "adc": "ADC", "mrna": "mRNA", "vaccine": "ワクチン", "gene_therapy": "遺伝子治療",
          "viral_vector": "AAV・レンチウイルスベクター", "cell_therapy": "細胞治療", "ips": "iPS細胞由来製品",
          "protein": "組換えタンパク質", "nucleic_acid": "核酸医薬", "regenerative": "再生医療等製品", "car_t": "CAR-T細胞"}
STEP_EN = {"process_development": "process development", "upstream": "cell culture", "downstream": "purification",
           "drug_substance": "drug substance manufacturing", "fill_finish": "aseptic fill-finish",
           "clinical_supply": "GMP clinical manufacturing", "commercial_manufacturing": "commercial production",
           "analytical_development": "analytical development", "formulation": "formulation"}
STEP_JA = {"process_development": "プロセス開発", "upstream": "培養", "downstream": "精製", "drug_substance": "原薬製造",
           "fill_finish": "無菌充填", "clinical_supply": "治験薬GMP製造", "commercial_manufacturing": "商用生産",
           "analytical_development": "分析法開発", "formulation": "製剤化"}

REGIONS_JP = ["JP-13", "JP-14", "JP-27", "JP-28", "JP-12", "JP-11", "JP-08", "JP-26", "JP-16", "JP-22", "JP-23",
              "JP-40", "JP-34", "JP-04", "JP-01", "JP-10", "JP-09", "JP-33", "JP-25", "JP-36"]
REGION_EN = {"JP-13": "Tokyo", "JP-14": "Kanagawa", "JP-27": "Osaka", "JP-28": "Hyogo", "JP-12": "Chiba", "JP-11": "Saitama",
             "JP-08": "Ibaraki", "JP-26": "Kyoto", "JP-16": "Toyama", "JP-22": "Shizuoka", "JP-23": "Aichi", "JP-40": "Fukuoka",
             "JP-34": "Hiroshima", "JP-04": "Miyagi", "JP-01": "Hokkaido", "JP-10": "Gunma", "JP-09": "Tochigi",
             "JP-33": "Okayama", "JP-25": "Shiga", "JP-36": "Tokushima", "DE": "Germany", "US": "the United States",
             "KR": "South Korea", "SG": "Singapore", "FR": "France"}
REGION_JA = {"JP-13": "東京都", "JP-14": "神奈川県", "JP-27": "大阪府", "JP-28": "兵庫県", "JP-12": "千葉県", "JP-11": "埼玉県",
             "JP-08": "茨城県", "JP-26": "京都府", "JP-16": "富山県", "JP-22": "静岡県", "JP-23": "愛知県", "JP-40": "福岡県",
             "JP-34": "広島県", "JP-04": "宮城県", "JP-01": "北海道", "JP-10": "群馬県", "JP-09": "栃木県",
             "JP-33": "岡山県", "JP-25": "滋賀県", "JP-36": "徳島県", "DE": "ドイツ", "US": "米国", "KR": "韓国",
             "SG": "シンガポール", "FR": "フランス"}

CHUNKS = [("Ao", "アオ"), ("Kiri", "キリ"), ("Nagi", "ナギ"), ("Sora", "ソラ"), ("Yuki", "ユキ"), ("Hoshi", "ホシ"),
          ("Tsuki", "ツキ"), ("Kaze", "カゼ"), ("Shira", "シラ"), ("Akane", "アカネ"), ("Sazami", "サザミ"),
          ("Hisui", "ヒスイ"), ("Wakaba", "ワカバ"), ("Hotaru", "ホタル"), ("Shizu", "シズ"), ("Iroha", "イロハ"),
          ("Kaede", "カエデ"), ("Yomogi", "ヨモギ"), ("Suzu", "スズ"), ("Nishiki", "ニシキ"), ("Kagura", "カグラ"),
          ("Urara", "ウララ"), ("Momiji", "モミジ"), ("Sakaki", "サカキ"), ("Hagi", "ハギ"), ("Kurumi", "クルミ"),
          ("Seri", "セリ"), ("Nazuna", "ナズナ"), ("Isana", "イサナ"), ("Tobira", "トビラ"), ("Minamo", "ミナモ"),
          ("Kanade", "カナデ"), ("Oboro", "オボロ"), ("Sumire", "スミレ"), ("Tsubame", "ツバメ"), ("Hibari", "ヒバリ")]
_used = set()


def fname(suffix_en, suffix_ja):
    while True:
        a, b = R.sample(CHUNKS, 2)
        key = a[0] + b[0].lower()
        if key not in _used:
            _used.add(key)
            return f"{key} {suffix_en}", f"{a[1]}{b[1]}{suffix_ja}"


def ph(cat, lang):
    return R.choice(EN[cat] if lang == "en" else JA[cat])


def join(items, lang):
    if lang == "ja":
        return items[0] if len(items) == 1 else "、".join(items[:-1]) + "および" + items[-1]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def cats(cs, lang):
    return join([ph(c, lang) for c in cs], lang)


def crit_req(cs, lang):
    bank = CRIT_REQ_EN if lang == "en" else CRIT_REQ_JA
    return join([R.choice(bank[c]) for c in cs], lang)


# ---------------------------------------------------------------- buyer sentences
def seek_sentence(cs, lang):
    """returns (sentence, implies_domestic)"""
    x = cats(cs, lang)
    if lang == "en":
        opts = [(f"We source {x} from overseas and want a domestic second source.", True),
                (f"We are looking for new suppliers of {x} for our plant expansion.", False),
                (f"Currently evaluating alternative sources of {x}.", False),
                (f"Lead times for {x} from our current vendor have become a problem, and we welcome proposals from other makers.", False),
                (f"Open to qualifying a new supplier of {x}.", False),
                (f"Procurement priority this year: {x}.", False),
                (f"We would like to switch our {x} to a Japanese-made product.", True)]
    else:
        opts = [(f"{x}は海外製品を使用しており、国内の第二供給元を探しています。", True),
                (f"{x}の新規サプライヤーを募集しています。", False),
                (f"{x}の国内調達先を評価中です。", True),
                (f"現行の{x}は納期が不安定なため、代替品の提案を歓迎します。", False),
                (f"新工場の立ち上げに向けて{x}の調達先を検討しています。", False),
                (f"{x}について、採用を検討できるメーカーとの面談を希望します。", False)]
    return R.choice(opts)


def covered_sentence(cs, lang):
    x = cats(cs, lang)
    if lang == "en":
        opts = [f"Our needs for {x} are fully met by existing suppliers.",
                f"We already have qualified sources for {x} and are not looking for new ones.",
                f"No new suppliers of {x} are needed at this time.",
                f"We evaluated domestic {x} last year and have since qualified a supplier, so that is covered."]
    else:
        opts = [f"{x}は既存サプライヤーで充足しています。",
                f"{x}については認定済みの供給元があり、新規の調達先は求めていません。",
                f"{x}は現時点で追加の調達先は不要です。",
                f"{x}は昨年国産品を評価し、すでに採用先を決定済みです。"]
    return R.choice(opts)


def seek_and_cover_sentence(s, c, lang):
    xs, xc = cats(s, lang), cats(c, lang)
    if lang == "en":
        return R.choice([f"We are looking for a new source of {xs}; {xc} is already covered.",
                         f"{xc[0].upper() + xc[1:]}: covered. {xs[0].upper() + xs[1:]}: actively seeking a second supplier."])
    return R.choice([f"{xc}は充足していますが、{xs}は新たな調達先を探しています。",
                     f"{xs}の調達先を探しています（{xc}は既存品で足りています）。"])


def offer_sentence(cs, lang):
    if cs == ["cold_chain"]:
        return ("We run our own temperature-controlled logistics arm, which also ships for other companies."
                if lang == "en" else "自社の定温輸送部門を持ち、他社向けにも輸送サービスを提供しています。")
    x = cats(cs, lang)
    if lang == "en":
        return R.choice([f"We manufacture our own {x} and also supply them to other manufacturers.",
                         f"Our materials division sells {x}.",
                         f"{x[0].upper() + x[1:]} are produced in-house at our own plant."])
    return R.choice([f"自社で{x}を製造しており、外部販売も行っています。",
                     f"グループ会社を通じて{x}を販売しています。",
                     f"{x}は自社工場で内製しています。"])


def criteria_sentence(cs, lang):
    x = crit_req(cs, lang)
    if lang == "en":
        return R.choice([f"New suppliers must provide {x}.", f"Our selection criteria include {x}.",
                         f"We require {x} from any new vendor."])
    return R.choice([f"新規採用の条件は{x}です。", f"選定基準として{x}を求めます。", f"{x}が提供できることが前提です。"])


def gmp_req_sentence(lang):
    if lang == "en":
        return R.choice(["Adoption requires a track record of use in GMP manufacturing.",
                         "We only consider materials that already have a GMP use record."])
    return R.choice(["GMP製造での使用実績があることが採用の前提です。", "採用にはGMP使用実績が必要です。"])


INCIDENTAL_EN = ["Our site runs 2,000 L single-use bioreactors.", "The facility has two isolator filling lines.",
                 "Purification trains include protein A capture and virus filtration steps.",
                 "We operate closed, automated culture systems for autologous products."]
INCIDENTAL_JA = ["2,000 Lのシングルユースバイオリアクターを保有しています。", "アイソレーター式の充填ラインを2系列備えています。",
                 "精製工程はプロテインAキャプチャーとウイルス除去ろ過を含みます。", "自家細胞製品向けに閉鎖系の自動培養装置を運用しています。"]
SILENT_NEEDS_EN = ["Looking for new development projects from drug ventures.", "We want to meet biotech companies that need clinical supply.",
                   "Seeking partners for technology transfer into our new suite.", ""]
SILENT_NEEDS_JA = ["創薬ベンチャーからの新規受託案件を求めています。", "治験薬製造の委託先を探している企業と面談したいです。",
                   "新棟への技術移管パートナーを募集しています。", ""]

MODS_CDMO = ["antibody", "adc", "mrna", "vaccine", "gene_therapy", "viral_vector", "cell_therapy", "ips", "protein",
             "nucleic_acid", "regenerative", "car_t"]
MODS_PHARMA = ["antibody", "adc", "mrna", "vaccine", "gene_therapy", "cell_therapy", "protein", "nucleic_acid"]

# seeking weights per buyer language (ja buyers lean to vials/cold chain/vessels/reagents/media,
# en buyers to sensors/resins/connectors/lipids/filters; bags and tubes neutral)
W_JA = {"culture_medium": 10, "cell_line": 1, "plasmid": 1.5, "enzyme": 1.5, "cap_reagent": 1, "adjuvant": 1,
        "single_use_bag": 12, "tube": 10, "connector": 6, "bioreactor": 1.5, "mixer": 1.5, "filter": 7,
        "chromatography_resin": 4, "vial": 11, "lipid": 1.5, "sensor": 3, "cold_chain": 10, "culture_vessel": 10, "reagent": 10}
W_EN = {"culture_medium": 6, "cell_line": 1, "plasmid": 1.5, "enzyme": 1.5, "cap_reagent": 1, "adjuvant": 1,
        "single_use_bag": 12, "tube": 10, "connector": 11, "bioreactor": 1.5, "mixer": 1.5, "filter": 11,
        "chromatography_resin": 11, "vial": 3, "lipid": 4, "sensor": 11, "cold_chain": 3, "culture_vessel": 4, "reagent": 4}


def wpick(weights, k, exclude):
    pool = {c: w for c, w in weights.items() if c not in exclude}
    out = []
    for _ in range(k):
        tot = sum(pool.values())
        r = R.uniform(0, tot)
        for c, w in pool.items():
            r -= w
            if r <= 0:
                out.append(c)
                del pool[c]
                break
    return out


def make_buyer(kind, idx, lang):
    if kind == "cdmo":
        n_en, n_ja = fname(R.choice(["Biologics", "BioManufacturing", "Bioprocess Services", "Cell Factory", "CDMO"]),
                           "")
        suffix = n_en.split(" ", 1)[1]
        ja_suf = {"Biologics": "バイオロジクス", "BioManufacturing": "バイオ製造", "Bioprocess Services": "バイオプロセス",
                  "Cell Factory": "セルファクトリー", "CDMO": "CDMO"}[suffix]
        n_ja = "株式会社" + n_ja + ja_suf
    else:
        n_en, n_ja = fname("Pharmaceutical Co., Ltd.", "製薬株式会社")
    oid = f"sup-{kind}-{idx:03d}"
    region = R.choice(REGIONS_JP)
    mods = R.sample(MODS_CDMO if kind == "cdmo" else MODS_PHARMA, R.choice([1, 2, 2, 3]))
    steps = R.sample(["process_development", "upstream", "downstream", "drug_substance", "fill_finish",
                      "clinical_supply", "commercial_manufacturing", "analytical_development", "formulation"], 3)
    lab = {"offers": [], "seeking": [], "covered": [], "crit": [], "gmp_req": False}
    weights = W_JA if lang == "ja" else W_EN
    # offers
    if R.random() < (0.15 if kind == "cdmo" else 0.08):
        pool = ["culture_medium", "filter", "reagent", "culture_vessel", "cold_chain"] if kind == "cdmo" else ["vial", "reagent", "cold_chain"]
        lab["offers"] = [R.choice(pool)]
    r = R.random()
    if r < 0.12:
        mode = "silent"
    elif r < 0.20:
        mode = "covered_only"
    else:
        mode = "seek"
    implies_dom = False
    sentences = []
    if mode == "seek":
        k = R.choices([1, 2, 3, 4], [0.15, 0.35, 0.35, 0.15] if kind == "cdmo" else [0.35, 0.4, 0.2, 0.05])[0]
        lab["seeking"] = wpick(weights, k, set(lab["offers"]))
        if R.random() < 0.45:
            lab["covered"] = wpick(weights, R.choice([1, 1, 2]), set(lab["offers"]) | set(lab["seeking"]))
        if lab["covered"] and R.random() < 0.35:
            sentences.append(seek_and_cover_sentence(lab["seeking"], lab["covered"], lang))
        else:
            # split seeking into one or two sentences
            if len(lab["seeking"]) > 1 and R.random() < 0.4:
                s1, d1 = seek_sentence(lab["seeking"][:1], lang)
                s2, d2 = seek_sentence(lab["seeking"][1:], lang)
                sentences += [s1, s2]
                implies_dom = d1 or d2
            else:
                s, implies_dom = seek_sentence(lab["seeking"], lang)
                sentences.append(s)
            if lab["covered"]:
                sentences.append(covered_sentence(lab["covered"], lang))
        if R.random() < 0.45:
            cs = R.sample(CRIT, R.choice([1, 1, 2, 2, 3]))
            if implies_dom and "domestic_supply" in cs:
                cs.remove("domestic_supply")
            if cs:
                sentences.append(criteria_sentence(cs, lang))
                lab["crit"] = cs
        if implies_dom:
            lab["crit"] = sorted(set(lab["crit"]) | {"domestic_supply"})
        if R.random() < 0.3:
            sentences.append(gmp_req_sentence(lang))
            lab["gmp_req"] = True
    elif mode == "covered_only":
        lab["covered"] = wpick(weights, R.choice([1, 2]), set(lab["offers"]))
        sentences.append(covered_sentence(lab["covered"], lang))

    # description
    M = MOD_EN if lang == "en" else MOD_JA
    S = STEP_EN if lang == "en" else STEP_JA
    reg = REGION_EN[region] if lang == "en" else REGION_JA[region]
    mtxt = join([M[m] for m in mods], lang)
    stxt = join([S[s] for s in steps], lang)
    jn = n_ja.replace("株式会社", "")
    if lang == "en":
        if kind == "cdmo":
            desc = R.choice([f"{n_en} is a contract development and manufacturing organisation in {reg} offering {stxt} for {mtxt}.",
                             f"CDMO based in {reg}. We provide {stxt}, working on {mtxt}.",
                             f"{n_en} runs a multi-product GMP site in {reg}, taking on {stxt} for {mtxt}."])
        else:
            desc = R.choice([f"{n_en} is a pharmaceutical company headquartered in {reg} developing {mtxt}, with in-house {stxt}.",
                             f"Mid-sized drug maker in {reg}. Pipeline: {mtxt}. We keep {stxt} in-house.",
                             f"{n_en} develops {mtxt} and operates its own plant in {reg} for {stxt}."])
    else:
        if kind == "cdmo":
            desc = R.choice([f"{reg}に拠点を置く受託製造開発機関（CDMO）。{mtxt}の{stxt}を受託しています。",
                             f"{jn}は{reg}のGMP製造拠点で、{mtxt}の{stxt}を請け負うCDMOです。",
                             f"{mtxt}を対象に{stxt}を提供する受託製造企業（{reg}）。"])
        else:
            desc = R.choice([f"{reg}に本社を置く製薬企業。{mtxt}を開発しており、{stxt}を自社で行っています。",
                             f"{jn}は{mtxt}の開発を進める製薬会社で、{reg}の自社工場で{stxt}を行っています。",
                             f"{reg}の中堅製薬企業。パイプラインは{mtxt}。{stxt}は自社内で実施しています。"])
    extra = []
    if lab["offers"]:
        extra.append(offer_sentence(lab["offers"], lang))
    if R.random() < 0.25:
        extra.append(R.choice(INCIDENTAL_EN if lang == "en" else INCIDENTAL_JA))
    desc = " ".join([desc] + extra) if lang == "en" else "".join([desc] + extra)
    sep = " " if lang == "en" else ""
    if sentences and R.random() < 0.2:
        desc = desc + sep + sep.join(sentences)
        needs = R.choice(SILENT_NEEDS_EN if lang == "en" else SILENT_NEEDS_JA)
    elif sentences:
        needs = sep.join(sentences)
    else:
        needs = R.choice(SILENT_NEEDS_EN if lang == "en" else SILENT_NEEDS_JA)
    rec = {"record": "organization", "id": oid, "kind": kind, "name": n_en, "name_ja": n_ja,
           "description": desc, "needs": needs, "region": region, "source": SRC}
    if R.random() < 0.7:
        rec["capabilities"] = sorted(set(steps) | set(lab["offers"]))
        rec["modalities"] = mods
    label = {"id": oid, "offers_parts": lab["offers"], "procures": {"seeking": lab["seeking"], "covered": lab["covered"]},
             "criteria_required": lab["crit"], "criteria_met": [], "gmp_use_record": False,
             "gmp_record_required": lab["gmp_req"], "lang": lang}
    return rec, label


# ---------------------------------------------------------------- suppliers
# (offers, lang, region, gmp, criteria_met, extra) ; hand-specified so the by_id seekers are controlled
SUPPLIERS = [
    (["single_use_bag"], "ja", "JP-11", True, ["change_notification", "lot_traceability", "domestic_supply"], None),
    (["single_use_bag", "tube"], "en", "JP-14", True, ["change_notification", "extractables_leachables", "lot_traceability", "domestic_supply"], None),
    (["single_use_bag"], "en", "DE", True, ["extractables_leachables", "lot_traceability", "dual_sourcing"], None),
    (["tube"], "ja", "JP-27", True, ["lot_traceability", "domestic_supply"], None),
    (["tube"], "en", "JP-10", False, ["domestic_supply", "extractables_leachables"], "first_adopter"),
    (["connector"], "ja", "JP-13", True, ["change_notification", "domestic_supply", "lot_traceability"], None),
    (["connector"], "en", "JP-28", False, ["domestic_supply"], "first_adopter"),
    (["connector", "tube"], "ja", "JP-09", True, ["domestic_supply", "dual_sourcing"], None),
    (["filter"], "ja", "JP-22", True, ["change_notification", "extractables_leachables", "lot_traceability", "domestic_supply"], None),
    (["filter"], "en", "JP-25", True, ["extractables_leachables", "domestic_supply"], None),
    (["filter"], "en", "US", True, ["change_notification", "extractables_leachables", "lot_traceability", "dual_sourcing"], None),
    (["culture_medium"], "ja", "JP-33", True, ["domestic_supply", "lot_traceability", "change_notification"], None),
    (["culture_medium"], "en", "JP-08", False, ["domestic_supply"], "first_adopter"),
    (["culture_medium", "reagent"], "ja", "JP-36", True, ["domestic_supply", "dual_sourcing", "lot_traceability"], None),
    (["chromatography_resin"], "ja", "JP-12", True, ["change_notification", "lot_traceability", "domestic_supply"], None),
    (["chromatography_resin"], "en", "JP-34", True, ["change_notification", "domestic_supply"], None),
    (["vial"], "ja", "JP-23", True, ["domestic_supply", "lot_traceability", "change_notification"], None),
    (["vial"], "en", "JP-22", True, ["domestic_supply", "dual_sourcing"], None),
    (["sensor"], "en", "JP-04", False, ["domestic_supply", "extractables_leachables"], "first_adopter"),
    (["sensor"], "ja", "JP-13", True, ["change_notification", "lot_traceability"], None),
    (["cold_chain"], "ja", "JP-14", True, ["lot_traceability", "domestic_supply"], None),
    (["cold_chain"], "en", "SG", True, ["lot_traceability", "dual_sourcing"], None),
    (["culture_vessel"], "ja", "JP-26", True, ["domestic_supply", "lot_traceability", "change_notification"], None),
    (["culture_vessel"], "en", "JP-40", False, ["domestic_supply"], None),
    (["reagent"], "en", "JP-27", True, ["lot_traceability", "domestic_supply", "change_notification"], None),
    (["reagent"], "ja", "JP-16", False, ["domestic_supply"], None),
    (["bioreactor", "mixer"], "ja", "JP-27", True, ["domestic_supply", "change_notification"], None),
    (["mixer"], "en", "KR", False, ["dual_sourcing"], None),
    (["lipid"], "en", "JP-26", True, ["domestic_supply", "lot_traceability"], None),
    (["lipid"], "ja", "JP-13", False, ["domestic_supply"], "first_adopter"),
    (["plasmid"], "ja", "JP-08", True, ["domestic_supply", "lot_traceability"], None),
    (["enzyme"], "en", "JP-25", True, ["domestic_supply", "lot_traceability", "change_notification"], None),
    (["cap_reagent", "adjuvant"], "ja", "JP-27", True, ["domestic_supply"], None),
    (["cell_line"], "ja", "JP-40", True, ["lot_traceability"], None),
    (["single_use_bag", "connector"], "ja", "JP-23", False, ["domestic_supply", "change_notification"], "buys_connector"),
    (["filter", "chromatography_resin"], "en", "FR", True, ["change_notification", "extractables_leachables", "dual_sourcing"], None),
    (["sensor", "connector"], "ja", "JP-01", False, ["domestic_supply"], None),
    (["vial", "cold_chain"], "en", "JP-28", True, ["domestic_supply", "lot_traceability"], None),
    (["culture_vessel", "culture_medium"], "en", "JP-14", True, ["domestic_supply", "extractables_leachables", "lot_traceability"], None),
    (["adjuvant"], "en", "US", False, ["change_notification"], None),
    (["tube", "single_use_bag", "connector"], "ja", "JP-10", True, ["domestic_supply", "extractables_leachables", "lot_traceability", "change_notification", "dual_sourcing"], None),
]
SUP_SUFFIX = {"single_use_bag": ("Polymer Industries", "ポリマー工業"), "tube": ("Rubber & Hose", "ゴムホース"),
              "connector": ("Fluidics", "フルイディクス"), "filter": ("Filtration", "フィルトレーション"),
              "culture_medium": ("Media Labs", "メディアラボ"), "chromatography_resin": ("Separation Materials", "分離材料"),
              "vial": ("Glassworks", "硝子"), "sensor": ("Sensing", "センシング"), "cold_chain": ("Cryo Logistics", "クライオ物流"),
              "culture_vessel": ("Cellware", "セルウェア"), "reagent": ("Chemicals", "ケミカル"), "bioreactor": ("Process Equipment", "プロセス機器"),
              "mixer": ("Mixing Systems", "ミキシングシステムズ"), "lipid": ("Lipid Science", "リピッドサイエンス"),
              "plasmid": ("Genetics", "ジェネティクス"), "enzyme": ("Enzymology", "エンザイモロジー"),
              "cap_reagent": ("Nucleotide Chemistry", "ヌクレオチド化学"), "cell_line": ("Cell Sciences", "セルサイエンス"),
              "adjuvant": ("Immunomaterials", "イムノマテリアル")}

GMP_EN = ["Our {x} are used in commercial GMP manufacturing at a European CMO.",
          "Our {x} have been adopted in GMP clinical manufacturing at two Japanese CDMOs.",
          "{X} from our line are used in the GMP production of an approved biologic.",
          "Our {x} are in routine use in GMP manufacturing at a domestic pharma plant."]
GMP_JA = ["当社の{x}は国内CDMO2社のGMP製造で採用実績があります。",
          "当社{x}は欧州CMOの商用GMP製造で使用されています。",
          "{x}は国内製薬企業のGMP製造ラインで使用実績があります。",
          "承認済みバイオ医薬品のGMP製造に当社{x}が使われています。"]
NEEDS_SUP_EN = ["Seeking pharma and CDMO buyers in Japan.", "We want to meet CDMOs and pharma companies willing to evaluate samples.",
                "Looking for biopharma manufacturers in Japan to run evaluation lots.", "Seeking CDMO customers, especially for new plants."]
NEEDS_SUP_JA = ["国内の製薬企業・CDMOの採用先を探しています。", "サンプル評価に協力いただける製薬企業・CDMOを募集しています。",
                "新工場を立ち上げるCDMOとの面談を希望します。", "国内バイオ医薬品メーカーへの採用拡大を目指しています。"]


def make_supplier(idx, spec):
    offers, lang, region, gmp, met, extra = spec
    main = offers[0]
    se, sj = SUP_SUFFIX[main]
    n_en, n_ja = fname(se + " Co., Ltd.", "")
    n_ja = "株式会社" + n_ja + sj
    oid = f"sup-supplier-{idx:03d}"
    reg = REGION_EN[region] if lang == "en" else REGION_JA[region]
    procures = []
    if extra == "buys_connector":
        procures = ["connector"]
        offers = [o for o in offers if o != "connector"]
    x = cats(offers, lang)
    made_abroad = not region.startswith("JP")
    if lang == "en":
        if made_abroad:
            desc = f"{n_en} manufactures {x} at its plant in {reg} and supplies Japanese customers through a Tokyo office."
        else:
            desc = f"{n_en} manufactures {x} at its plant in {reg}."
        if gmp:
            t = R.choice(GMP_EN)
            px = ph(main, "en")
            desc += " " + t.replace("{x}", px).replace("{X}", px[0].upper() + px[1:])
        elif extra == "first_adopter":
            desc += " We have no GMP use record yet and are looking for a first adopter."
        desc += " " + " ".join(R.choice(CRIT_MET_EN[c]) for c in met)
        if extra == "buys_connector":
            desc += " We buy in the connectors fitted to our bags and want a domestic connector partner."
        needs = R.choice(NEEDS_SUP_EN)
    else:
        if made_abroad:
            desc = f"{reg}の自社工場で{x}を製造し、東京事務所を通じて国内顧客に供給しています。"
        else:
            desc = f"{reg}の自社工場で{x}を製造しています。"
        if gmp:
            desc += R.choice(GMP_JA).replace("{x}", ph(main, "ja"))
        elif extra == "first_adopter":
            desc += "GMP製造での使用実績はまだなく、最初の採用先を探しています。"
        desc += "".join(R.choice(CRIT_MET_JA[c]) for c in met)
        if extra == "buys_connector":
            desc += "バッグに組み込むコネクタは外部調達しており、国内のコネクタメーカーとの提携を希望しています。"
        needs = R.choice(NEEDS_SUP_JA)
    rec = {"record": "organization", "id": oid, "kind": "supplier", "name": n_en, "name_ja": n_ja,
           "description": desc, "needs": needs, "region": region, "source": SRC}
    if R.random() < 0.7:
        rec["capabilities"] = list(offers)
    label = {"id": oid, "offers_parts": list(offers), "procures": {"seeking": procures, "covered": []},
             "criteria_required": [], "criteria_met": list(met), "gmp_use_record": gmp,
             "gmp_record_required": False, "lang": lang}
    return rec, label


# ---------------------------------------------------------------- distractors (hand-written)
DISTRACTORS = [
    ({"kind": "cro", "name": "Tobirasora Research Co., Ltd.", "name_ja": "株式会社トビラソラリサーチ", "region": "JP-14",
      "description": "Non-clinical CRO running GLP toxicology and pharmacology studies. Our in-vitro lab uses serum-free media in large volumes.",
      "needs": "We are looking for a cheaper domestic supplier of cell culture media for our in-vitro assays."},
     {"offers": [], "seeking": ["culture_medium"], "covered": [], "crit": ["domestic_supply"], "lang": "en"}),
    ({"kind": "cro", "name": "Hibarimina Analytical Co., Ltd.", "name_ja": "株式会社ヒバリミナ分析センター", "region": "JP-27",
      "description": "シングルユース部材のE&L（抽出物・溶出物）試験や材料評価を受託する分析CROです。部素材メーカーの変更通知対応の支援も行います。",
      "needs": "E&L試験を委託したい部素材メーカーを探しています。"},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "ja"}),
    ({"kind": "cro", "name": "Kanadeseri Clinical Co., Ltd.", "name_ja": "株式会社カナデセリクリニカル", "region": "JP-13",
      "description": "臨床試験のモニタリングとデータマネジメントを行うCRO。治験薬の定温輸送は外部業者に委託しています。",
      "needs": "治験薬の定温輸送を担う新しい物流パートナーを探しています。"},
     {"offers": [], "seeking": ["cold_chain"], "covered": [], "crit": [], "lang": "ja"}),
    ({"kind": "cro", "name": "Oborohagi Bioassay Co., Ltd.", "name_ja": "株式会社オボロハギバイオアッセイ", "region": "JP-08",
      "description": "Cell-based potency assays and QC release testing for biologics and cell therapies.",
      "needs": "Seeking pharma and CDMO clients that outsource release testing."},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "en"}),
    ({"kind": "vc", "name": "Sumire Bioprocess Ventures", "name_ja": "スミレ・バイオプロセス・ベンチャーズ", "region": "JP-13",
      "description": "Venture capital investing in bioprocess technology: single-use consumables, sensors and cell culture vessels.",
      "needs": "Looking for early-stage makers of single-use bags and sensors to invest in."},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "en"}),
    ({"kind": "vc", "name": "Tsubamekagura Capital", "name_ja": "ツバメカグラキャピタル", "region": "JP-27",
      "description": "関西の創薬ベンチャーに投資するベンチャーキャピタル。",
      "needs": "シリーズA前後の創薬ベンチャーとの面談を希望します。"},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "ja"}),
    ({"kind": "vc", "name": "Minamo Life Science Fund", "name_ja": "ミナモライフサイエンスファンド", "region": "JP-14",
      "description": "国産部素材メーカー（培地、フィルター、バイアル等）への成長投資を行うファンドです。",
      "needs": "GMP使用実績の獲得を目指す部素材メーカーへの出資機会を探しています。"},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "ja"}),
    ({"kind": "university", "name": "Isanakaze University Cell Processing Center", "name_ja": "イサナカゼ大学 細胞加工センター", "region": "JP-26",
      "description": "大学附属の細胞加工施設。医師主導治験向けに細胞製品を製造しています。",
      "needs": "多層培養フラスコや閉鎖系培養バッグなど細胞培養容器の新しい調達先を探しています。"},
     {"offers": [], "seeking": ["culture_vessel"], "covered": [], "crit": [], "lang": "ja"}),
    ({"kind": "university", "name": "Shirakaede Institute of Technology, Bioprocess Lab", "name_ja": "シラカエデ工業大学 バイオプロセス研究室", "region": "JP-04",
      "description": "Academic lab developing printed single-use pH and dissolved-oxygen sensors; prototypes only, not a commercial product.",
      "needs": "Looking for a CDMO to test our sensor prototypes in a pilot bioreactor."},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "en"}),
    ({"kind": "university", "name": "Kurumi Medical University", "name_ja": "クルミ医科大学", "region": "JP-40",
      "description": "Medical university with a translational research centre for regenerative medicine.",
      "needs": "Seeking industry partners for investigator-initiated trials."},
     {"offers": [], "seeking": [], "covered": [], "crit": [], "lang": "en"}),
]

# ---------------------------------------------------------------- queries (offer text, hand-written)
TEXT_QUERIES = [
    ("en", "cdmo", "We make gamma-irradiated single-use bags and tubing sets in Kanagawa. Our bags are used in commercial GMP manufacturing at a European CMO. We give 12 months' change notification and full lot traceability.",
     ["single_use_bag", "tube"], ["change_notification", "lot_traceability", "domestic_supply"], True),
    ("ja", "cdmo", "当社は無菌コネクタを国内で製造しています。GMP製造での採用実績はまだありませんが、変更は6か月前に通知します。",
     ["connector"], ["domestic_supply", "change_notification"], False),
    ("en", "any", "Depth filters and sterilizing-grade filters, made at two plants in Japan. E&L data and full lot traceability are provided; our filters are used in GMP antibody production.",
     ["filter"], ["extractables_leachables", "lot_traceability", "domestic_supply", "dual_sourcing"], True),
    ("ja", "any", "国内工場で無血清培地を製造しています。2拠点生産で供給を継続でき、国内CDMOのGMP製造で使用実績があります。",
     ["culture_medium"], ["domestic_supply", "dual_sourcing"], True),
    ("ja", "cdmo", "プロテインA担体とイオン交換樹脂を製造する国内メーカーです。変更通知とロットトレーサビリティに対応し、抗体医薬のGMP製造で採用されています。",
     ["chromatography_resin"], ["domestic_supply", "change_notification", "lot_traceability"], True),
    ("en", "any", "Japanese maker of Type I borosilicate glass vials with full lot traceability; our vials are used in GMP fill-finish at a domestic CDMO.",
     ["vial"], ["domestic_supply", "lot_traceability"], True),
    ("ja", "cdmo", "シングルユースのpH・DOセンサーを開発・製造しています。E&Lデータを提供できます。GMPでの使用実績はまだありません。",
     ["sensor"], ["extractables_leachables"], False),
    ("en", "any", "We run temperature-controlled and cryogenic dry-shipper logistics for clinical and commercial biologics, with lot-level traceability on every shipment.",
     ["cold_chain"], ["lot_traceability"], False),
    ("en", "cdmo", "Multilayer cell culture flasks and closed culture bags for cell therapy, manufactured in Japan; already used in GMP manufacturing of an approved regenerative medicine product. Change notification is given 12 months ahead.",
     ["culture_vessel"], ["domestic_supply", "change_notification"], True),
    ("ja", "cdmo", "バッファー原料やプロセス試薬を国内2拠点で製造しています。全ロットのトレーサビリティを確保しています。",
     ["reagent"], ["domestic_supply", "dual_sourcing", "lot_traceability"], False),
    ("en", "any", "We produce ionizable and PEG lipids for LNP formulations, with GMP use in an mRNA vaccine programme. We offer change notification and a second production site.",
     ["lipid"], ["change_notification", "dual_sourcing"], True),
    ("ja", "any", "mRNA合成酵素とキャップアナログを国内で製造しています。",
     ["enzyme", "cap_reagent"], ["domestic_supply"], False),
    ("en", "any", "Single-use mixers and single-use bioreactors up to 2,000 L, built in Osaka; installed in GMP plants in Japan.",
     ["mixer", "bioreactor"], ["domestic_supply"], True),
    ("ja", "any", "GMPグレードのプラスミドDNAを受託製造しています。国内GMP製造での使用実績があり、ロットトレーサビリティを保証します。",
     ["plasmid"], ["lot_traceability", "domestic_supply"], True),
    ("ja", "cdmo", "シングルユースバッグ、チューブセット、無菌コネクタを一式で国内製造しています。変更通知、E&Lデータ、全ロットのトレーサビリティ、2拠点生産のすべてに対応し、国内CDMOのGMP製造で採用実績があります。",
     ["single_use_bag", "tube", "connector"], ["change_notification", "extractables_leachables", "lot_traceability", "domestic_supply", "dual_sourcing"], True),
    ("en", "pharma", "Virus removal filters imported from our parent company in the US; no GMP use in Japan yet.",
     ["filter"], [], False),
    ("ja", "any", "ワクチン用の核酸アジュバントとLNP用脂質を国内で製造しています。",
     ["adjuvant", "lipid"], ["domestic_supply"], False),
]
# by-id queries: supplier index (1-based) and target
BY_ID = [(2, "cdmo"), (9, "cdmo"), (12, "any"), (16, "cdmo"), (17, "pharma"), (19, "any"), (22, "cdmo"),
         (23, "cdmo"), (25, "cdmo"), (41, "any")]


def main():
    pool, labels = [], []
    langs_c = ["ja", "en"] * 31
    langs_p = ["ja", "en"] * 20
    R.shuffle(langs_c)
    R.shuffle(langs_p)
    for i in range(62):
        rec, lab = make_buyer("cdmo", i + 1, langs_c[i])
        pool.append(rec)
        labels.append(lab)
    for i in range(40):
        rec, lab = make_buyer("pharma", i + 1, langs_p[i])
        pool.append(rec)
        labels.append(lab)
    for i, spec in enumerate(SUPPLIERS):
        rec, lab = make_supplier(i + 1, spec)
        pool.append(rec)
        labels.append(lab)
    counters = {}
    for d, lab in DISTRACTORS:
        k = d["kind"]
        counters[k] = counters.get(k, 0) + 1
        oid = f"sup-{k}-{counters[k]:03d}"
        rec = {"record": "organization", "id": oid, **d, "source": SRC}
        rec = {k2: rec[k2] for k2 in ["record", "id", "kind", "name", "name_ja", "description", "needs", "region", "source"]}
        pool.append(rec)
        labels.append({"id": oid, "offers_parts": lab["offers"], "procures": {"seeking": lab["seeking"], "covered": lab["covered"]},
                       "criteria_required": lab["crit"], "criteria_met": [], "gmp_use_record": False,
                       "gmp_record_required": False, "lang": lab["lang"]})
    queries = []
    n = 0
    for lang, target, offer, parts, met, gmp in TEXT_QUERIES:
        n += 1
        queries.append({"id": f"sq{n:02d}", "mode": "offer_text", "lang": lang, "target": target, "offer": offer,
                        "requires": {"parts": parts}, "states": {"criteria_met": met, "gmp_use_record": gmp}})
    by_lang = {l["id"]: l["lang"] for l in labels}
    for sidx, target in BY_ID:
        n += 1
        sid = f"sup-supplier-{sidx:03d}"
        queries.append({"id": f"sq{n:02d}", "mode": "by_id", "lang": by_lang[sid], "target": target, "seeker": sid})
    for i, q in enumerate(queries):
        q["split"] = "dev" if i % 2 == 0 else "test"
    with open(os.path.join(HERE, "pool.jsonl"), "w", encoding="utf-8") as f:
        for r in pool:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(pool), "orgs,", len(queries), "queries")


if __name__ == "__main__":
    main()
