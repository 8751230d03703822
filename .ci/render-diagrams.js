// Renders BPMN diagrams to PNG with bpmn-js's bundled viewer in headless chromium, and reports layout
// problems a reader of the printed diagram would meet. Run by .ci/render-diagrams.sh.
//
//   node render-diagrams.js [--check] OUT_DIR FILE.bpmn...
//
// OUT_DIR/<file>.png is written for every diagram. The layout report (always printed) lists, from the
// geometry bpmn-js actually rendered: external labels over a flow, a shape or another label; two flows
// drawn on the same line; names that leave their box or run into a task's icon or a call activity's
// marker. With --check, any such problem makes the exit status 1.
//
// Environment: CHROMIUM (default /usr/bin/chromium); NODE_PATH must reach bpmn-js and puppeteer-core.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const args = process.argv.slice(2);
const check = args[0] === '--check';
if (check) args.shift();
const [outDir, ...files] = args;
const viewerBundle = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const SCALE = 1.5; // device pixels per diagram unit: readable when printed on A3
const MARGIN = 30;

// Runs in the page: imports the XML, sizes the page to the diagram and collects the rendered geometry.
async function importAndMeasure(xml, margin) {
  const viewer = window.__viewer = new BpmnJS({ container: '#canvas' });
  const { warnings } = await viewer.importXML(xml);
  const registry = viewer.get('elementRegistry');
  const all = registry.getAll().filter(e => e.parent); // not the root
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const grow = (x, y, w = 0, h = 0) => {
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
  };
  for (const e of all) {
    if (e.waypoints) e.waypoints.forEach(p => grow(p.x, p.y));
    else grow(e.x, e.y, e.width, e.height);
  }
  return {
    warnings: warnings.map(w => w.message),
    box: { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin },
  };
}

async function fitAndMeasure(box) {
  const viewer = window.__viewer;
  const canvas = viewer.get('canvas');
  canvas.viewbox(box);
  const registry = viewer.get('elementRegistry');
  const vb = canvas.viewbox();
  const rootRect = document.querySelector('#canvas').getBoundingClientRect();
  // client coordinates to diagram coordinates
  const toDiagram = r => ({
    x: vb.x + (r.left - rootRect.left) / vb.scale,
    y: vb.y + (r.top - rootRect.top) / vb.scale,
    width: r.width / vb.scale,
    height: r.height / vb.scale,
  });
  const textBox = gfx => {
    const texts = [...gfx.querySelectorAll('text')].filter(t => t.textContent.trim());
    if (!texts.length) return null;
    const rects = texts.map(t => t.getBoundingClientRect());
    const left = Math.min(...rects.map(r => r.left)), top = Math.min(...rects.map(r => r.top));
    const right = Math.max(...rects.map(r => r.right)), bottom = Math.max(...rects.map(r => r.bottom));
    return toDiagram({ left, top, width: right - left, height: bottom - top });
  };
  const out = { shapes: [], edges: [], labels: [] };
  for (const e of registry.getAll()) {
    if (!e.parent) continue;
    const bo = e.businessObject;
    const gfx = registry.getGraphics(e);
    if (e.type === 'label') {
      const text = textBox(gfx);
      if (text) out.labels.push({ id: e.labelTarget.id, owner: e.labelTarget.id, text, di: { x: e.x, y: e.y, width: e.width, height: e.height } });
    } else if (e.waypoints) {
      out.edges.push({ id: e.id, type: e.type, source: e.source && e.source.id, target: e.target && e.target.id,
        points: e.waypoints.map(p => ({ x: p.x, y: p.y })) });
    } else {
      const expanded = e.type === 'bpmn:SubProcess' && e.collapsed === false || e.type === 'bpmn:Participant' || e.type === 'bpmn:Lane';
      out.shapes.push({ id: e.id, type: e.type, x: e.x, y: e.y, width: e.width, height: e.height,
        host: e.host && e.host.id, expanded, parent: e.parent && e.parent.id,
        text: textBox(gfx), name: bo.name || '' });
    }
  }
  return out;
}

