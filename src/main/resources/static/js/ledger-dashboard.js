// Province overview: items by status per industry (stacked bars) and the status mix after each round (lines).
(function () {
    var root = document.getElementById('dashboard');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    var colours = {DONE: '#1e8449', ON_TRACK: '#3a7bd5', NOT_REPORTED: '#95a5a6', BEHIND: '#e67e22',
        SEVERELY_BEHIND: '#c0392b', OVERDUE: '#7b241c'};
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var statuses = data.statuses;
            var industries = data.industries.map(function (s) { return s.name; });
            var bars = echarts.init(document.getElementById('chart-industries'));
            bars.setOption({
                title: {text: root.dataset.industryTitle, left: 'center'},
                tooltip: {trigger: 'axis'},
                legend: {bottom: 0},
                grid: {left: 110, right: 20, top: 40, bottom: 50},
                xAxis: {type: 'value'},
                yAxis: {type: 'category', data: industries},
                series: statuses.map(function (s) {
                    return {name: data.labels[s], type: 'bar', stack: 'all', itemStyle: {color: colours[s]},
                        data: data.industries.map(function (i) { return i.byStatus[s] || 0; })};
                })
            });
            var trend = echarts.init(document.getElementById('chart-trend'));
            trend.setOption({
                title: {text: root.dataset.trendTitle, left: 'center'},
                tooltip: {trigger: 'axis'},
                legend: {bottom: 0},
                grid: {left: 50, right: 20, top: 40, bottom: 50},
                xAxis: {type: 'category', data: data.trend.map(function (t) { return t.label; })},
                yAxis: {type: 'value'},
                series: statuses.map(function (s) {
                    return {name: data.labels[s], type: 'line', itemStyle: {color: colours[s]},
                        data: data.trend.map(function (t) { return t.byStatus[s] || 0; })};
                })
            });
            window.addEventListener('resize', function () { bars.resize(); trend.resize(); });
            root.setAttribute('data-ready', 'true');
        });
})();
