// Draws the dashboard's charts from the JSON in the charts section's data-kpi attribute (written by the
// server; an attribute, not an inline script, so the page's CSP allows no inline script). Chart.js comes from a WebJar.
(function () {
  'use strict';
  // Chart.js cuts a long axis label; given lines instead, it draws them all.
  function wrap(label, width) {
    var lines = [], line = '';
    String(label).split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; }
      else { line = line ? line + ' ' + word : word; }
    });
    if (line) { lines.push(line); }
    return lines;
  }
  function draw() {
    var holder = document.querySelector('[data-kpi]');
    var k = holder ? JSON.parse(holder.getAttribute('data-kpi') || '{}') : {};
    if (!window.Chart || !k.months) { return; }
    Chart.defaults.font.family = '"Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
    Chart.defaults.animation = false;
    new Chart(document.getElementById('chart-months'), {
      data: {
        labels: k.months,
        datasets: [
          { type: 'bar', label: 'Trước hạn', data: k.early, backgroundColor: '#2e7d32', stack: 's', yAxisID: 'y' },
          { type: 'bar', label: 'Đúng hạn', data: k.onTime, backgroundColor: '#81c784', stack: 's', yAxisID: 'y' },
          { type: 'bar', label: 'Quá hạn', data: k.late, backgroundColor: '#c62828', stack: 's', yAxisID: 'y' },
          { type: 'bar', label: 'Đang giải quyết quá hạn', data: k.overdue, backgroundColor: '#ef9a9a', stack: 's', yAxisID: 'y' },
          { type: 'line', label: 'Tỷ lệ đúng hạn (%)', data: k.onTimeRate, borderColor: '#0b5cad', backgroundColor: '#0b5cad', yAxisID: 'rate' }
        ]
      },
      options: {
        scales: {
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Hồ sơ' } },
          rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } }
        }
      }
    });
    new Chart(document.getElementById('chart-channels'), {
      type: 'doughnut',
      data: { labels: k.channels, datasets: [{ data: k.channelFiles, backgroundColor: ['#90a4ae', '#ffb300', '#0b5cad'] }] }
    });
    new Chart(document.getElementById('chart-causes'), {
      type: 'bar',
      data: {
        labels: (k.causes || []).map(function (c) { return wrap(c, 28); }),
        datasets: [
          { label: 'Hoàn thành quá hạn', data: k.causeLate, backgroundColor: '#c62828' },
          { label: 'Đang giữ quá hạn', data: k.causeOpenLate, backgroundColor: '#ef9a9a' }
        ]
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
