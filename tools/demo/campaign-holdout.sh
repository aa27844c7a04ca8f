#!/bin/bash
# Issue 15 in a running ./retain demo, as the supervisor over HTTP: run the demo campaign, then count which of its
# groups reached the SMSC simulator (the treated may; the holdout never). B=http://host:port to point it elsewhere.
# The demo queues its own care messages at start: run this once they have gone out (see /messages).
set -euo pipefail
B=${B:-http://localhost:8080}
J=$(mktemp)
login() { # user
  curl -s -c $J -b $J "$B/login" -o /tmp/w-login.html
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/w-login.html | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c $J -b $J -o /dev/null -w "login %{http_code}\n" -d "username=$1&password=retain2026&_csrf=$csrf" "$B/login"
}
login supervisor
curl -s -b $J "$B/campaigns" -o /tmp/w-campaigns.html
id=$(grep -o '/campaigns/[0-9]*' /tmp/w-campaigns.html | head -1 | sed 's#.*/##')
echo "campaign id $id"
curl -s -b $J "$B/campaigns/$id" -o /tmp/w-campaign.html
csrf=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/w-campaign.html | head -1 | sed 's/.*value="//;s/"//')
before=$(curl -s -b $J "$B/sms/simulator" | grep -c 'id="sms-' || true)
curl -s -b $J -c $J -o /dev/null -w "run %{http_code}\n" -d "_csrf=$csrf" "$B/campaigns/$id/runs"
AUTH="supervisor:retain2026"
curl -s -u $AUTH "$B/api/v1/campaigns/$id/members?group=treated" > /tmp/w-treated.json
curl -s -u $AUTH "$B/api/v1/campaigns/$id/members?group=holdout" > /tmp/w-holdout.json
python3 - <<'PY'
import json
t=json.load(open('/tmp/w-treated.json')); h=json.load(open('/tmp/w-holdout.json'))
def nums(x):
    items = x if isinstance(x, list) else x.get('members', x.get('items', []))
    return [m['msisdn'] for m in items]
tn, hn = nums(t), nums(h)
print("treated", len(tn), "holdout", len(hn))
json.dump({'treated': tn, 'holdout': hn}, open('/tmp/w-groups.json','w'))
PY
echo "waiting for the dispatcher..."; sleep 40
curl -s -b $J "$B/sms/simulator" -o /tmp/w-sim.html
curl -s -u $AUTH "$B/api/v1/campaigns/$id/results" > /tmp/w-results.json
python3 - <<'PY'
import json, re, html
g=json.load(open('/tmp/w-groups.json'))
page=open('/tmp/w-sim.html').read()
rows=re.findall(r'<tr[^>]*id="sms-\d+".*?</tr>', page, re.S)
camp=[r for r in rows if '专属流量礼包' in r]
masked=lambda n: n[:3]+'****'+n[-4:]
got=set()
for r in camp:
    for m in re.findall(r'\d{3}\*{4}\d{4}', r): got.add(m)
tm=set(masked(n) for n in g['treated']); hm=set(masked(n) for n in g['holdout'])
print("campaign texts at the SMSC:", len(camp), "to", len(got), "numbers")
print("treated numbers among them:", len(got & tm), "of", len(tm))
print("holdout numbers among them:", len(got & hm), "of", len(hm))
print("results:", open('/tmp/w-results.json').read()[:600])
PY
