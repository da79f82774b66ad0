// Bar charts of the scores pages. Data come from data-* attributes (no inline script, so the CSP can forbid it):
// data-labels and data-values are JSON arrays; data-links (optional) the explanation page of each bar.
(function () {
    'use strict';
    function formatPercent(value) {
        return value === null ? '—' : value.toLocaleString('it-IT', { maximumFractionDigits: 1 }) + ' %';
    }

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var box = canvas.parentElement;
        if (box && box.dataset.rows) {
            box.style.height = (60 + (parseInt(box.dataset.rows, 10) * 32)) + 'px';
        }

        var labels = JSON.parse(canvas.dataset.labels || '[]');
        var values = JSON.parse(canvas.dataset.values || '[]');
        var links = JSON.parse(canvas.dataset.links || '[]');
        // data-chart="line": the trend of a score across rounds; otherwise horizontal bars.
        if (canvas.dataset.chart === 'line') {
            canvas.chart = new Chart(canvas, {
                type: 'line',
                data: { labels: labels, datasets: [{ label: canvas.dataset.title || '%', data: values, borderColor: '#0066cc', backgroundColor: '#0066cc', tension: 0.2 }] },
                options: {
                    responsive: true,
                    maintainAspectRatio: false,
                    animation: false,
                    scales: { y: { min: 0, suggestedMax: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
                    plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (context) { return formatPercent(context.parsed.y); } } } },
                },
            });
            return;
        }

        var chart = new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [{
                    label: canvas.dataset.title || '%',
                    data: values,
                    backgroundColor: '#0066cc',
                }],
            },
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: { x: { min: 0, suggestedMax: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
                plugins: {
                    legend: { display: false },
                    tooltip: { callbacks: { label: function (context) { return formatPercent(context.parsed.x); } } },
                },
                onClick: function (event, elements) {
                    if (elements.length > 0 && links[elements[0].index]) {
                        window.location.href = links[elements[0].index];
                    }
                },
            },
        });
        canvas.chart = chart;
    });
}());
