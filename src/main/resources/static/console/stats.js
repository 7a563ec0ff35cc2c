/*
 * The dashboard's charts (统计分析), drawn with ECharts from the page's JSON data island (#stats-data): the
 * server decides every number and word, this file only how it looks. The tables under the charts hold the
 * same numbers, so the page reads and prints without it. Each container gets data-rendered="true" once drawn.
 */
(function () {
  'use strict';

  var COLORS = {
    found: '#1f5fa8', closed: '#2e7d32', open: '#e67e22', overdue: '#c62828', onTime: '#9aa5b1', openMajor: '#c62828'
  };
  var PIE = ['#1f5fa8', '#2e7d32', '#e67e22', '#8e44ad', '#00838f', '#6d4c41', '#9aa5b1'];
  var NARROW = 480;

  function hideZero(p) { return p.value ? String(p.value) : ''; }

  function empty(font) {
    return {
      textStyle: { fontFamily: font },
      title: { text: '本期间没有数据', left: 'center', top: 'middle', textStyle: { color: '#5b6675', fontSize: 14, fontWeight: 'normal' } }
    };
  }

  function pie(chart, narrow, font) {
    return {
      animation: false,
      textStyle: { fontFamily: font },
      color: PIE,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        name: chart.series[0].name, type: 'pie', radius: narrow ? ['28%', '50%'] : ['35%', '62%'], center: ['50%', '45%'],
        avoidLabelOverlap: true, label: { formatter: '{b}\n{c}' },
        data: chart.categories.map(function (name, i) { return { name: name, value: chart.series[0].data[i] }; })
      }]
    };
  }

  function axes(chart, narrow, font) {
    var category = {
      type: 'category', data: chart.categories, inverse: chart.horizontal, axisTick: { alignWithLabel: true },
      axisLabel: chart.horizontal ? { width: narrow ? 76 : 150, overflow: 'truncate' } : { hideOverlap: true }
    };
    var value = { type: 'value', minInterval: 1 };
    return {
      animation: false,
      textStyle: { fontFamily: font },
      tooltip: { trigger: 'axis', axisPointer: { type: chart.horizontal ? 'shadow' : 'line' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 4, right: narrow ? 24 : 36, top: 34, bottom: 4, containLabel: true },
      xAxis: chart.horizontal ? value : category,
      yAxis: chart.horizontal ? category : value,
      series: chart.series.map(function (s) {
        return {
          name: s.name, type: chart.kind, data: s.data, stack: chart.stacked ? 'all' : undefined,
          color: COLORS[s.key], barMaxWidth: 28, symbolSize: 7,
          label: {
            show: chart.kind === 'bar' || chart.categories.length <= 12,
            position: chart.stacked ? 'inside' : (chart.horizontal ? 'right' : 'top'), formatter: hideZero
          }
        };
      })
    };
  }

  function option(chart, narrow, font) {
    if (!chart.categories.length) { return empty(font); }
    return chart.kind === 'pie' ? pie(chart, narrow, font) : axes(chart, narrow, font);
  }

  /** Horizontal bars grow with their categories, so every label keeps its own line on a phone. */
  function height(chart) {
    if (!chart.horizontal || !chart.categories.length) { return null; }
    var perCategory = chart.stacked ? 30 : 12 + 16 * chart.series.length;
    return Math.max(180, 60 + chart.categories.length * perCategory);
  }

  function draw(el, chart, font) {
    var h = height(chart);
    if (h) { el.style.height = h + 'px'; }
    var instance = echarts.init(el, null, { renderer: 'canvas', locale: 'ZH' });
    var narrow = el.clientWidth < NARROW;
    instance.on('finished', function () { el.setAttribute('data-rendered', 'true'); });
    instance.setOption(option(chart, narrow, font));
    return function redraw() {
      var nowNarrow = el.clientWidth < NARROW;
      if (nowNarrow !== narrow) {
        narrow = nowNarrow;
        instance.setOption(option(chart, narrow, font), true);
      }
      instance.resize();
    };
  }

  function start() {
    var island = document.getElementById('stats-data');
    if (!island || typeof echarts === 'undefined') { return; }
    var charts = JSON.parse(island.textContent);
    var font = window.getComputedStyle(document.body).fontFamily;
    var redraws = [];
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (el) {
      var chart = charts[el.getAttribute('data-chart')];
      if (chart) { redraws.push(draw(el, chart, font)); }
    });
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { redraws.forEach(function (redraw) { redraw(); }); }, 100);
    });
  }

  if (document.readyState !== 'loading') { start(); } else { document.addEventListener('DOMContentLoaded', start); }
}());
