// The 360 view's usage trend (retention/customer.html): numbers from the #trend-data list, names from the chart's data- attributes.
(function () {
  var el = document.getElementById('trend-chart');
  var rows = document.querySelectorAll('#trend-data li');
  if (!el || !rows.length) return;
  function number(text) { return text === undefined || text === '' ? null : Number(text); }
  var months = [], bill = [], mou = [], data = [];
  rows.forEach(function (li) {
    months.push(li.dataset.month);
    bill.push(number(li.dataset.bill));
    mou.push(number(li.dataset.mou));
    data.push(number(li.dataset.data));
  });
  var names = [el.dataset.billName, el.dataset.mouName, el.dataset.dataName];
  echarts.init(el).setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: names},
    grid: {left: 60, right: 70, bottom: 30},
    xAxis: {type: 'category', data: months},
    yAxis: [{type: 'value', name: names[0]}, {type: 'value', name: names[1] + ' / ' + names[2], nameTextStyle: {align: 'right'}}],
    series: [
      {name: names[0], type: 'line', data: bill, yAxisIndex: 0},
      {name: names[1], type: 'line', data: mou, yAxisIndex: 1},
      {name: names[2], type: 'line', data: data, yAxisIndex: 1}
    ]
  });
})();
