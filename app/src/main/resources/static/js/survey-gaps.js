// The gap analysis chart (/surveys/gaps): per dimension the mean expectation and perception as grouped bars on the
// 1–7 scale, and the gap (perception − expectation) as bars on their own axis, red where the service falls short.
// The numbers come from the element's data attributes (no inline script: the pages run under a Content-Security-Policy).
(function () {
  'use strict';

  function numbers(text) {
    return text ? text.split(',').map(function (v) { return v === '' ? null : Number(v); }) : [];
  }

  function draw(el) {
    var d = el.dataset;
    var dimensions = d.dimensions ? d.dimensions.split(',') : [];
    var gaps = numbers(d.gap);
    var chart = echarts.init(el);
    chart.setOption({
      // users who ask for less motion (and the screenshot tests) get the chart drawn at once
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      tooltip: {trigger: 'axis'},
      legend: {data: [d.expectationName, d.perceptionName, d.gapName], top: 0},
      grid: {left: 48, right: 56, top: 36, bottom: 28},
      xAxis: {type: 'category', data: dimensions},
      yAxis: [
        {type: 'value', min: 1, max: 7, interval: 1},
        {type: 'value', name: d.gapName, min: -3, max: 3, splitLine: {show: false}}
      ],
      series: [
        {name: d.expectationName, type: 'bar', data: numbers(d.expectation), itemStyle: {color: '#9db8d9'}},
        {name: d.perceptionName, type: 'bar', data: numbers(d.perception), itemStyle: {color: '#0b6bcb'}},
        {name: d.gapName, type: 'bar', yAxisIndex: 1, barWidth: 10, itemStyle: {color: '#d64545'},
          data: gaps.map(function (g) { return {value: g, itemStyle: {color: g !== null && g < 0 ? '#d64545' : '#27ae60'}}; })}
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('gap-chart');
    if (el && window.echarts) draw(el);
  });
})();
