"""Packs two generator versions' output into two blind judge folders (each judge sees each unit once,
versions mixed, unit names hide the version).
Usage: pack.py BASE_ARTICLES_OUT NEW_ARTICLES_OUT BASE_CONTENT NEW_CONTENT ARTICLES_DIR DEST KEY_OUT SEED
Review 4 used SEED 20261121, review 5 SEED 5. Each judge's folder was then split in two (units 1-5, 6-11),
giving the four judges A1, A2, B1, B2."""
import sys, os, shutil, json, random, re
base_out, new_out, base_content, new_content, articles, dest, key_out, seed = sys.argv[1:9]
random.seed(int(seed))
units = []  # (name, kind, dirname)
for d in sorted(os.listdir(new_out)):
    units.append(('article', d))
for d in sorted(os.listdir(new_content)):
    if os.path.isdir(os.path.join(new_content, d)):
        units.append(('seed', d))
# source article for each new-article module: match by title line
titles = {}
for f in os.listdir(articles):
    first = open(os.path.join(articles, f)).readline().strip().lstrip('#').strip()
    titles[f] = first
key = {}
order = list(range(len(units)))
random.shuffle(order)
for judge in ('A', 'B'):
    os.makedirs(os.path.join(dest, 'judge-' + judge), exist_ok=True)
for n, i in enumerate(order):
    kind, d = units[i]
    coin = random.random() < 0.5
    versions = {'A': 'new' if coin else 'base', 'B': 'base' if coin else 'new'}
    for judge, version in versions.items():
        src = {('article', 'base'): base_out, ('article', 'new'): new_out,
               ('seed', 'base'): base_content, ('seed', 'new'): new_content}[(kind, version)]
        u = os.path.join(dest, 'judge-' + judge, 'unit-%02d' % (n + 1))
        os.makedirs(u, exist_ok=True)
        for f in ('module.md', 'questions.yaml'):
            shutil.copy(os.path.join(src, d, f), os.path.join(u, f))
        if kind == 'article':
            mod_title = open(os.path.join(src, d, 'module.md')).read()
            m = re.search(r'^title:\s*"?(.*?)"?\s*$', mod_title, re.M)
            for f, t in titles.items():
                if m and t.lower()[:30] == m.group(1).lower()[:30].replace('\\', ''):
                    shutil.copy(os.path.join(articles, f), os.path.join(u, 'article.md'))
        key['%s/unit-%02d' % (judge, n + 1)] = {'kind': kind, 'module': d, 'version': version}
json.dump(key, open(key_out, 'w'), indent=1)
print(json.dumps(key, indent=1)[:400])
