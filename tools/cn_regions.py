"""Builds src/main/resources/enterprise/reference/cn-regions.csv: every province, prefecture-level unit and
county-level unit outside Shandong (Shandong's own come from the org module), from the NBS division lists in
modood/Administrative-divisions-of-China @ 57a0aa9cef47169a2eb74cf057b0245052a34e8c (dist/provinces.csv,
dist/cities.csv, dist/areas.csv), plus the GB/T 2260 province-level codes of 台湾省, 香港 and 澳门.

Rules: municipalities (北京, 天津, 上海, 重庆) are their own city (110000 …), their districts are counties with
city = the municipality; county-level units a province administers directly (济源市, 潜江市, 石河子市, 澄迈县 …)
are cities (their parent row "省直辖县级行政区划" is not a place); cities without counties (东莞市, 中山市,
儋州市) are not repeated as their own county.
Run: python3 tools/cn_regions.py <dir holding provinces.csv cities.csv areas.csv>
"""
import csv
import sys

src = sys.argv[1]
P = {r["code"]: r["name"] for r in csv.DictReader(open(f"{src}/provinces.csv", encoding="utf-8"))}
C = {r["code"]: (r["name"], r["provinceCode"]) for r in csv.DictReader(open(f"{src}/cities.csv", encoding="utf-8"))}
A = list(csv.DictReader(open(f"{src}/areas.csv", encoding="utf-8")))
MUNI = {"11", "12", "31", "50"}
out = [(pc + "0000", pn, pn, "", "province") for pc, pn in P.items() if pc != "37"]
for cc, (cn, pc) in C.items():
    if pc != "37" and pc not in MUNI and not cn.endswith("直辖县级行政区划"):
        out.append((cc + "00", cn, P[pc], cn, "city"))
for a in A:
    pc, cc = a["provinceCode"], a["cityCode"]
    if pc == "37" or a["code"] == cc + "00":
        continue
    cn = C[cc][0]
    if pc in MUNI:
        out.append((a["code"], a["name"], P[pc], P[pc], "county"))
    elif cn.endswith("直辖县级行政区划"):
        out.append((a["code"], a["name"], P[pc], a["name"], "city"))
    else:
        out.append((a["code"], a["name"], P[pc], cn, "county"))
out += [("710000", "台湾省", "台湾省", "", "province"), ("810000", "香港特别行政区", "香港特别行政区", "", "province"),
        ("820000", "澳门特别行政区", "澳门特别行政区", "", "province")]
assert len({o[0] for o in out}) == len(out)
with open("src/main/resources/enterprise/reference/cn-regions.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["code", "name", "province", "city", "level"])
    w.writerows(sorted(out))
