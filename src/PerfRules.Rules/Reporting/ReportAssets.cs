namespace PerfRules.Rules.Reporting;

/// <summary>
/// The report's own style sheet, icons and script, written inline so the file works offline and alone.
/// Colours are from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies) and every
/// severity also has its own icon, word and border style (solid, dashed, dotted), so colour is never the only cue.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The style sheet (screen and A4 print).</summary>
    public const string Style = """
:root{--err:#D55E00;--err-bg:#fbe3d3;--err-ink:#9a3600;--warn:#E69F00;--warn-bg:#fdf0d2;--warn-ink:#6e4a00;--info:#0072B2;--info-bg:#dcedf7;--info-ink:#005282;--line:#8a8a8a;--head:#eef1f4}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:0 16px 48px;font:14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:22px;margin:18px 0 6px}h2{font-size:18px;margin:24px 0 8px}h3{font-size:15px;margin:14px 0 6px}
a{color:#0b57a4}a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.meta{color:#444;margin:0 0 8px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
th{background:var(--head);font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 12px;min-width:120px}
.card b{display:block;font-size:20px}
#summary .by-rule{width:auto;min-width:60%}
.card.error{border:2px solid var(--err)}.card.warning{border:2px dashed var(--warn)}.card.info{border:2px dotted var(--info)}
#filters{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:8px 0;display:flex;flex-wrap:wrap;gap:12px;align-items:center}
#filters[hidden]{display:none}
#filters label{white-space:nowrap}
.form{margin:8px 0 4px}
.form caption{caption-side:top;text-align:left;font-weight:600;padding:6px 0 2px}
.form th{width:9em}
.ind th{width:auto}.ind th.lv{width:6.5em}.ind th.nm{width:24%}
.lv.cont{color:#9a9a9a;border-top-color:transparent}
.val{white-space:pre-wrap}
.prose{white-space:pre-wrap;max-height:none}
.empty{color:#8a8a8a}
.f{display:block;margin:3px 0 0;padding:2px 6px;border-radius:3px;font-size:13px;white-space:normal}
.f .sv,.f .rid,.f .fld{margin-right:4px}
.f .loc{color:#555;font-size:12px;margin-left:2px}
.f[hidden],tr[hidden],section[hidden],li[hidden]{display:none}
svg.ic{width:1.1em;height:1.1em;vertical-align:-0.2em;margin-right:2px}
.f .ic{width:15px;height:15px;vertical-align:-3px;margin-right:3px}
.f .sv,.f .rid{font-weight:600}
.f.error{background:var(--err-bg);color:var(--err-ink);border-left:4px solid var(--err)}
.f.warning{background:var(--warn-bg);color:var(--warn-ink);border-left:4px dashed var(--warn)}
.f.info{background:var(--info-bg);color:var(--info-ink);border-left:4px dotted var(--info)}
.f .ic.error,.ic-error{color:var(--err)}
td.c-error,th.c-error{box-shadow:inset 0 0 0 2px var(--err)}
td.c-warning,th.c-warning{box-shadow:inset 0 0 0 2px var(--warn)}
td.c-info,th.c-info{box-shadow:inset 0 0 0 1px var(--info)}
.tf{list-style:none;padding:0;margin:6px 0}
.tbl{border-top:2px solid #1a1a1a;margin-top:28px;padding-top:4px}
.tbl h2{margin-top:8px}
.counts span{margin-right:10px}
.clean{color:#2f6b2f}
.only tr.plain,.only .tbl.plain-t{display:none}
.top{font-size:12px}
svg.sym{display:none}
@media print{
 @page{size:A4;margin:12mm}
 body{max-width:none;padding:0;font-size:10.5pt}
 #filters,.top{display:none}
 .tbl{break-before:page;border-top:none}
 tr,.f{break-inside:avoid}
 a{color:inherit;text-decoration:none}
}
""";

    /// <summary>The three severity icons, defined once and referenced by every marker.</summary>
    public const string Symbols = """
<svg class="sym" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><symbol id="i-error" viewBox="0 0 16 16"><path fill="#D55E00" d="M5 0h6l5 5v6l-5 5H5l-5-5V5z"/><path stroke="#fff" stroke-width="2.2" stroke-linecap="round" d="M5 5l6 6M11 5l-6 6"/></symbol><symbol id="i-warning" viewBox="0 0 16 16"><path fill="#E69F00" d="M8 0.5l7.8 14.5H0.2z"/><path stroke="#1a1a1a" stroke-width="2" stroke-linecap="round" d="M8 5.5v4.5"/><circle cx="8" cy="12.6" r="1.1" fill="#1a1a1a"/></symbol><symbol id="i-info" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#0072B2"/><circle cx="8" cy="4.3" r="1.2" fill="#fff"/><path stroke="#fff" stroke-width="2" stroke-linecap="round" d="M8 7.3v5.2"/></symbol></svg>
""";

    /// <summary>
    /// The filter script: hides the markers whose severity is unticked or whose rule is not the one chosen, marks the
    /// rows and tables that no longer show a marker, and with 只看有问题的行 hides those. Plain DOM, no library.
    /// </summary>
    public const string Script = """
(function(){
var bar=document.getElementById('filters');if(!bar)return;bar.hidden=false;
var sev=bar.querySelectorAll('input[data-filter-severity]'),rule=document.getElementById('filter-rule'),only=document.getElementById('filter-only'),shown=document.getElementById('filter-shown');
var marks=document.querySelectorAll('.f[data-rule-id]'),holders=document.querySelectorAll('.has-f');
function apply(){
 var on={},n=0,r=rule.value;
 for(var i=0;i<sev.length;i++)on[sev[i].value]=sev[i].checked;
 for(var j=0;j<marks.length;j++){var m=marks[j],v=on[m.getAttribute('data-severity')]&&(!r||m.getAttribute('data-rule-id')===r);m.hidden=!v;if(v)n++;}
 for(var k=0;k<holders.length;k++){var h=holders[k],any=h.querySelector('.f[data-rule-id]:not([hidden])')!==null;h.classList.toggle('none-shown',!any);h.hidden=only.checked&&!any;}
 document.body.classList.toggle('only',only.checked);
 shown.textContent=String(n);
}
bar.addEventListener('change',apply);apply();
})();
""";
}
