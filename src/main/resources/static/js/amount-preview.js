// 数值预览: every input marked data-amount shows, next to it, the value it will save ("= 1.2万亿元"), read on the
// server by the same parser the save uses (GET /amounts/preview), or why it cannot be saved.
(function () {
    function preview(input) {
        var out = document.getElementById(input.id + '-preview');
        if (!out) {
            return;
        }
        var text = input.value.trim();
        if (text === '') {
            out.textContent = '';
            out.classList.remove('error');
            return;
        }
        var url = out.getAttribute('data-source') + '?text=' + encodeURIComponent(text)
            + '&unit=' + encodeURIComponent(input.getAttribute('data-amount') || '')
            + '&like=' + encodeURIComponent(input.getAttribute('data-like') || '');
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.json(); })
            .then(function (a) {
                if (input.value.trim() !== text) {
                    return; // typed on meanwhile
                }
                out.classList.toggle('error', !a.ok);
                out.textContent = a.ok ? (a.display ? '= ' + a.display : '') : a.error;
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('input[data-amount]').forEach(function (input) {
            var timer;
            input.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () { preview(input); }, 250);
            });
            preview(input);
        });
    });
})();
