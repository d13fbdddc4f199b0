from common import save
R = []
def add(kind, lang, text, spec):
    R.append((kind, lang, text, spec))

add("university", "en", "Kibi University, founded in 1949, has operated one of Japan's oldest academic cell processing centres since 2004 on its medical campus in Okayama, and its Center for Cell and Gene Therapy manufactures GMP-grade CAR-T cells and MSC products for investigator-initiated clinical trials that the university sponsors and runs at its own hospital and at partner hospitals in western Japan. Its own first-in-human CAR-T trial for relapsed lymphoma completed Phase 1 in 2023, and a follow-on Phase 2 trial is expected to begin enrolment in 2025. The centre does not manufacture viral vectors, which are supplied by a partner CDMO, and it does not undertake commercial manufacturing for industry.",
    "mod+ car_t msc cell_therapy; mod- viral_vector; cap+ clinical_supply clinical_trials; cap- commercial_manufacturing; comp+ gmp; sc+ clinical; stg+ phase1; site+ JP JP-33")

add("research_institute", "en", "The Kansai Institute for Drug Discovery Science, a public research institute established in 2011 on Kobe's Port Island with funding from national and prefectural governments, provides academic researchers and companies with access to a 300,000-compound screening library, cryo-electron microscopy and medicinal chemistry support for hit-to-lead programmes on small molecules and peptides. Its in-house seeds, three of which are in lead optimisation, are licensed out to pharmaceutical companies rather than developed clinically by the institute. The institute does not perform GLP studies or manufacture investigational drugs, referring such work to partner CROs and CDMOs in the Kobe Biomedical Innovation Cluster.",
    "mod+ small_molecule peptide; cap+ drug_discovery; cap- nonclinical_studies clinical_supply; comp- glp; stg+ research; fund+ licence_out; site+ JP JP-28")

add("university", "ja", "国立大学法人東海医科大学は、1973年の開学以来、地域医療と先端医学研究の両立を理念としており、2020年には静岡県浜松市のキャンパス内に遺伝子治療研究センターを開設いたしました。同センターでは、AAVベクターを用いた希少疾患に対する遺伝子治療の基礎研究から非臨床試験までを実施しており、研究用ベクターの少量製造にも対応しております。一方、臨床用のGMPベクター製造は学外の提携CDMOに委託しており、医師主導治験の開始は2026年度を予定しております。",
    "mod+ gene_therapy viral_vector; cap+ nonclinical_studies; cap- clinical_supply clinical_trials; comp- gmp; sc+ research; sc- clinical; stg+ research preclinical; site+ JP JP-22")

add("research_institute", "ja", "国立研究開発法人北陸先端生命科学研究機構は、2005年に富山県富山市に設置された公的研究機関であり、構造生物学及び抗体工学を中核とする研究を推進するとともに、産学の研究者に対して組換えタンパク質及び抗体の受託発現・精製サービスを提供しております。本サービスで提供するタンパク質は研究用途に限られ、GMPに準拠した製造は行っておりません。また、当機構発の抗体医薬シーズのうち1件は2022年に製薬企業へ導出され、現在は導出先において第1相試験が進められております。",
    "mod+ protein antibody; cap+ upstream downstream; comp- gmp; sc+ research; sc- non_clinical clinical commercial; fund+ licence_out; site+ JP JP-16")

add("university", "ja", "学校法人東北医療大学は、仙台市青葉区に医学部及び附属病院を擁し、2014年に設置した臨床研究推進センターにおいて、学内外の医師主導治験及び企業治験のプロトコル作成支援、モニタリング、データマネジメント、薬事相談をGCPに準拠して提供する学術研究支援機関(ARO)としての機能を担っております。センター内には治験薬や再生医療等製品の製造施設は設けておらず、製造については提携する企業の施設を活用しております。大学発の創薬シーズとしては、低分子の抗線維化薬候補が非臨床段階にあります。",
    "mod+ small_molecule; mod- regenerative; cap+ clinical_trials regulatory; cap- clinical_supply drug_substance commercial_manufacturing; comp+ gcp; stg+ preclinical; site+ JP JP-04")

save("uni", R)
