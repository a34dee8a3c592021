import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { startStaticServer } from './lib/static-server';
import { REPO_ROOT } from './lib/paths';
import { benchInstrumentation, longPageHtml } from './bench-page';
const demo = readFileSync(resolve(REPO_ROOT, 'demo/index.html'), 'utf8');
const label = process.argv[2] ?? 'article';
const html = label === 'long' ? benchInstrumentation(longPageHtml(demo, 10)) : benchInstrumentation(demo);
const server = await startStaticServer([resolve(REPO_ROOT, 'demo')], [(req, res) => { if (!req.url?.startsWith('/p.html')) return false; res.writeHead(200, { 'content-type': 'text/html' }); res.end(html); return true; }]);
const eb = await launchWithExtension();
const page = await eb.context.newPage();
await page.goto(server.url('/p.html'));
await page.waitForFunction(() => (window as any).__slBench.settled(), undefined, { timeout: 30000 });
const cdp = await eb.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const agg = new Map<string, number>();
for (let k = 0; k < 5; k++) {
  await cdp.send('Profiler.start');
  await page.reload();
  await page.waitForFunction(() => (window as any).__slBench.settled(), undefined, { timeout: 30000 });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const cf = n.callFrame;
    if (!cf.url.startsWith('chrome-extension')) { if (!['(idle)','(program)','(garbage collector)'].includes(cf.functionName)) continue; }
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000 / 5);
  }
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
console.log(rows.slice(0, 40).map(([k, v]) => `${v.toFixed(2)} ${k}`).join('\n'));
await eb.close(); await server.close();
