"""Tallies an A/B review's verdicts by version. Usage: tally.py REVIEW_DIR (holding key.json and verdicts-*.tsv)"""
import json, csv, collections, os, sys
review = sys.argv[1]
key = json.load(open(os.path.join(review, 'key.json')))
rows = []
for j in ('A1', 'A2', 'B1', 'B2'):
    path = os.path.join(review, f'verdicts-{j}.tsv')
    with open(path) as f:
        r = csv.reader(f, delimiter='\t')
        header = next(r)
        for row in r:
            if len(row) < 4: continue
            unit = row[0].strip()
            unit = unit if unit.startswith('unit-') else 'unit-%02d' % int(unit)
            k = key[f'{j[0]}/{unit}']
            rows.append(dict(judge=j, unit=unit, id=row[1], type=row[2], verdict=row[3].strip(), cat=(row[4] if len(row) > 4 else '').strip(), **k))
def show(title, pred):
    t = collections.Counter(); ok = collections.Counter(); okx = collections.Counter()
    for x in rows:
        if not pred(x): continue
        v = x['version']; t[v] += 1
        if x['verdict'] == 'ok': ok[v] += 1
        if x['verdict'] == 'ok' or x['cat'] == 'trivial': okx[v] += 1
    for v in ('base', 'new'):
        if t[v]: print(f'{title:28s} {v:5s} {ok[v]:3d}/{t[v]:3d} = {100*ok[v]/t[v]:5.1f}%   issue criteria (trivial not counted against): {okx[v]}/{t[v]} = {100*okx[v]/t[v]:5.1f}%')
show('all', lambda x: True)
show('new articles', lambda x: x['kind'] == 'article')
show('seeds', lambda x: x['kind'] == 'seed')
show('discussion', lambda x: x['type'] == 'discussion')
show('comprehension', lambda x: x['type'] != 'discussion')
for typ in sorted(set(x['type'] for x in rows)):
    show('  ' + typ, lambda x, typ=typ: x['type'] == typ)
cats = collections.Counter((x['version'], x['cat']) for x in rows if x['verdict'] != 'ok')
print(sorted(cats.items()))