// ---- geometry (diagram units) ----
const TOL = 1;
function rectsOverlap(a, b, pad = 0) {
  return a.x < b.x + b.width + pad - TOL && b.x < a.x + a.width + pad - TOL &&
         a.y < b.y + b.height + pad - TOL && b.y < a.y + a.height + pad - TOL;
}
function segmentHitsRect(p, q, r) {
  // Liang–Barsky clip against the rectangle shrunk by TOL
  const x0 = r.x + TOL, y0 = r.y + TOL, x1 = r.x + r.width - TOL, y1 = r.y + r.height - TOL;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0, t1 = 1;
  const dx = q.x - p.x, dy = q.y - p.y;
  for (const [pp, qq] of [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]) {
    if (pp === 0) { if (qq < 0) return false; continue; }
    const t = qq / pp;
    if (pp < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
    else { if (t < t0) return false; if (t < t1) t1 = t; }
  }
  return true;
}
function border(s) {
  const a = { x: s.x, y: s.y }, b = { x: s.x + s.width, y: s.y }, c = { x: s.x + s.width, y: s.y + s.height }, d = { x: s.x, y: s.y + s.height };
  return { points: [a, b, c, d, a] };
}
function segments(edge) {
  const s = [];
  for (let i = 1; i < edge.points.length; i++) s.push([edge.points[i - 1], edge.points[i]]);
  return s;
}
function edgeHitsRect(edge, r) { return segments(edge).some(([p, q]) => segmentHitsRect(p, q, r)); }
// Two segments on the same line sharing more than a few units.
function collinearOverlap([a, b], [c, d]) {
  const cross = (o, p, q) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len < TOL) return 0;
  if (Math.abs(cross(a, b, c)) / len > 2 || Math.abs(cross(a, b, d)) / len > 2) return 0;
  const ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
  const t = p => (p.x - a.x) * ux + (p.y - a.y) * uy;
  const lo = Math.max(0, Math.min(t(c), t(d))), hi = Math.min(len, Math.max(t(c), t(d)));
  return hi - lo;
}
const fmt = r => `[${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}]`;

