/// `/static/app.css`: the pages' look — a plain office system in the manner of the
/// finance bureau's own: a blue bar, white panels, ruled tables with right-aligned figures,
/// red/yellow/green for the monitoring levels, and print rules that keep only the content.
enum StyleSheet {
    static let text = """
        :root { --blue: #1f4e8c; --blue-light: #e8eff8; --line: #c9d3df; --text: #1d2733; --muted: #5d6b7a;
          --red: #c62828; --yellow: #d99a00; --green: #2e7d32; }
        * { box-sizing: border-box; }
        html { background: #f2f4f7; }
        body { margin: 0; color: var(--text); font-size: 14px; line-height: 1.5;
          font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
        a { color: var(--blue); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .bar { display: flex; align-items: center; justify-content: space-between; height: 48px; padding: 0 20px;
          background: var(--blue); color: #fff; }
        .bar .brand { color: #fff; font-size: 17px; letter-spacing: .05em; }
        .bar .brand b { display: inline-block; margin-right: 6px; padding: 0 6px; border: 1px solid #fff; border-radius: 3px; }
        .who { display: flex; align-items: center; gap: 10px; }
        .role { padding: 1px 8px; border-radius: 10px; background: rgba(255,255,255,.18); font-size: 12px; }
        button.link { border: 0; background: none; color: #fff; cursor: pointer; font: inherit; text-decoration: underline; }
        main { max-width: 1240px; margin: 0 auto; padding: 14px 20px 30px; }
        footer { padding: 16px; color: var(--muted); text-align: center; font-size: 12px; }
        .trail { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
        .trail i { margin: 0 6px; font-style: normal; }
        h1 { margin: 4px 0 12px; font-size: 21px; font-weight: 600; }
        h1 small { margin-left: 10px; color: var(--muted); font-size: 14px; font-weight: normal; }
        h2 { margin: 0 0 10px; padding-left: 8px; border-left: 4px solid var(--blue); font-size: 16px; }
        .panel { margin: 0 0 14px; padding: 14px 16px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
        .row { display: flex; flex-wrap: wrap; gap: 14px; }
        .row > .panel { flex: 1 1 380px; }
        .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 14px; }
        .button, button.primary, button.secondary, button.danger { display: inline-block; padding: 6px 14px; border: 1px solid var(--blue);
          border-radius: 3px; background: #fff; color: var(--blue); font: inherit; cursor: pointer; }
        .button.primary, button.primary { background: var(--blue); color: #fff; }
        .button.danger, button.danger { border-color: var(--red); background: #fff; color: var(--red); }
        .button:hover { text-decoration: none; filter: brightness(.95); }
        table.data { width: 100%; border-collapse: collapse; background: #fff; }
        table.data th, table.data td { padding: 6px 8px; border: 1px solid var(--line); text-align: left; vertical-align: top; }
        table.data th { background: var(--blue-light); font-weight: 600; white-space: nowrap; }
        table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.data tr.total td { font-weight: 600; background: #fafbfc; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; }
        .figure { padding: 10px 12px; border: 1px solid var(--line); border-radius: 4px; background: #fbfcfe; }
        .figure .label { color: var(--muted); font-size: 12px; }
        .figure .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .figure .value small { margin-left: 2px; font-size: 12px; font-weight: normal; color: var(--muted); }
        .level { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap; font-weight: 600; }
        .level::before { content: ""; width: 11px; height: 11px; border-radius: 50%; background: currentColor; }
        .level-red { color: var(--red); } .level-yellow { color: var(--yellow); } .level-green { color: var(--green); }
        tr.level-row-red td:first-child { box-shadow: inset 4px 0 0 var(--red); }
        tr.level-row-yellow td:first-child { box-shadow: inset 4px 0 0 var(--yellow); }
        tr.level-row-green td:first-child { box-shadow: inset 4px 0 0 var(--green); }
        .severity { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; }
        .severity-error { background: var(--red); } .severity-warning { background: var(--yellow); } .severity-info { background: var(--muted); }
        .status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; border: 1px solid; }
        .status-draft { color: var(--muted); } .status-submitted { color: var(--green); } .status-reopened { color: var(--yellow); }
        .flash { margin: 0 0 14px; padding: 10px 14px; border: 1px solid; border-radius: 4px; background: #fff; }
        .flash.ok { border-color: var(--green); } .flash.ok strong { color: var(--green); }
        .flash.refused { border-color: var(--red); } .flash.refused strong { color: var(--red); }
        .muted { color: var(--muted); }
        .live-bar { height: 0; position: relative; }
        .live-state { position: absolute; right: 16px; top: 12px; color: var(--muted); font-size: 12px; }
        .live-state.on::before { content: "● "; color: var(--green); }
        .notice { position: fixed; right: 16px; bottom: 16px; padding: 8px 14px; border-radius: 4px; background: #263238; color: #fff;
          opacity: 0; transition: opacity .3s; pointer-events: none; }
        .notice.shown { opacity: .92; }
        form.entry { display: grid; grid-template-columns: 140px minmax(0, 420px); gap: 10px 12px; align-items: center; }
        form.entry label { text-align: right; color: var(--muted); }
        form.entry .full { grid-column: 2; }
        input[type=text], input[type=date], input[type=password], select, textarea { width: 100%; padding: 5px 7px;
          border: 1px solid #aab6c4; border-radius: 3px; font: inherit; background: #fff; }
        textarea { min-height: 70px; }
        form.no-print input[type=date], form.no-print select { width: auto; min-width: 180px; }
        form.no-print { margin: 0 0 10px; }
        .amount { display: flex; gap: 6px; } .amount input { flex: 1; } .amount select { width: 80px; }
        table.grid input, table.grid textarea { min-width: 70px; padding: 3px 5px; }
        table.grid textarea { min-height: 34px; }
        table.grid tr.changed td { background: #fff8e1; }
        form.inline { display: inline; }
        .login { max-width: 380px; margin: 60px auto; }
        .login form { display: grid; gap: 10px; }
        .chart svg { width: 100%; height: auto; }
        .chart .bar-paid { fill: #5b8fd1; } .chart .bar-month { fill: #1f4e8c; }
        .chart .pace { fill: none; stroke: #c62828; stroke-width: 2; stroke-dasharray: 5 4; }
        .chart .axis { stroke: #9aa7b5; stroke-width: 1; } .chart text { fill: #5d6b7a; font-size: 11px; }
        .legend { display: flex; gap: 16px; color: var(--muted); font-size: 12px; }
        .legend i { display: inline-block; width: 12px; height: 8px; margin-right: 4px; vertical-align: middle; }
        .legend .key-paid { background: #5b8fd1; } .legend .key-month { background: #1f4e8c; }
        .legend .key-pace { height: 2px; background: #c62828; }
        @media print {
          html, body { background: #fff; }
          .bar, footer, .actions, .trail, .live-state, form.inline, .no-print { display: none !important; }
          main { max-width: none; padding: 0; }
          .panel { border: 0; padding: 0; }
        }
        """
}
