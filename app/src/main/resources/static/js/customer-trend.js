// The customer 360 view's usage chart: bill, outgoing minutes and data in three panels that
// share the month axis, each on its own scale. On one axis, data (up to ~180,000 MB) flattens
// minutes (hundreds) to a line at zero. The values come from the element's data attributes
// (no inline script: the pages run under a Content-Security-Policy).
(function () {
  'use strict';

  function numbers(text) {
    return text ? text.split(',').map(function (v) { return v === '' ? null : Number(v); }) : [];
  }

  function draw(el) {
    var d = el.dataset;
    var months = d.months ? d.months.split(',') : [];
    var measures = [
      {name: d.billName, values: numbers(d.bill), color: '#0b6bcb'},
      {name: d.minutesName, values: numbers(d.minutes), color: '#d64545'},
      {name: d.dataName, values: numbers(d.data), color: '#27ae60'}
    ];
    var top = 30, gap = 34, height = 68;
    var option = {
      // users who ask for less motion (and the screenshot tests) get the chart drawn at once
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      tooltip: {trigger: 'axis'},
      axisPointer: {link: [{xAxisIndex: 'all'}]},
      legend: {data: measures.map(function (m) { return m.name; }), top: 0},
      grid: [], xAxis: [], yAxis: [], series: []
    };
    measures.forEach(function (m, i) {
      option.grid.push({left: 70, right: 24, top: top + i * (height + gap), height: height});
      option.xAxis.push({type: 'category', gridIndex: i, data: months, boundaryGap: false,
        axisLabel: {show: i === measures.length - 1}});
      option.yAxis.push({type: 'value', gridIndex: i, name: m.name, nameGap: 8, splitNumber: 2, scale: false,
        nameTextStyle: {align: 'left', color: m.color}});
      option.series.push({name: m.name, type: 'line', xAxisIndex: i, yAxisIndex: i, data: m.values, symbolSize: 5,
        itemStyle: {color: m.color}, lineStyle: {color: m.color}});
    });
    var chart = echarts.init(el);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('trend-chart');
    if (el && window.echarts) draw(el);
  });
})();
