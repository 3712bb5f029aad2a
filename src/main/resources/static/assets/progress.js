// The progress charts: drawn with ECharts (served from its webjar) from the figures the page carries.
(function () {
  'use strict';
  var holder = document.getElementById('progress-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.dataset.progress);
  var number = new Intl.NumberFormat('vi-VN');
  var charts = [];

  function lineChart(element, points, baseline, target) {
    if (!element || points.length === 0) {
      return null;
    }
    var labels = points.map(function (p) { return p.label; });
    var series = [
      { name: 'Hộ nghèo', type: 'line', data: points.map(function (p) { return p.poorHouseholds; }), connectNulls: true,
        itemStyle: { color: '#b3261e' } },
      { name: 'Hộ cận nghèo', type: 'line', data: points.map(function (p) { return p.nearPoorHouseholds; }),
        connectNulls: true, itemStyle: { color: '#c77700' } }
    ];
    // the baseline and the target as horizontal lines across the chart, drawn even with a single period
    var marks = [];
    if (baseline) {
      marks.push({ name: 'Hộ nghèo năm ' + baseline.year, yAxis: baseline.poorHouseholds, lineStyle: { color: '#555' },
        label: { formatter: 'Năm ' + baseline.year + ': ' + number.format(baseline.poorHouseholds), position: 'insideEndTop' } });
    }
    if (target !== null && target !== undefined) {
      marks.push({ name: 'Mục tiêu', yAxis: target, lineStyle: { color: '#1b7f3b' },
        label: { formatter: 'Mục tiêu: tối đa ' + number.format(target), position: 'insideEndTop' } });
    }
    if (marks.length > 0) {
      series[0].markLine = { symbol: 'none', lineStyle: { type: 'dashed' }, data: marks };
    }
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '–' : number.format(v); } },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return number.format(v); } },
        // the axis reaches the baseline too, which the figures alone may not
        max: function (extent) {
          var top = Math.max(extent.max, baseline ? baseline.poorHouseholds : 0);
          return top <= 0 ? null : Math.ceil(top * 1.1 / 100) * 100;
        } },
      series: series
    });
    charts.push(chart);
    return chart;
  }

  lineChart(document.getElementById('chart-province'), data.province, data.baseline, data.poorTargetCeiling);

  var localityChart = null;
  function showLocality(code) {
    var locality = data.localities.find(function (l) { return l.agency === code; }) || data.localities[0];
    if (!locality) {
      return;
    }
    if (localityChart) {
      localityChart.dispose();
      charts = charts.filter(function (c) { return c !== localityChart; });
    }
    localityChart = lineChart(document.getElementById('chart-locality'), locality.points, null, null);
  }
  var select = document.getElementById('locality');
  if (select) {
    select.addEventListener('change', function () { showLocality(select.value); });
  }
  showLocality(select ? select.value : null);

  var coverageElement = document.getElementById('chart-coverage');
  if (coverageElement && data.coverage.length > 0) {
    var chart = echarts.init(coverageElement);
    var value = function (v) { return v === null || v === undefined ? null : Number(v); };
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '–' : number.format(v) + '%'; } },
      legend: { top: 0 },
      grid: { left: 170, right: 30, top: 40, bottom: 30 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.coverage.map(function (c) { return c.label; }), inverse: true },
      series: [
        { name: 'Hộ nghèo', type: 'bar', data: data.coverage.map(function (c) { return value(c.poorPercent); }),
          itemStyle: { color: '#b3261e' } },
        { name: 'Hộ cận nghèo', type: 'bar', data: data.coverage.map(function (c) { return value(c.nearPoorPercent); }),
          itemStyle: { color: '#c77700' } }
      ]
    });
    charts.push(chart);
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
}());