function problemsOf(g) {
  const problems = [];
  const shapeById = new Map(g.shapes.map(s => [s.id, s]));
  const edgeById = new Map(g.edges.map(e => [e.id, e]));
  // the flow a label belongs to, or the flows of the shape it belongs to, may touch it at its own end
  const blockers = g.shapes.filter(s => !s.expanded);
  for (const l of g.labels) {
    const r = l.text;
    for (const e of g.edges) {
      if (edgeHitsRect(e, r)) problems.push(`label of ${l.owner} ${fmt(r)} lies over flow ${e.id}`);
    }
    for (const s of blockers) {
      if (rectsOverlap(r, s)) problems.push(`label of ${l.owner} ${fmt(r)} lies over shape ${s.id}`);
    }
    for (const s of g.shapes.filter(s => s.expanded)) {
      if (s.text && rectsOverlap(r, s.text)) problems.push(`label of ${l.owner} lies over the name of ${s.id}`);
      if (edgeHitsRect(border(s), r)) problems.push(`label of ${l.owner} ${fmt(r)} lies over the border of ${s.id}`);
    }
  }
  for (let i = 0; i < g.labels.length; i++) {
    for (let j = i + 1; j < g.labels.length; j++) {
      if (rectsOverlap(g.labels[i].text, g.labels[j].text, 2)) {
        problems.push(`labels of ${g.labels[i].owner} and ${g.labels[j].owner} overlap`);
      }
    }
  }
  for (let i = 0; i < g.edges.length; i++) {
    for (let j = i + 1; j < g.edges.length; j++) {
      const a = g.edges[i], b = g.edges[j];
      let shared = 0;
      for (const sa of segments(a)) for (const sb of segments(b)) shared += collinearOverlap(sa, sb);
      if (shared > 3) problems.push(`flows ${a.id} and ${b.id} run on the same line for ${Math.round(shared)} units`);
    }
  }
  for (const e of g.edges) {
    const ends = new Set([e.source, e.target]);
    const src = shapeById.get(e.source);
    if (src && src.host) ends.add(src.host); // a boundary event's flow leaves across its host's border
    for (const s of blockers) {
      if (ends.has(s.id) || s.host && ends.has(s.host) && false) continue;
      if (s.host && ends.has(s.id)) continue;
      if (edgeHitsRect(e, s)) problems.push(`flow ${e.id} crosses shape ${s.id}`);
    }
    for (const s of g.shapes.filter(s => s.expanded && s.text)) {
      if (edgeHitsRect(e, s.text)) problems.push(`flow ${e.id} crosses the name of ${s.id}`);
    }
  }
  for (const s of g.shapes) {
    if (!s.text || s.expanded || !/Task|CallActivity|SubProcess/.test(s.type)) continue;
    const t = s.text;
    if (t.x < s.x + 2 || t.y < s.y + 2 || t.x + t.width > s.x + s.width - 2 || t.y + t.height > s.y + s.height - 2) {
      problems.push(`name of ${s.id} ${fmt(t)} leaves its box ${fmt(s)}`);
    }
    for (const o of blockers) {
      if (o !== s && rectsOverlap(t, o)) problems.push(`name of ${s.id} is covered by ${o.id}`);
    }
    if (/CallActivity|SubProcess/.test(s.type) && t.y + t.height > s.y + s.height - 20 &&
        t.x < s.x + s.width / 2 + 8 && t.x + t.width > s.x + s.width / 2 - 8) {
      problems.push(`name of ${s.id} runs into its marker`);
    }
    if (/UserTask|ServiceTask|ScriptTask|SendTask|ReceiveTask|ManualTask|BusinessRuleTask/.test(s.type) &&
        t.y < s.y + 26 && t.x < s.x + 28) {
      problems.push(`name of ${s.id} runs into its icon`);
    }
  }
  return problems;
}

async function main() {
  if (!outDir || files.length === 0) {
    console.error('usage: node render-diagrams.js [--check] OUT_DIR FILE.bpmn...');
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  let failed = 0, total = 0;
  try {
    for (const file of files) {
      const name = path.basename(file);
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1600, height: 1000, deviceScaleFactor: SCALE });
        await page.setContent('<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:#fff}' +
          '#canvas{position:absolute;inset:0}</style><div id="canvas"></div>');
        await page.addScriptTag({ path: viewerBundle });
        const xml = fs.readFileSync(file, 'utf8');
        const { warnings, box } = await page.evaluate(importAndMeasure, xml, MARGIN);
        const width = Math.ceil(box.width), height = Math.ceil(box.height);
        await page.setViewport({ width, height, deviceScaleFactor: SCALE });
        const geometry = await page.evaluate(fitAndMeasure, box);
        // The page is the diagram's size plus a margin and fitAndMeasure showed exactly that box, so the whole
        // diagram is in the picture at scale 1 (zoom('fit-viewport') would align it top-left with no margin).
        const out = path.join(outDir, `${name}.png`);
        await page.screenshot({ path: out, fullPage: false });
        const problems = problemsOf(geometry);
        warnings.forEach(w => problems.unshift(`import warning: ${w}`));
        total += problems.length;
        if (problems.length) failed++;
        console.log(`${out} (${width}x${height})${problems.length ? `: ${problems.length} layout problem(s)` : ': layout clean'}`);
        problems.forEach(p => console.log(`  ${name}: ${p}`));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${files.length} diagram(s) rendered, ${total} layout problem(s) in ${failed}`);
  process.exit(check && total ? 1 : 0);
}

if (require.main === module) main().catch(e => { console.error(e); process.exit(2); });
else module.exports = { importAndMeasure, fitAndMeasure, problemsOf, edgeHitsRect, rectsOverlap, segmentHitsRect };
