// Project KPIs: completed investment on a map of Shandong's cities (16 cities, current boundaries derived from Apache
// ECharts 4.1.0, see /geo/SOURCE.md), completion rate by city (ranked bars), the three rates month by month, and by industry.
(function () {
    var root = document.getElementById('kpi-charts');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    function rate(v) { return v === null || v === undefined ? 0 : Number(v); }
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            drawMap(data.city);
            var cities = data.city.slice().sort(function (a, b) { return rate(a.completionRate) - rate(b.completionRate); });
            echarts.init(document.getElementById('chart-city')).setOption({
                title: {text: root.dataset.cityTitle, left: 'center'},
                tooltip: {trigger: 'axis'},
                grid: {left: 90, right: 30, top: 40, bottom: 30},
                xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
                yAxis: {type: 'category', data: cities.map(function (c) { return c.label; })},
                series: [{name: root.dataset.completion, type: 'bar', data: cities.map(function (c) { return rate(c.completionRate); }),
                    label: {show: true, position: 'right', formatter: '{c}%'}}]
            });
            var names = [root.dataset.start, root.dataset.completion, root.dataset.funds];
            var keys = ['startRate', 'completionRate', 'fundsRate'];
            echarts.init(document.getElementById('chart-month')).setOption({
                title: {text: root.dataset.monthTitle, left: 'center'},
                tooltip: {trigger: 'axis'},
                legend: {bottom: 0},
                grid: {left: 50, right: 20, top: 40, bottom: 50},
                xAxis: {type: 'category', data: data.month.map(function (m) { return m.label; })},
                yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
                series: keys.map(function (k, i) {
                    return {name: names[i], type: 'line', data: data.month.map(function (m) { return rate(m[k]); })};
                })
            });
            echarts.init(document.getElementById('chart-industry')).setOption({
                title: {text: root.dataset.industryTitle, left: 'center'},
                tooltip: {trigger: 'axis'},
                legend: {bottom: 0},
                grid: {left: 50, right: 20, top: 40, bottom: 80},
                xAxis: {type: 'category', data: data.industry.map(function (m) { return m.label; }), axisLabel: {rotate: 30}},
                yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
                series: keys.map(function (k, i) {
                    return {name: names[i], type: 'bar', data: data.industry.map(function (m) { return rate(m[k]); })};
                })
            });
        });

    function drawMap(cities) {
        fetch(root.dataset.geo).then(function (r) { return r.json(); }).then(function (geo) {
            echarts.registerMap('shandong', geo);
            var values = {};
            cities.forEach(function (c) { values[c.label] = Math.round(rate(c.completed) / 1e6) / 100; });
            var points = Object.keys(values).map(function (name) { return {name: name, value: values[name]}; });
            echarts.init(document.getElementById('chart-map'))
                .setOption(window.shandongMapOption(points, root.dataset.mapTitle, root.dataset.mapUnit));
            root.setAttribute('data-map-ready', 'true');
        });
    }
}());
