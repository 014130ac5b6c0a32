// A/B of interaction cost between builds: `node bench/ab.mjs DIR_A DIR_B [...]` with each
// DIR a built dist/ (copy dist/ aside before rebuilding). Rounds alternate between the
// builds, so a machine that drifts in speed drifts for all of them alike. Under a 4x CPU
// throttle, per county click, layer switch and comparison tab (24 clicks per round, each
// from an idle page), median/p95 of:
//   frame  - click to the next painted frame (as in the benchmark);
//   script - click to the end of Yew's render (its scheduler runs in microtasks);
//   layout - the style and layout the change needs, forced right after.
// Options (environment): ROUNDS (default 3).
import { startServer } from '../lib/server.mjs';
import { launchBrowser, waitForState } from '../lib/browser.mjs';
const dirs = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS || 3);
const servers = await Promise.all(dirs.map((dir) => startServer({ dir })));
const browser = await launchBrowser();
const acc = dirs.map(() => ({}));
for (let r = 0; r < rounds; r++) for (let d = 0; d < dirs.length; d++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(servers[d].url);
  await waitForState(p, 'ready');
  await p.waitForTimeout(800);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (const kind of ['county', 'layer', 'compare']) {
    const times = await p.evaluate(async (kind) => {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); }));
      const sel = { county: '.map__units [data-code]', layer: '.layers__button', compare: '.tabs__tab' }[kind];
      const els = [...document.querySelectorAll(sel)];
      const out = [];
      for (let i = 0; i < 24; i++) {
        await new Promise((r) => requestIdleCallback(r, { timeout: 500 }));
        await nextFrame();
        const t0 = performance.now();
        els[(i * 7) % els.length].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        for (let k = 0; k < 5; k++) await Promise.resolve();
        const t1 = performance.now();
        document.body.offsetHeight;
        const t2 = performance.now();
        out.push([(await nextFrame()) - t0, t1 - t0, t2 - t1]);
      }
      return out;
    }, kind);
    const a = (acc[d][kind] ??= [[], [], []]);
    for (const t of times) for (let k = 0; k < 3; k++) a[k].push(t[k]);
  }
  await ctx.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.95)]; };
for (const kind of ['county', 'layer', 'compare']) {
  console.log(kind.padEnd(8) + dirs.map((dir, d) => { const a = acc[d][kind]; return `${dir.split('/').pop().padEnd(12)} frame ${med(a[0]).toFixed(1)}/${p95(a[0]).toFixed(1)} script ${med(a[1]).toFixed(1)}/${p95(a[1]).toFixed(1)} layout ${med(a[2]).toFixed(1)}`; }).join(' | '));
}
await browser.close(); for (const s of servers) await s.close();
