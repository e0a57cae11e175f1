// Evaluation results: one stacked bar per subject, a segment per indicator's weighted contribution (the segments
// add up to the subject's total), subjects in result order (rank first, then those not ranked).
(function () {
    var root = document.getElementById('evaluation-chart');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    fetch(root.dataset.source, {headers: {'Accept': 'application/json'}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var subjects = data.subjects.slice().reverse();
            echarts.init(document.getElementById('chart-results')).setOption({
                title: {text: root.dataset.title, left: 'center'},
                tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
                legend: {bottom: 0},
                grid: {left: 160, right: 30, top: 40, bottom: 60},
                xAxis: {type: 'value'},
                yAxis: {type: 'category', data: subjects},
                series: data.series.map(function (s) {
                    return {name: s.name, type: 'bar', stack: 'total',
                        data: s.data.slice().reverse().map(Number)};
                })
            });
            // radar of the indicator groups (percent of each group's weight) for the first subjects in result order
            var radar = document.getElementById('chart-radar');
            if (radar && data.groups && data.groups.length > 2) {
                echarts.init(radar).setOption({
                    title: {text: radar.dataset.title, left: 'center'},
                    tooltip: {},
                    legend: {bottom: 0},
                    radar: {indicator: data.groups.map(function (g) { return {name: g, max: 100}; })},
                    series: [{type: 'radar', data: data.profiles.map(function (s) {
                        return {name: s.name, value: s.value.map(Number)};
                    })}]
                });
            }
        });
})();
