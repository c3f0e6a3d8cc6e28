(function(){
const status=document.getElementById('status');
window.addEventListener('error',e=>{status.dataset.errors=(status.dataset.errors||'')+e.message+';'});
const data=JSON.parse(document.getElementById('report-data').textContent);
const PAGE=50;let page=0;let ruleFilter='';let fileFilter='';
const hue=c=>{let h=0;for(const ch of c)h=(h*31+ch.charCodeAt(0))%360;return h};
const colour=(c,a)=>`hsla(${hue(c)},70%,55%,${a})`;
const esc=s=>s.replace(/[&<>"]/g,ch=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[ch]));
function chosen(findings){
  // Applied fixes first (they are what changed the text), then hints that overlap none.
  const sorted=findings.filter(f=>f.end>f.start||f.replacement).slice().sort((a,b)=>a.start-b.start||b.end-a.end);
  const taken=[];
  const free=f=>taken.every(t=>f.end<=t.start||f.start>=t.end||(f.start===f.end&&f.start!==t.start));
  for(const f of sorted)if(f.applied&&free(f))taken.push(f);
  for(const f of sorted)if(!f.applied&&free(f))taken.push(f);
  return taken.sort((a,b)=>a.start-b.start);
}
const shown=s=>s.replace(/\n/g,'\u21b5\n').replace(/\t/g,'\u2192');
function highlight(file){
  const t=file.text;let out='',pos=0;
  for(const f of chosen(file.findings)){
    out+=esc(t.slice(pos,f.start));
    const title=esc(`${f.code} ${f.name}: ${f.message}`+(f.applied?'':' (not applied: '+(f.safety||'no fix')+')'));
    let removed=t.slice(f.start,f.end);if(!removed.trim())removed=shown(removed);
    removed=esc(removed);
    const style=`background:${colour(f.code,.28)};outline-color:${colour(f.code,1)}`;
    if(!f.applied){out+=`<mark class="hint" title="${title}" style="${style}">${removed}</mark>`}
    else{out+=`<del title="${title}" style="${style}">${removed}</del>`;
      if(f.replacement)out+=`<ins title="${title}" style="color:${colour(f.code,1)}">${esc(f.replacement.trim()?f.replacement:shown(f.replacement))}</ins>`}
    pos=f.end;
  }
  return out+esc(t.slice(pos));
}
function visible(){return data.files.filter(f=>(!fileFilter||f.path.toLowerCase().includes(fileFilter))&&(!ruleFilter||f.findings.some(x=>x.code===ruleFilter)))}
function render(){
  const list=document.getElementById('files');const files=visible();
  const pages=Math.max(1,Math.ceil(files.length/PAGE));page=Math.min(page,pages-1);
  list.innerHTML='';
  for(const file of files.slice(page*PAGE,(page+1)*PAGE)){
    const d=document.createElement('details');
    const n=file.findings.filter(f=>!ruleFilter||f.code===ruleFilter).length;d.dataset.count=String(n);
    d.innerHTML=`<summary>${esc(file.path)}<span class="count">${n} finding${n===1?'':'s'}${file.changed?'':' · unchanged'}</span></summary>`;
    d.addEventListener('toggle',()=>{if(d.open&&!d.querySelector('pre')){const p=document.createElement('pre');p.innerHTML=highlight(file);d.appendChild(p)}});
    list.appendChild(d);
  }
  document.getElementById('page').textContent=`page ${page+1} of ${pages} · ${files.length} file${files.length===1?'':'s'}`;
  status.dataset.shown=String(files.length);
}
document.getElementById('prev').onclick=()=>{page=Math.max(0,page-1);render()};
document.getElementById('next').onclick=()=>{page=page+1;render()};
document.getElementById('file-filter').oninput=e=>{fileFilter=e.target.value.toLowerCase();page=0;render()};
const select=document.getElementById('rule-filter');
select.onchange=e=>{ruleFilter=e.target.value;page=0;render()};
const bars=document.getElementById('bars');const max=Math.max(1,...Object.values(data.summary.by_rule));
for(const [code,n] of Object.entries(data.summary.by_rule)){
  const name=(data.rules[code]||{}).name||'';
  const row=document.createElement('div');row.className='bar';row.dataset.code=code;
  row.innerHTML=`<span class="label">${esc(code+' '+name)}</span><span class="fill" style="width:${Math.round(400*n/max)}px;background:${colour(code,.8)}"></span><span class="n">${n}</span>`;
  row.onclick=()=>{select.value=code;ruleFilter=code;page=0;render()};
  bars.appendChild(row);
  const o=document.createElement('option');o.value=code;o.textContent=`${code} ${name} (${n})`;select.appendChild(o);
}
render();
if(location.hash==='#open-first'){const first=[...document.querySelectorAll('#files details')].find(d=>d.dataset.count!=='0');if(first)first.open=true}
status.dataset.files=String(data.summary.files);status.dataset.findings=String(data.summary.findings);
status.dataset.loaded='yes';
})();
