import json, re, sys, collections
TERMS = '/work/briefs/set6/terms.md'
SECTIONS = ['modalities','capabilities','compliance','scales','sites','stages','funding_stages','certifications']
vocab, cur = {}, None
for line in open(TERMS, encoding='utf-8'):
    m = re.match(r'^## (\w+)', line)
    if m:
        cur = m.group(1); vocab.setdefault(cur, set()); continue
    m = re.match(r'^- (\w+):', line)
    if m and cur:
        vocab[cur].add(m.group(1))
SITE_RE = re.compile(r'^(JP|JP-(0[1-9]|[1-3]\d|4[0-7])|[A-Z]{2}|US-MA|US-CA)$')
errs = []
rows = []
ids = set()
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else '/work/set6l/facets.jsonl', encoding='utf-8'), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f'line {n}: bad json {e}'); continue
    rows.append(r)
    for k in ['id','lang','kind','text','labels','split']:
        if k not in r: errs.append(f'{n}: missing {k}')
    if r['id'] in ids: errs.append(f'{n}: duplicate id {r["id"]}')
    ids.add(r['id'])
    if not re.match(r'^ind6l-[a-z_]+-\d{3}$', r['id']): errs.append(f'{n}: bad id {r["id"]}')
    if r['lang'] not in ('en','ja'): errs.append(f'{n}: lang')
    if r['kind'] not in vocab['org_kinds']: errs.append(f'{n}: kind {r["kind"]}')
    if r['split'] != 'dev': errs.append(f'{n}: split')
    if not r['id'].startswith(f'ind6l-{r["kind"]}-'): errs.append(f'{n}: id/kind mismatch')
    if set(r['labels']) != set(SECTIONS): errs.append(f'{n}: sections {sorted(r["labels"])}')
    for sec in SECTIONS:
        d = r['labels'].get(sec, {})
        if set(d) != {'positive','negative'}: errs.append(f'{n}: {sec} keys'); continue
        for pol in ('positive','negative'):
            if len(set(d[pol])) != len(d[pol]): errs.append(f'{n}: dup in {sec}.{pol}')
            for i in d[pol]:
                ok = SITE_RE.match(i) if sec == 'sites' else i in vocab.get(sec, set())
                if not ok: errs.append(f'{n}: unknown id {sec}:{i}')
        both = set(d['positive']) & set(d['negative'])
        if both: errs.append(f'{n}: {sec} both pos and neg {both}')
    # site sanity: prefecture positive implies JP positive
    sp = r['labels']['sites']['positive']
    if any(s.startswith('JP-') for s in sp) and 'JP' not in sp: errs.append(f'{n}: prefecture without JP')
    if 'US-MA' in sp or 'US-CA' in sp:
        if 'US' not in sp: errs.append(f'{n}: US state without US')
print('rows', len(rows))
for key in ['kind','lang','split']:
    print(key, dict(collections.Counter(r[key] for r in rows)))
print('kind x lang', dict(collections.Counter((r['kind'], r['lang']) for r in rows)))
for sec in SECTIONS:
    pos = sum(len(r['labels'][sec]['positive']) for r in rows)
    neg = sum(len(r['labels'][sec]['negative']) for r in rows)
    print(f'{sec}: positive {pos}, negative {neg}')
if errs:
    print('ERRORS:'); print('\n'.join(errs)); sys.exit(1)
print('OK')
