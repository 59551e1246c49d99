"""userreview21b: 40 PDF passages of a build through a running server: copy-quote (APA, Chicago,
Harvard), /cite of a selection after and across a page turn, RIS/BibTeX/CSL-JSON locators, the
reading view. python3 scripts/userreview21b/api-sample.py INDEX_DIR PORT (seeded: 21)."""
import sys, os
import json,glob,re,random,urllib.request,html,urllib.parse
IDX=sys.argv[1]; B=os.path.join(IDX,'builds',open(os.path.join(IDX,'CURRENT')).read().strip())+'/'
ps=json.load(open(B+'passages.json'))
docs={d['id']:d for d in json.load(open(B+'documents.json'))}
random.seed(21)
pdfps=[p for p in ps if docs[p['doc']].get('file','').endswith('.pdf')]
cross=[p for p in pdfps if p.get('pageEnd')]
hyph=[p for p in pdfps if re.search(r'\w-\w',p['text']) and not p.get('pageEnd')]
curly=[p for p in pdfps if re.search('[‘’“”–—]',p['text']) and not p.get('pageEnd')]
notes=[p for p in pdfps if p.get('notes')]
sample=random.sample(cross,12)+random.sample(hyph,10)+random.sample(curly,10)+random.sample(notes,8)
seen=set(); sample=[p for p in sample if not (p['id'] in seen or seen.add(p['id']))]
def get(u):
    return urllib.request.urlopen('http://127.0.0.1:'+sys.argv[2]+u).read().decode()
readcache={}
out=[]
for p in sample:
    d=json.loads(get('/api/passages/'+p['id']))
    t=d['passage']['text']
    apa=d['citations']['apa']; chi=d['citations']['chicago']; har=d['citations']['harvard']
    loc=('pp. %s–%s'%(p['page'],p['pageEnd'])) if p.get('pageEnd') else 'p. %s'%p['page']
    r={'id':p['id'],'doc':p['doc'],'page':p['page'],'pageEnd':p.get('pageEnd'),'phys':p['physicalPage'],'isPhys':p.get('pageIsPhysical')}
    r['apa_has_text']= t in apa
    r['chi_has_text']= t.rstrip('.') in chi
    r['har_has_text']= t.rstrip('.') in har or t in har
    r['apa_loc']= loc in apa
    # reading view
    if p['doc'] not in readcache:
        h=get('/documents/'+urllib.parse.quote(p['doc']))
        readcache[p['doc']]=h
    h=readcache[p['doc']]
    m=re.search(r'id="p-?%s"'%p['id'],h) or re.search(p['id'],h)
    r['read_found']=bool(m)
    if m:
        seg=h[m.start():m.start()+len(t)*3+3000]
        seg=re.sub(r'<[^>]+>','',seg); seg=html.unescape(seg); seg=re.sub(r'\s+',' ',seg)
        r['read_has_text']= re.sub(r'\s+',' ',t)[:200] in seg and re.sub(r'\s+',' ',t)[-100:] in seg
    # selection cite on words after page break
    if p.get('pageBreaks'):
        o=p['pageBreaks'][0]['offset']
        c=json.loads(get('/api/passages/%s/cite?start=%d&end=%d'%(p['id'],o+1,min(len(t),o+60))))
        r['sel_after_break']=c.get('page'),c.get('pageEnd'),(c.get('citations') or {}).get('apa','')[-80:]
        c=json.loads(get('/api/passages/%s/cite?start=%d&end=%d'%(p['id'],max(0,o-40),min(len(t),o+40))))
        r['sel_across']=c.get('page'),c.get('pageEnd'),(c.get('citations') or {}).get('apa','')[:120]
    for fmt in ['ris','bibtex','csl-json']:
        e=get('/api/export?format=%s&ids=%s'%(fmt,p['id']))
        r[fmt+'_loc']= (loc.replace('–','--') in e) if fmt=='bibtex' else (loc in e)
    out.append(r)
json.dump(out,open('/tmp/api-sample.json','w'),ensure_ascii=False,indent=1)
for r in out:
    bad=[k for k,v in r.items() if v is False]
    print(r['id'],r['doc'][-35:],r['page'],r['pageEnd'],'BAD:' ,bad, r.get('sel_after_break',''), '|', r.get('sel_across',''))
print(len(out))
