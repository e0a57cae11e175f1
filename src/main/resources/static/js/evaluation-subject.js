// One subject's charts: a radar of its indicator groups (percent of each group's weight), a bar per indicator's
// contribution, and its history across rounds (total per round, rank in the tooltip). Each is drawn only when its
// element is on the page.
(function () {
    if (typeof echarts === 'undefined') {
        return;
    }
    var charts = document.getElementById('subject-charts');
    var history = document.getElementById('history-chart');
    var root = charts || history;
    if (!root) {
        return;
    }
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            if (charts && data.groups) {
                echarts.init(document.getElementById('chart-radar')).setOption({
                    title: {text: charts.dataset.radar, left: 'center'},
                    tooltip: {},
                    radar: {indicator: data.groups.map(function (g) { return {name: g, max: 100}; })},
                    series: [{type: 'radar', data: data.radar.map(function (s) {
                        return {name: s.name, value: s.value.map(Number)};
                    })}]
                });
                echarts.init(document.getElementById('chart-bars')).setOption({
                    title: {text: charts.dataset.bars, left: 'center'},
                    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
                    grid: {left: 220, right: 30, top: 40, bottom: 30},
                    xAxis: {type: 'value'},
                    yAxis: {type: 'category', data: data.bars.names.slice().reverse()},
                    series: [{type: 'bar', data: data.bars.values.slice().reverse().map(Number)}]
                });
            }
            if (history && data.history && data.history.length) {
                echarts.init(history).setOption({
                    title: {text: history.dataset.title, left: 'center'},
                    tooltip: {trigger: 'axis', formatter: function (p) {
                        var h = data.history[p[0].dataIndex];
                        return h.label + '<br>' + history.dataset.total + '：' + h.total
                            + (h.rank ? '（' + h.rank + '）' : '');
                    }},
                    grid: {left: 50, right: 30, top: 40, bottom: 60},
                    xAxis: {type: 'category', data: data.history.map(function (h) { return h.label; })},
                    yAxis: {type: 'value'},
                    series: [{type: 'line', data: data.history.map(function (h) { return Number(h.total); })}]
                });
            }
        });
})();
