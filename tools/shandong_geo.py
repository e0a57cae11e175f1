#!/usr/bin/env python3
"""Shandong's 16 prefecture-level cities as GeoJSON, current boundaries (莱芜 part of 济南 since January 2019).

Input: Apache ECharts 4.1.0 `map/json/province/shandong.json` (npm package echarts@4.1.0, Apache-2.0), the 2018
division with 17 cities. Laiwu city became 济南市莱芜区 and 钢城区 as a whole (国函〔2019〕4号); no other city boundary
changed, so today's 济南市 is exactly the union of the 2018 济南市 and 莱芜市. This decodes ECharts' compressed
coordinates, merges the two polygons (shapely unary_union; the shared border disappears) and writes plain GeoJSON
with the GB/T 2260 codes, coordinates rounded to 1e-4 degrees (about 10 m; the input's own step is 1/1024 degree).

usage: python3 tools/shandong_geo.py ECHARTS_SHANDONG_JSON OUT_JSON   (needs python3-shapely)
"""
import json
import sys

from shapely.geometry import mapping, shape
from shapely.ops import unary_union


def decode_ring(encoded, offsets, scale=1024):
    # ECharts' UTF8Encoding: zigzag-encoded deltas as character pairs, starting at encodeOffsets
    out, px, py = [], offsets[0], offsets[1]
    for i in range(0, len(encoded), 2):
        x, y = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x, y = (x >> 1) ^ (-(x & 1)), (y >> 1) ^ (-(y & 1))
        px, py = px + x, py + y
        out.append((px / scale, py / scale))
    return out


def decode(feature):
    g = feature['geometry']
    if g['type'] == 'Polygon':
        rings = [decode_ring(r, o) for r, o in zip(g['coordinates'], g['encodeOffsets'])]
        return shape({'type': 'Polygon', 'coordinates': rings})
    polys = [[decode_ring(r, o) for r, o in zip(p, po)] for p, po in zip(g['coordinates'], g['encodeOffsets'])]
    return shape({'type': 'MultiPolygon', 'coordinates': polys})


def valid(geom):
    # a ring touching itself is repaired (buffer(0)); valid outlines are kept exactly as given
    return geom if geom.is_valid else geom.buffer(0)


def rounded(geom):
    def r(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0], 4), round(c[1], 4)]
        return [r(x) for x in c]
    m = mapping(geom)
    return {'type': m['type'], 'coordinates': r(m['coordinates'])}


def main(src, out):
    data = json.load(open(src, encoding='utf-8'))
    assert data.get('UTF8Encoding'), 'expected the ECharts-compressed file'
    cities = {}
    for f in data['features']:
        cities[f['properties']['name']] = (f['id'], f['properties'], valid(decode(f)))
    jinan_id, jinan_props, jinan = cities.pop('济南市')
    _, _, laiwu = cities.pop('莱芜市')
    merged = unary_union([jinan, laiwu])
    features = [{'type': 'Feature', 'id': jinan_id,
                 'properties': {'name': '济南市', 'code': jinan_id, 'cp': jinan_props['cp']},
                 'geometry': rounded(merged)}]
    for name, (cid, props, geom) in cities.items():
        features.append({'type': 'Feature', 'id': cid, 'properties': {'name': name, 'code': cid, 'cp': props['cp']},
                         'geometry': rounded(geom)})
    features.sort(key=lambda f: f['id'])
    json.dump({'type': 'FeatureCollection', 'features': features}, open(out, 'w', encoding='utf-8'),
              ensure_ascii=False, separators=(',', ':'))
    print(len(features), 'cities; 济南市 is a', merged.geom_type, 'of area', round(merged.area, 4),
          '= 济南', round(jinan.area, 4), '+ 莱芜', round(laiwu.area, 4))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
