"""Builds src/main/resources/chain/chain-leaders.csv: one 链主 (chain leader) per row with its basis.

Two kinds of basis, never anything else:

- 行动计划 (SEED): the seed names the enterprise as 链主 / 领航型 / 领军 (or, for the chemical chains, as the
  enterprises that 强化产业链优势): the rows of chain/named-enterprises.csv with role 链主, plus the 领军企业 the
  finance plan names (line 815). The basis is the seed sentence, verbatim, with its line. Where
  ../shared/data/enterprises/seed-enterprises.csv maps the named enterprise to the same listed company, its
  listed flagship or its listed subsidiary, the stock code and full name are filled in too.
- 上市公司数据 (LISTED): for the chains the seed gives no leader, the Shandong-registered A-share company with
  the largest FY2024 revenue among those whose main business (tushare 主要业务及产品) names one of the chain's
  products, i.e. a keyword or typical product of one of its leaf segments in the YAML catalog ("term"; a
  company for which the matching word is only a side line or means something else is excluded, with the
  reason), or, where the catalog's words miss the tushare text, of a Shenwan 2021 industry ("sw"). The row
  records the word or industry, the segment, the revenue and the runner-up.

Run from the project root: python3 tools/chain_leaders.py
"""
import csv
import os
import re

import yaml

SEED = "src/main/resources/plan/seed/shandong-2022-ten-strong-industries.txt"
CATALOG = "src/main/resources/chain/catalog/"
NAMED = "src/main/resources/chain/named-enterprises.csv"
# the shared data folder, seen from /work/main or from a worktree under /work/wt
DATA = next(d for d in ("../shared/data/enterprises/", "../../shared/data/enterprises/")
            if os.path.exists(d + "listed-companies.csv"))
OUT = "src/main/resources/chain/chain-leaders.csv"

# relation notes of seed-enterprises.csv under which the listed company carries the seed's 链主 role
CARRIES = ("same company", "listed as", "seed names the Weichai group", "seed names the CNHTC group",
           "seed names the group; listed entity is", "seed names 青岛港(集团)")

# seed names whose listed company is the same company by its full name (齐鲁银行 → 齐鲁银行股份有限公司);
# seed-enterprises.csv covers the industrial enterprises only
SAME_NAME = {"齐鲁银行": "601665.SH", "青岛银行": "002948.SZ", "中泰证券": "600918.SH"}

# chains whose leader comes from listed-company data: ("term", {stock code: why excluded}) finds the largest
# company whose main business names a product of the chain; ("sw", "申万 prefix", segment) the largest company
# of a Shenwan 2021 industry, for chains whose products the catalog words miss in the tushare text
# (玉米种 for 玉米种子, 电视产品, 海参) or that the classification names more precisely than the words do
LISTED = {
    "integrated-circuit": ("term", {"000338.SZ": "汽车电子 is one of many products of an engine maker",
                                    "002655.SZ": "汽车电子 names an application of its microphones"}),
    "high-end-software": ("term", {"000977.SZ": "servers and PCs (computer-peripherals); software is a side line",
                                   "002073.SZ": "系统集成 of tyre machinery", "002339.SZ": "grid automation equipment",
                                   "002376.SZ": "printers", "002026.SZ": "drill chucks and tools"}),
    "computer-peripherals": ("term", {"920261.BJ": "CPU here is 浇注型聚氨酯弹性体, not a processor"}),
    "smart-home-appliance": ("term", {"002768.SZ": "改性塑料 are a material, not an appliance",
                                      "002537.SZ": "家电配件 is a side line of a payments group"}),
    "display-uhd-video": ("sw", "家用电器/黑色家电", "display-application"),
    "smart-sensor": ("term", {}),
    "advanced-ceramics": ("term", {}),
    "green-building-materials": ("term", {"920261.BJ": "防水材料 is a side line of a polyurethane maker"}),
    "marine-fishery": ("sw", "农林牧渔/渔业", "mariculture"),
    "medical-devices": ("sw", "医药生物/医疗器械", "imaging-diagnosis"),
    "energy-storage-equipment": ("sw", "电力设备/电池/蓄电池及其他电池", "storage-cell"),
    "photovoltaic-equipment": ("sw", "电力设备/光伏设备", "pv-auxiliary"),
    "chemical-fertilizer": ("term", {}),
    "chlor-alkali": ("term", {"300677.SZ": "PVC gloves", "002382.SZ": "PVC gloves"}),
    "tire-rubber": ("term", {}),
    "fine-electronic-chemicals": ("term", {"688363.SH": "护肤品 of a hyaluronic-acid maker",
                                           "002088.SZ": "涂料 matches 纤维喷涂料"}),
    "seed-industry": ("sw", "农林牧渔/种植业/种子", "crop-seed"),
    "fruits": ("term", {"300237.SZ": "绿化苗木 of a rubber-parts maker"}),
    "livestock": ("term", {}),
    "cultural-smart-manufacturing": ("term", {}),
    "online-audiovisual": ("term", {}),
    "digital-publishing-printing": ("term", {"002521.SZ": "可印刷装饰原纸 is paper", "002117.SZ": "票据印刷",
                                             "002374.SZ": "防伪印刷 of bottle caps"}),
    "textiles-apparel": ("term", {"300677.SZ": "medical gloves", "002382.SZ": "PVC gloves"}),
    "papermaking": ("term", {}),
    "furniture": ("sw", "轻工制造/家居用品/成品家居", "other-furniture"),
    "liquor": ("term", {"605016.SH": "低聚异麦芽糖 matches 麦芽", "301206.SZ": "酵母粉 is a food additive"}),
    "edible-vegetable-oil": ("term", {}),
}
# where two words of the same length match, the segment of the company's principal product
PREFERRED = {"cultural-smart-manufacturing": "vr-ar-devices"}


