// The evaluation form: the breakdown recomputed as the evaluator types, with the rules of AppraisalRules (the server
// computes the same on every save: this is only what the evaluator sees before saving); and the print button.
(function () {
    'use strict';
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () { window.print(); });
    });

    var box = document.querySelector('[data-testid="breakdown"]');
    var form = document.querySelector('[data-testid="form"]');
    if (!box || !form || box.dataset.live !== 'true') {
        return;
    }

    var format = new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    function number(text) {
        return text === undefined || text === null || text === '' ? null : Number(text);
    }

    function parse(text) {
        if (!text) {
            return null;
        }

        text = text.replace('%', '').trim();
        if (text.indexOf(',') >= 0) {
            text = text.replace(/\./g, '').replace(',', '.');
        }

        var value = Number(text);
        return text === '' || isNaN(value) ? null : value;
    }

    function show(value) {
        return value === null ? '—' : format.format(value);
    }

    function compute() {
        var min = number(box.dataset.scaleMin), max = number(box.dataset.scaleMax), cap = number(box.dataset.cap);
        var sum = 0, weight = 0;
        form.querySelectorAll('[data-testid="objective"]').forEach(function (row) {
            var w = number(row.dataset.weight), input = row.querySelector('[data-achieved]');
            var achieved = input ? parse(input.value) : null;
            if (w === null || w <= 0 || achieved === null) {
                return;
            }

            sum += w * Math.min(Math.max(achieved, 0), cap);
            weight += w;
        });
        var objectives = weight > 0 ? sum / weight : null;
        sum = 0;
        weight = 0;
        form.querySelectorAll('[data-testid="behaviour"]').forEach(function (row) {
            var w = number(row.dataset.weight), select = row.querySelector('[data-rating]');
            if (!select || select.value === '' || w === null || w <= 0) {
                return;
            }

            sum += w * (Number(select.value) - min) / (max - min) * 100;
            weight += w;
        });
        var behaviours = weight > 0 ? sum / weight : null;
        var scores = { unit: number(box.dataset.unit), objectives: objectives, behaviours: behaviours, differentiation: number(box.dataset.differentiation) };
        var weights = { unit: number(box.dataset.wUnit), objectives: number(box.dataset.wObjectives), behaviours: number(box.dataset.wBehaviours), differentiation: number(box.dataset.wDifferentiation) };
        if (weights.differentiation > 0 && scores.differentiation === null && scores.unit !== null) {
            weights.unit += weights.differentiation;
            weights.differentiation = 0;
        }

        var names = Object.keys(weights);
        var missing = names.filter(function (k) { return weights[k] > 0 && scores[k] === null; });
        var present = names.filter(function (k) { return weights[k] > 0 && scores[k] !== null; });
        var presentWeight = present.reduce(function (a, k) { return a + weights[k]; }, 0);
        if (missing.length > 0 && presentWeight > 0) {
            var freed = missing.reduce(function (a, k) { return a + weights[k]; }, 0);
            missing.forEach(function (k) { weights[k] = 0; });
            present.forEach(function (k) { weights[k] += freed * weights[k] / presentWeight; });
        }

        var final = present.length === 0 ? null : present.reduce(function (a, k) { return a + weights[k] * scores[k] / 100; }, 0);
        box.querySelectorAll('[data-testid="component"]').forEach(function (row) {
            var k = row.dataset.component;
            row.querySelector('[data-cell="weight"]').textContent = format.format(weights[k]);
            row.querySelector('[data-cell="score"]').textContent = show(scores[k]);
            row.querySelector('[data-cell="points"]').textContent = scores[k] === null ? '—' : format.format(weights[k] * scores[k] / 100);
        });
        box.querySelector('[data-testid="final"]').textContent = show(final);
    }

    form.addEventListener('input', compute);
    form.addEventListener('change', compute);
}());
