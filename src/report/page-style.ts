/** The report's only stylesheet: system fonts (nothing fetched), fluid down to phone width, and a print layout. */
export const PAGE_STYLE = `
:root{--fg:#1d2329;--muted:#66707a;--line:#d9dee3;--bg:#fff;--soft:#f4f6f8;--accent:#2e6da4;--bad:#c0392b;--warn:#c77c02;--good:#2e8b57}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;overflow-wrap:anywhere}
header.top{background:#1f3b57;color:#fff;padding:14px 16px}
header.top h1{margin:0;font-size:1.3rem}
header.top p{margin:4px 0 0;color:#cfdbe6;font-size:.9rem}
nav.toc{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:6px 12px;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.9rem}
nav.toc a{color:var(--accent);text-decoration:none;white-space:nowrap}
main{max-width:1180px;margin:0 auto;padding:8px 16px 40px}
section{scroll-margin-top:3em;margin-top:24px;border-top:2px solid var(--line);padding-top:8px}
h2{font-size:1.25rem;margin:8px 0}
h3{font-size:1.05rem;margin:18px 0 6px}
h4{font-size:.98rem;margin:14px 0 4px}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.88em;background:var(--soft);padding:0 3px;border-radius:3px}
.muted{color:var(--muted)}
.note{background:#fff8e6;border-left:4px solid var(--warn);padding:6px 10px}
.ok{color:var(--good)}
.empty{color:var(--muted);font-style:italic}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;margin:10px 0}
.card{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 10px}
.card .value{font-size:1.5rem;font-weight:600}
.card .label{color:var(--muted);font-size:.85rem}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:0 24px}
.scroll{overflow-x:auto;max-width:100%;margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:.9rem;overflow-wrap:break-word}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;min-width:4.5em}
thead th{background:var(--soft)}
table.wide{min-width:56em}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.lacking td{background:#fdf1f0}
tr.partial td{background:#fffaf0}
.flagged,tr.flagged td,tr.flagged th{background:#fde2dd!important;outline:1px solid var(--bad)}
.findings{border-left:4px solid var(--bad);background:#fdf1f0;padding:6px 10px;margin:8px 0}
.findings ul{margin:4px 0;padding-left:20px}
ul.plain{list-style:none;margin:0;padding:0}
.src code{background:none;padding:0}
.place{color:var(--muted);font-size:.85em}
.sev{white-space:nowrap;font-weight:600}
.sev-error{color:var(--bad)}.sev-warning{color:var(--warn)}.sev-info{color:var(--accent)}
del{color:var(--bad);background:#fdf1f0}
ins{color:var(--good);background:#eef8f1;text-decoration:none}
.method{font-size:.88em}
.m-exact{color:var(--good)}.m-normalized{color:#2f7d6d}.m-synonym{color:#7a5aa6}.m-contains{color:var(--warn)}
figure.chart{margin:8px 0;max-width:560px}
figure.chart svg{width:100%;height:auto;font-size:13px;fill:var(--fg)}
figure.chart figcaption{color:var(--muted);font-size:.82rem}
details{margin:8px 0}
summary{cursor:pointer}
article.annual{border:1px solid var(--line);border-radius:6px;padding:4px 12px;margin:12px 0}
.paged .controls{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:6px 0}
.paged input{flex:1 1 200px;min-width:0;padding:5px 8px;font:inherit;border:1px solid var(--line);border-radius:4px}
.paged button{font:inherit;padding:4px 10px;border:1px solid var(--line);background:var(--soft);border-radius:4px;cursor:pointer}
.paged button:disabled{opacity:.4;cursor:default}
.paged .count{color:var(--muted);font-size:.85rem}
@media (max-width:600px){body{font-size:14px}nav.toc{position:static}main{padding:6px 10px 30px}th,td{padding:3px 4px}.card .value{font-size:1.25rem}}
@media print{
  nav.toc,.paged .controls,noscript{display:none}
  header.top{background:none;color:#000;border-bottom:2px solid #000}
  header.top p{color:#333}
  main{max-width:none;padding:0}
  section{break-before:auto;border-top:1px solid #999}
  .scroll{overflow:visible}
  table{font-size:9pt}
  table.wide{min-width:0}
  tr,figure,.card,article.annual{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`;
