import glob
files = ["batch_cdmo_a.jsonl","batch_cdmo_b.jsonl","batch_cro.jsonl","batch_pharma_startup.jsonl","batch_supplier.jsonl","batch_univ_vc.jsonl"]
with open("facets.jsonl","w",encoding="utf-8") as out:
    for f in files:
        out.write(open(f,encoding="utf-8").read())
