// 招商漏斗: leads that reached each stage (线索 → 接洽 → 考察 → 洽谈 → 签约) as an ECharts funnel; 终止 beside it.
// Reads the page's JSON (data-source); the stage names come from the total table's header, the titles from data-.
(function () {
    var root = document.getElementById('funnel-charts');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    var labels = {};
    document.querySelectorAll('#funnel-total th[data-stage]').forEach(function (th) {
        labels[th.getAttribute('data-stage')] = th.textContent;
    });
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var counts = data.total.counts;
            var points = [];
            var dropped = 0;
            data.stages.forEach(function (stage, i) {
                if (stage === 'DROPPED') {
                    dropped = counts[i];
                } else {
                    points.push({name: labels[stage] || stage, value: counts[i]});
                }
            });
            var max = Math.max.apply(null, points.map(function (p) { return p.value; }).concat([1]));
            echarts.init(document.getElementById('chart-funnel')).setOption({
                title: {text: root.dataset.title, subtext: root.dataset.dropped + ' ' + dropped, left: 'center'},
                tooltip: {trigger: 'item', formatter: '{b}: {c}'},
                series: [{type: 'funnel', sort: 'none', min: 0, max: max, left: '15%', width: '70%', top: 70, bottom: 20,
                    gap: 2, label: {show: true, position: 'inside', formatter: '{b} {c}'}, data: points}]
            });
            root.setAttribute('data-ready', 'true');
        });
}());