def seed_line(lines, sentence):
    probe = sentence[:40]
    found = [i + 1 for i, line in enumerate(lines) if probe in line]
    if len(found) != 1:
        raise SystemExit(f"seed sentence not found once: {probe}")
    return found[0]


def leaves(chain):
    out = []

    def walk(nodes):
        for n in nodes:
            if n.get("children"):
                walk(n["children"])
            else:
                out.append((n["code"], n.get("keywords", []) + n.get("products", [])))

    for stage in ("upstream", "midstream", "downstream"):
        walk(chain.get(stage, []))
    return out


def main():
    with open(SEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    chains = {}
    for name in open(CATALOG + "index.txt", encoding="utf-8").read().split():
        for c in yaml.safe_load(open(CATALOG + name, encoding="utf-8"))["chains"]:
            chains[c["code"]] = c
    listed = list(csv.DictReader(open(DATA + "listed-companies.csv", encoding="utf-8")))
    by_code = {r["stock_code"]: r for r in listed}
    shandong = [r for r in listed if r["province"] == "山东省" and r["revenue_wan"]]
    mapped = {r["seed_mention"]: r for r in csv.DictReader(open(DATA + "seed-enterprises.csv", encoding="utf-8"))}

    out = []
    seeded = set()
    for r in csv.DictReader(open(NAMED, encoding="utf-8")):
        if r["role"] != "链主":
            continue
        m = mapped.get(r["name"]) or mapped.get(re.sub(r"\(.*", "", r["name"]))
        code, full = "", ""
        if m and m["stock_code"] and m["relation_note"].startswith(CARRIES):
            code, full = m["stock_code"], m["name"]
        elif r["name"] in SAME_NAME:
            code = SAME_NAME[r["name"]]
            full = by_code[code]["name"]
        line = seed_line(lines, r["seed_sentence"])
        out.append([r["chain_code"], r["segment_code"], full, code, r["name"], "SEED",
                    f"行动计划第{line}行点名为{r['seed_term']}：{r['seed_sentence']}", line, "", "", r["seed_term"]])
        seeded.add(r["chain_code"])
    for chain, rule in LISTED.items():
        if chain in seeded:
            raise SystemExit(f"{chain} has a leader from the seed")
        if rule[0] == "sw":
            hits = sorted(((float(r["revenue_wan"]), r, (rule[2], "")) for r in shandong
                           if r["industry"].startswith(rule[1])), key=lambda h: -h[0])
            scope = f"申万2021行业“{rule[1]}”"
        else:
            terms = [(seg, t) for seg, ts in leaves(chains[chain]) for t in ts if len(t) >= 2]
            hits = []
            for r in shandong:
                if r["stock_code"] in rule[1]:
                    continue
                found = [(len(t), seg == PREFERRED.get(chain), seg, t) for seg, t in terms if t in r["main_business"]]
                if found:
                    _, _, seg, t = max(found)
                    hits.append((float(r["revenue_wan"]), r, (seg, t)))
            hits.sort(key=lambda h: -h[0])
            scope = None
        if not hits:
            raise SystemExit(f"{chain}: no listed company")
        revenue, r, (segment, term) = hits[0]
        if scope is None:
            scope = f"主营业务含本链产品名称（该企业为“{term}”）"
        second = (f"；次高为{hits[1][1]['short_name']}（{hits[1][0] / 10000:.2f}亿元）" if len(hits) > 1 else "；无其他")
        basis = (f"上市公司数据：{scope}的山东上市公司中{r['revenue_year']}年营业收入最高，"
                 f"{revenue / 10000:.2f}亿元（{r['short_name']}，主营：{r['main_business'][:80]}）{second}")
        out.append([chain, segment, r["name"], r["stock_code"], r["short_name"], "LISTED", basis, "",
                    r["revenue_wan"], r["revenue_year"], term or rule[1]])

    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["chain_code", "segment_code", "name", "stock_code", "seed_name", "basis_kind", "basis",
                    "seed_line", "revenue_wan", "revenue_year", "matched_term"])
        w.writerows(out)
    with_leader = {row[0] for row in out}
    kinds = {}
    for row in out:
        kinds.setdefault(row[0], set()).add(row[5])
    print(f"{len(out)} rows, {len(with_leader)} of {len(chains)} chains with a 链主: "
          f"{sum(1 for k in kinds.values() if 'SEED' in k)} from the seed, "
          f"{sum(1 for k in kinds.values() if k == {'LISTED'})} from listed-company data")
    print("without:", sorted(set(chains) - with_leader))


if __name__ == "__main__":
    main()
