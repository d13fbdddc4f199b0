ITEMS = [
("ja","pharma","""ミズホ製薬株式会社（大阪市中央区）｜会社概要。低分子医薬品と抗体医薬品を中心に、国内で15品目の承認品を販売しています。第3相試験中の品目が3つ。滋賀県甲賀市の自社工場（GMP）で錠剤・注射剤の製剤化と商用生産を行っています。原薬はすべて外部から調達しています。""",
 "mod+:small_molecule,antibody; cap+:formulation,commercial_manufacturing; cap-:drug_substance; cmp+:gmp; scl+:commercial; stg+:approved,phase3; site+:JP,JP-27,JP-25"),
("en","pharma","""Associate Director, External Manufacturing — Kagaribi Pharma (Tokyo). You will manage the CDMO network that produces antibody drug substance and prefilled syringes for our marketed product and for two Phase 3 programmes. Kagaribi has no in-house biologics manufacturing, so this role is the company's single point of accountability for supply.""",
 "mod+:antibody; cap-:drug_substance,fill_finish,clinical_supply,commercial_manufacturing; stg+:approved,phase3; site+:JP,JP-13"),
("ja","pharma","""【求人】品質管理（微生物試験）／株式会社タテヤマ薬品（富山県滑川市）。後発医薬品（低分子注射剤）の製造販売会社です。自社工場で製剤化から無菌充填、出荷試験までGMP下で行っています。原薬は海外から輸入しています。担当：環境モニタリング、無菌試験、エンドトキシン試験。""",
 "mod+:small_molecule; cap+:formulation,fill_finish,quality_control,commercial_manufacturing; cap-:drug_substance; cmp+:gmp; scl+:commercial; stg+:approved; site+:JP,JP-16"),
("en","pharma","""Asunaro Pharmaceutical | Pharmaceuticals | 5,001-10,000 employees. A research-driven pharma company headquartered in Osaka with eight approved products. Our pipeline spans discovery through Phase 3 across small molecules, peptides and siRNA. Research labs in Osaka and Boston, Massachusetts; commercial manufacturing plant in Shizuoka.""",
 "mod+:small_molecule,peptide,nucleic_acid; cap+:drug_discovery,commercial_manufacturing; scl+:commercial; stg+:research,preclinical,phase1,phase2,phase3,approved; site+:JP,JP-27,JP-22,US,US-MA"),
("ja","pharma","""株式会社コハク再生医療（兵庫県神戸市）｜会社概要。自家培養軟骨などの再生医療等製品（細胞治療）を製造販売しています。主力品は承認取得済みで、神戸の自社CPCにてGCTP省令に準拠した商用生産を行っています。社員数180名、製造スタッフを募集中です。""",
 "mod+:regenerative,cell_therapy; cap+:commercial_manufacturing; cmp+:gmp; scl+:commercial; stg+:approved; site+:JP,JP-28"),
("en","pharma","""Medical Science Liaison — Yuzuriha Pharma Japan, a subsidiary of a German pharmaceutical group. We market recombinant enzyme replacement therapies for rare diseases in Japan. All products are imported as finished goods from our parent's plants in Germany; Yuzuriha Japan has no manufacturing or research site in Japan, only a commercial office in Tokyo.""",
 "mod+:protein; stg+:approved; site-:JP"),
]
