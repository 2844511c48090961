/// `/static/app.js`: the little JavaScript of the pages' own. It keeps a dashboard live
/// (server-sent events from `/y/…/events`; on a change in scope it fetches the live part of
/// the same page again and swaps it in), marks the changed rows of an editable grid, asks
/// before submitting a year, and prints. Pages work without it, only not live.
enum Script {
    static let text = """
        (function () {
          'use strict';
          function notice(text) {
            var box = document.querySelector('.notice');
            if (!box) { box = document.createElement('div'); box.className = 'notice'; document.body.appendChild(box); }
            box.textContent = text;
            box.classList.add('shown');
            clearTimeout(box.timer);
            box.timer = setTimeout(function () { box.classList.remove('shown'); }, 4000);
          }
          var live = document.getElementById('live');
          if (live && live.dataset.events && window.EventSource) {
            var state = document.querySelector('.live-state');
            var source = new EventSource(live.dataset.events);
            var busy = false, again = false;
            var refresh = function (info) {
              if (busy) { again = true; return; }
              busy = true;
              fetch(window.location.href, { headers: { 'X-Jixiao-Fragment': 'live' }, credentials: 'same-origin' })
                .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
                .then(function (html) {
                  live.innerHTML = html;
                  live.dataset.seq = info.seq;
                  notice('已更新：' + info.author + ' 修改了 ' + info.object + '（第' + info.seq + '号变更）');
                })
                .catch(function () { notice('刷新失败，请手动刷新页面'); })
                .then(function () { busy = false; if (again) { again = false; refresh(info); } });
            };
            source.addEventListener('change', function (event) { refresh(JSON.parse(event.data)); });
            source.addEventListener('open', function () { if (state) { state.textContent = '实时更新中'; state.classList.add('on'); } });
            source.addEventListener('error', function () { if (state) { state.textContent = '连接中断，正在重连…'; state.classList.remove('on'); } });
          }
          document.querySelectorAll('table.grid').forEach(function (grid) {
            grid.addEventListener('input', function (event) {
              var row = event.target.closest('tr');
              if (row) { row.classList.add('changed'); }
            });
          });
          document.querySelectorAll('form[data-confirm]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
              if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
            });
          });
          document.querySelectorAll('[data-print]').forEach(function (button) {
            button.addEventListener('click', function () { window.print(); });
          });
          document.querySelectorAll('select[data-submit]').forEach(function (select) {
            select.addEventListener('change', function () { select.form.submit(); });
          });
        })();
        """
}
