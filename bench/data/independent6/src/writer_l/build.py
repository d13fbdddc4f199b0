import json, importlib, sys
sys.path.insert(0, '/work/set6l')
SEC = {'mod':'modalities','cap':'capabilities','comp':'compliance','sc':'scales','site':'sites',
       'stg':'stages','fund':'funding_stages','cert':'certifications'}
def parse(spec):
    lab = {v:{'positive':[], 'negative':[]} for v in SEC.values()}
    for part in spec.split(';'):
        part = part.strip()
        if not part: continue
        head, *ids = part.split()
        sec, pol = head[:-1], head[-1]
        key = 'positive' if pol == '+' else 'negative'
        lab[SEC[sec]][key].extend(ids)
    return lab
out = []
for mod in ['rows_cdmo','rows_cro','rows_pharma','rows_supplier','rows_univ','rows_vc']:
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    counters = {}
    for kind, lang, text, spec in m.ROWS:
        counters[kind] = counters.get(kind, 0) + 1
        out.append({'id': f'ind6l-{kind}-{counters[kind]:03d}' if False else None,
                    'lang': lang, 'kind': kind, 'text': text.strip(), 'labels': parse(spec), 'split': 'dev'})
# global numbering per kind
cnt = {}
for r in out:
    cnt[r['kind']] = cnt.get(r['kind'], 0) + 1
    r['id'] = f"ind6l-{r['kind']}-{cnt[r['kind']]:03d}"
    r = {k: r[k] for k in ['id','lang','kind','text','labels','split']}
with open('/work/set6l/facets.jsonl','w') as f:
    for r in out:
        f.write(json.dumps({k: r[k] for k in ['id','lang','kind','text','labels','split']}, ensure_ascii=False) + '\n')
print(len(out), 'rows')
