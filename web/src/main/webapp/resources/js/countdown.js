/* Live countdowns to deadlines: every element with data-due (epoch milliseconds) shows the time
   left, and turns red ("overdue") once the deadline has passed. */
(function () {
    function pad(n) {
        return n < 10 ? '0' + n : '' + n;
    }
    function render() {
        var now = Date.now();
        document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
            var left = Number(el.getAttribute('data-due')) - now;
            var abs = Math.abs(left);
            var h = Math.floor(abs / 3600000), m = Math.floor(abs % 3600000 / 60000), s = Math.floor(abs % 60000 / 1000);
            el.textContent = (left < 0 ? '-' : '') + h + ':' + pad(m) + ':' + pad(s);
            el.classList.toggle('overdue', left < 0);
        });
    }
    render();
    setInterval(render, 1000);
})();
