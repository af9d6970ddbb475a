/* The portal's small behaviours: a panel revealed by a button of the action bar (改判, 退回110),
   with the focus moved to its first field. */
window.linkage = window.linkage || {};
window.linkage.reveal = function (panelId, focusId, button) {
    var panel = document.getElementById(panelId);
    if (!panel) {
        return;
    }
    panel.classList.add('open');
    if (button) {
        button.setAttribute('aria-expanded', 'true');
    }
    var field = focusId ? document.getElementById(focusId) : null;
    if (field) {
        panel.scrollIntoView({block: 'start'});
        field.focus();
    }
};

/* Charts are pictures to a screen reader: each canvas gets the words its wrapper gives (data-chart-label);
   the figures themselves are in the tables beside the charts. */
(function () {
    function label() {
        document.querySelectorAll('[data-chart-label] canvas').forEach(function (canvas) {
            if (!canvas.getAttribute('aria-label')) {
                canvas.setAttribute('aria-label', canvas.closest('[data-chart-label]').getAttribute('data-chart-label'));
            }
        });
    }
    document.addEventListener('DOMContentLoaded', label);
    window.addEventListener('load', label);
    var runs = 0, timer = setInterval(function () { label(); if (++runs > 10) { clearInterval(timer); } }, 300);
})();

/* A refused form: the summary of its errors takes the focus, so the first thing read is what to put right. */
window.addEventListener('load', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.setAttribute('tabindex', '-1');
        summary.scrollIntoView({block: 'center'});
        summary.focus();
    }
});

/* PrimeFaces marks its simple file field aria-hidden although it is the field a keyboard reaches and its
   label names: it is given back to assistive technology. */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (field) {
        field.removeAttribute('aria-hidden');
    });
});
