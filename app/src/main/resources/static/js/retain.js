// htmx sends the CSRF token with every non-GET request it makes
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) e.detail.headers[header.content] = token.content;
});

// The supervisor dashboard's zone chart (templates/report/supervisor.html, data in #zone-chart's
// data-chart): the programme's five zones on a scale of their own, and beside them, on another,
// the subscribers not in the programme, usually many times more: on one axis they would flatten
// the five. Each bar carries its count, so the two scales cannot be misread.
(function () {
  var ZONE_COLORS = {blue: '#2f80ed', green: '#27ae60', yellow: '#e2b203', red: '#d64545', white: '#9aa5b1', none: '#cbd2d9'};

  function bars(points) {
    return points.map(function (p) { return {value: p.value, itemStyle: {color: ZONE_COLORS[p.zone] || '#0b6bcb'}}; });
  }

  function names(points) {
    return points.map(function (p) { return p.name; });
  }

  // five zone names side by side in a half-width card run into each other at 1366 px: a Chinese name
  // breaks after its colour (蓝色 / 安全区), an English one at its space
  function twoLines(name) {
    if (/\s/.test(name)) return name.replace(/\s+/, '\n');
    return name.length > 3 ? name.slice(0, 2) + '\n' + name.slice(2) : name;
  }

  function drawZoneChart(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var programme = data.programme || [];
    var outside = data.outside ? [data.outside] : [];
    var label = {show: true, position: 'top'};
    var chart = echarts.init(el);
    chart.setOption({
      // users who ask the system for less motion (and the screenshot tests) get the chart drawn at once
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      tooltip: {trigger: 'item'},
      title: [
        {text: data.programmeTitle, left: 8, top: 0, textStyle: {fontSize: 13, fontWeight: 'normal'}},
        {text: data.outsideTitle, right: 8, top: 0, textStyle: {fontSize: 13, fontWeight: 'normal'}}
      ],
      grid: [
        {left: 56, right: '30%', top: 40, bottom: 52},
        {left: '78%', right: 16, top: 40, bottom: 52}
      ],
      xAxis: [
        {gridIndex: 0, type: 'category', data: names(programme), axisLabel: {interval: 0, formatter: twoLines}},
        {gridIndex: 1, type: 'category', data: names(outside), axisLabel: {interval: 0}}
      ],
      yAxis: [{gridIndex: 0, type: 'value'}, {gridIndex: 1, type: 'value'}],
      series: [
        {type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: bars(programme), label: label},
        {type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: bars(outside), label: label}
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    var el = document.getElementById('zone-chart');
    if (el && el.getAttribute('data-chart') && window.echarts) drawZoneChart(el);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

// A button marked data-print prints the page (the merchant's receipt): no inline handler under the Content-Security-Policy
document.addEventListener('click', function (e) {
  var button = e.target.closest && e.target.closest('[data-print]');
  if (button) window.print();
});
