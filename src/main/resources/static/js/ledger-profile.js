// 进度曲线 form: the 12 monthly inputs drawn as a line (redrawn as they change), against the default rule (dashed)
// and the accepted values (points). Preset buttons fill the inputs. Data comes from the chart's data- attributes.
(function () {
    var root = document.getElementById('profile-chart');
    if (!root || typeof echarts === 'undefined') {
        return;
    }
    var inputs = [];
    for (var m = 1; m <= 12; m++) {
        inputs.push(document.getElementById('m' + m));
    }
    function numbers(csv) {
        return csv ? csv.split(',').map(function (v) { return v === '' ? null : Number(v); }) : [];
    }
    var months = root.dataset.months.split(',');
    var linear = numbers(root.dataset.linear);
    var actual = new Array(12).fill(null);
    (root.dataset.actual ? root.dataset.actual.split(',') : []).forEach(function (pair) {
        var p = pair.split(':');
        actual[Number(p[0]) - 1] = Number(p[1]);
    });
    function curve() {
        return inputs.map(function (input) {
            var v = input ? input.value.trim() : '';
            return v === '' || isNaN(Number(v)) ? null : Number(v);
        });
    }
    var chart = echarts.init(root);
    function draw() {
        chart.setOption({
            title: {text: root.dataset.title, left: 'center'},
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '-' : v + '%'; }},
            legend: {bottom: 0},
            grid: {left: 50, right: 30, top: 40, bottom: 50},
            xAxis: {type: 'category', data: months},
            yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
            series: [
                {name: root.dataset.curveLabel, type: 'line', data: curve(), itemStyle: {color: '#3a7bd5'},
                    label: {show: true, formatter: '{c}'}},
                {name: root.dataset.linearLabel, type: 'line', data: linear, symbol: 'none',
                    lineStyle: {type: 'dashed'}, itemStyle: {color: '#95a5a6'}},
                {name: root.dataset.actualLabel, type: 'scatter', data: actual, symbolSize: 12, itemStyle: {color: '#e67e22'}}
            ]
        });
        root.setAttribute('data-ready', 'true');
        root.setAttribute('data-drawn', curve().join(','));
    }
    inputs.forEach(function (input) {
        if (input) {
            input.addEventListener('input', draw);
        }
    });
    document.querySelectorAll('button.preset').forEach(function (button) {
        button.addEventListener('click', function () {
            var values = button.dataset.values.split(',');
            inputs.forEach(function (input, i) {
                if (input && !input.disabled) {
                    input.value = values[i];
                }
            });
            document.querySelectorAll('button.preset').forEach(function (b) { b.classList.remove('chosen'); });
            button.classList.add('chosen');
            draw();
        });
    });
    draw();
    window.addEventListener('resize', function () { chart.resize(); });
})();
