/* Live countdowns to deadlines: every element with data-due (epoch milliseconds) shows the time
   left, and turns red ("overdue") once the deadline has passed. */
(function () {
    function pad(n) {
        return n < 10 ? '0' + n : '' + n;
    }
    var announcer = document.getElementById('countdown-announcer');
    var rendered = false;
    function render() {
        var now = Date.now();
        document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
            var left = Number(el.getAttribute('data-due')) - now;
            var abs = Math.abs(left);
            var h = Math.floor(abs / 3600000), m = Math.floor(abs % 3600000 / 60000), s = Math.floor(abs % 60000 / 1000);
            el.textContent = (left < 0 ? '-' : '') + h + ':' + pad(m) + ':' + pad(s);
            if (left < 0 && !el.classList.contains('overdue') && announcer && rendered) {
                // told politely once, when a deadline passes while the page is open
                announcer.textContent = (announcer.getAttribute('data-overdue') || '{0}')
                    .replace('{0}', el.getAttribute('data-label') || '');
            }
            el.classList.toggle('overdue', left < 0);
        });
    }
    render();
    rendered = true;
    setInterval(render, 1000);
})();
