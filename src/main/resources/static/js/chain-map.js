// 产业链图谱: draws the chain's segment tree with ECharts, coloured by local strength; clicking a segment loads
// its panel through htmx (the same request the rows of the segment table make). Labels come from data-* attributes.
(function () {
    var el = document.getElementById('chain-map');
    if (!el || !window.echarts) {
        return;
    }
    var COLORS = ['#d5d8dc', '#f5b7b1', '#aed6f1', '#5dade2', '#1d4e89'];
    fetch(el.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.json(); })
        .then(function (data) {
            var byParent = {};
            data.segments.forEach(function (s) {
                var parent = s.parentCode || '';
                (byParent[parent] = byParent[parent] || []).push(s);
            });
            // red: a computed gap (its rules and figures); dashed orange: declared by the task force only
            function style(s) {
                var computed = s.findings && s.findings.length > 0;
                var declared = s.declared && s.declared.length > 0;
                return {
                    color: COLORS[s.level],
                    borderColor: computed ? '#c0392b' : declared ? '#e67e22' : '#67768a',
                    borderWidth: computed || declared ? 3 : 1,
                    borderType: !computed && declared ? 'dashed' : 'solid'
                };
            }
            function node(s) {
                return {
                    name: s.name,
                    code: s.segmentCode,
                    segment: s,
                    itemStyle: style(s),
                    children: (byParent[s.segmentCode] || []).map(node)
                };
            }
            var chart = echarts.init(el);
            chart.setOption({
                tooltip: {
                    trigger: 'item',
                    formatter: function (p) {
                        var s = p.data.segment;
                        if (!s) {
                            return p.name;
                        }
                        var text = p.name + '<br>' + el.dataset.labelLocal + ': ' + s.local + '<br>'
                            + el.dataset.labelTotal + ': ' + s.total;
                        return s.gap ? text + '<br>' + el.dataset.labelGap + ': ' + s.gapReason : text;
                    }
                },
                series: [{
                    type: 'tree',
                    data: [{name: data.name, children: (byParent[''] || []).map(node), itemStyle: {color: '#1d4e89'}}],
                    orient: 'LR', top: 12, bottom: 12, left: 90, right: 180,
                    symbol: 'circle', symbolSize: 12, initialTreeDepth: -1, expandAndCollapse: false, roam: true,
                    label: {position: 'left', verticalAlign: 'middle', fontSize: 12},
                    leaves: {label: {position: 'right', align: 'left'}}
                }]
            });
            chart.on('click', function (p) {
                if (p.data && p.data.code && window.htmx) {
                    htmx.ajax('GET', el.dataset.panel.replace('__SEG__', encodeURIComponent(p.data.code)), '#segment-panel');
                }
            });
            window.addEventListener('resize', function () { chart.resize(); });
            el.setAttribute('data-ready', 'true');
        });
})();
