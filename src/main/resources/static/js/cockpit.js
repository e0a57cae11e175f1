// 领导驾驶舱: completed investment on the map of Shandong's 16 cities (boundaries: /geo/SOURCE.md), the cities
// ranked by investment completion rate, and the items by status across rounds. Clicking a city opens its projects,
// clicking a round's bar opens the ledger as of that round's end with that status.
(function () {
    var root = document.getElementById('cockpit-charts');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    function rate(v) { return v === null || v === undefined ? 0 : Number(v); }
    var statusKeys = ['DONE', 'ON_TRACK', 'NOT_REPORTED', 'BEHIND', 'SEVERELY_BEHIND', 'OVERDUE'];
    var statusColors = ['#1e8449', '#3a7bd5', '#95a5a6', '#e67e22', '#c0392b', '#7b241c'];
    var statusLabels = (root.dataset.statusLabels || '').split(',');
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var cities = (data.cities || []).filter(function (c) { return c.kpi; });
            if (cities.length && document.getElementById('chart-cities')) {
                drawMap(cities);
                var ranked = cities.slice().sort(function (a, b) { return rate(a.kpi.completionRate) - rate(b.kpi.completionRate); });
                var bars = echarts.init(document.getElementById('chart-cities'));
                bars.setOption({
                    title: {text: root.dataset.cityTitle, left: 'center'},
                    tooltip: {trigger: 'axis'},
                    grid: {left: 90, right: 40, top: 40, bottom: 30},
                    xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
                    yAxis: {type: 'category', data: ranked.map(function (c) { return c.name; })},
                    series: [{name: root.dataset.completion, type: 'bar', label: {show: true, position: 'right', formatter: '{c}%'},
                        data: ranked.map(function (c) { return {value: rate(c.kpi.completionRate), code: c.code}; })}]
                });
                bars.on('click', function (p) { window.location.href = '/projects?city=' + encodeURIComponent(p.data.code); });
            }
            var trend = data.trend || [];
            if (trend.length && document.getElementById('chart-trend')) {
                var chart = echarts.init(document.getElementById('chart-trend'));
                chart.setOption({
                    title: {text: root.dataset.trendTitle, left: 'center'},
                    tooltip: {trigger: 'axis'},
                    legend: {bottom: 0},
                    grid: {left: 50, right: 20, top: 40, bottom: 50},
                    xAxis: {type: 'category', data: trend.map(function (t) { return t.label; })},
                    yAxis: {type: 'value'},
                    series: statusKeys.map(function (k, i) {
                        return {name: statusLabels[i] || k, type: 'bar', stack: 'items', itemStyle: {color: statusColors[i]},
                            data: trend.map(function (t) { return t.byStatus[k] || 0; })};
                    })
                });
                chart.on('click', function (p) {
                    var t = trend[p.dataIndex];
                    var industry = new URL(root.dataset.source, window.location.href).searchParams.get('industry') || '';
                    window.location.href = '/ledger?industry=' + encodeURIComponent(industry) + '&status='
                        + statusKeys[p.seriesIndex] + '&asOf=' + t.end;
                });
            }
            root.setAttribute('data-ready', 'true');
        });

    function drawMap(cities) {
        var el = document.getElementById('chart-map');
        if (!el || !root.dataset.geo) {
            return;
        }
        fetch(root.dataset.geo).then(function (r) { return r.json(); }).then(function (geo) {
            echarts.registerMap('shandong', geo);
            var points = cities.map(function (c) {
                return {name: c.name, value: Math.round(rate(c.kpi.completed) / 1e6) / 100, code: c.code};
            });
            var map = echarts.init(el);
            map.setOption(window.shandongMapOption(points, root.dataset.mapTitle, root.dataset.mapUnit));
            map.on('click', function (p) {
                if (p.data && p.data.code) {
                    window.location.href = '/projects?city=' + encodeURIComponent(p.data.code);
                }
            });
            root.setAttribute('data-map-ready', 'true');
        });
    }
}());
