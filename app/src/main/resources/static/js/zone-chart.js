// The supervisor dashboard's zone bars (report/supervisor.html): one #zone-chart-data item per zone.
(function () {
  var el = document.getElementById('zone-chart');
  if (!el) return;
  var data = Array.prototype.map.call(document.querySelectorAll('#zone-chart-data li'), function (li) {
    return {zone: li.dataset.zone, name: li.dataset.name, value: Number(li.dataset.value)};
  });
  var colors = {blue: '#2f80ed', green: '#27ae60', yellow: '#e2b203', red: '#d64545', white: '#9aa5b1', none: '#cbd2d9'};
  var chart = echarts.init(el);
  chart.setOption({
    // users who ask the system for less motion (and the screenshot tests) get the chart drawn at once
    animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    tooltip: {trigger: 'item'},
    xAxis: {type: 'category', data: data.map(function (p) { return p.name; })},
    yAxis: {type: 'value'},
    series: [{type: 'bar', data: data.map(function (p) { return {value: p.value, itemStyle: {color: colors[p.zone] || '#0b6bcb'}}; })}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
