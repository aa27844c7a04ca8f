// The management dashboards' chart (templates/report/dashboards.html, data in #dash-chart's data-chart, written by
// report.dashboard.DashboardsController): satisfaction, service frequency and awareness per row of the breakdown, with
// seed 000's figures as dashed reference lines. No inline script: the page's CSP allows only files from 'self'.
(function () {
  var COLORS = ['#0b6bcb', '#2e9e5b', '#d98c00'];

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = window.echarts.init(el);
    chart.setOption({
      color: COLORS,
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 48, right: 24, top: 40, bottom: 80},
      xAxis: {type: 'category', data: data.labels, axisLabel: {interval: 0, rotate: data.labels.length > 6 ? 30 : 0}},
      yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value} %'}},
      series: data.series.map(function (s, i) {
        return {
          name: s.name, type: 'bar', data: s.values,
          markLine: s.baseline == null ? undefined : {
            symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: COLORS[i]},
            label: {formatter: s.baselineName, position: 'insideEndTop'},
            data: [{yAxis: s.baseline}]
          }
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    var el = document.getElementById('dash-chart');
    if (el && el.getAttribute('data-chart') && window.echarts) draw(el);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
