import json, sys
sys.path.insert(0, '/work/set8p')
from common import rows
import cdmo, cro, startup, pharma, supplier, academic, vc
allrows = []
allrows += rows("cdmo", cdmo.ITEMS)
allrows += rows("cro", cro.ITEMS)
allrows += rows("startup", startup.ITEMS)
allrows += rows("pharma", pharma.ITEMS)
allrows += rows("supplier", supplier.ITEMS)
uni = [i for i in academic.ITEMS if i[1]=="university"]; ri = [i for i in academic.ITEMS if i[1]=="research_institute"]
allrows += rows("university", uni) + rows("research_institute", ri)
allrows += rows("vc", vc.ITEMS)
with open('/work/set8p/facets.jsonl','w') as f:
    for r in allrows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(allrows))
