// 山东地图: the ECharts option of a map of the 16 cities' values (the cockpit's and the project KPIs'), darker for
// more, the value and its unit in the tooltip. Points are {name, value} (more fields pass through to clicks).
window.shandongMapOption = function (points, title, unit) {
    var max = Math.max.apply(null, points.map(function (p) { return p.value; }).concat([1]));
    return {
        title: {text: title, left: 'center'},
        tooltip: {trigger: 'item', formatter: function (p) {
            return p.name + '<br>' + (p.value === undefined || isNaN(p.value) ? 0 : p.value) + ' ' + unit;
        }},
        visualMap: {min: 0, max: max, left: 10, bottom: 10, calculable: true, text: [String(max), '0'],
            inRange: {color: ['#e8f0fa', '#3a7bd5', '#1d4e89']}},
        series: [{type: 'map', map: 'shandong', roam: true, label: {show: true, fontSize: 10}, data: points}]
    };
};
