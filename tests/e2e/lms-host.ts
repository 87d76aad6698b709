// A small stand-in LMS for the browser tests, on 127.0.0.1 and a free port: it serves an unzipped package, a
// host page that installs scorm-again's Scorm12API / Scorm2004API (the real SCORM runtime) with its commit URL
// pointing back here, and records every commit so a relaunch can resume from the last one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

/** Unpacked packages, removed when the test process ends (a worker may unpack one for several tests). */
const unpacked: string[] = [];
process.once('exit', () => {
  for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
});

/** The package zip, built by `npm run package` (built here once if missing, e.g. when a spec runs alone). */
export function unzipPackage(standard: Standard, zip = path.resolve(`release/frontline-${standard}.zip`)): string {
  if (!existsSync(zip)) execFileSync('node', ['scripts/package.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), `frontline-${standard}-`));
  unpacked.push(dir);
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

export function serveFile(res: ServerResponse, file: string) {
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * The host page: installs the SCORM API, restores the last commit, opens the course in an iframe or a popup.
 * `mastery` is the LMS's own pass mark for this launch, as a percent: 1.2's `cmi.student_data.mastery_score`, 2004's
 * `cmi.scaled_passing_score` (as a fraction), set before the course initializes, as an LMS sets it from its own settings.
 */
function hostPage(standard: 'scorm12' | 'scorm2004', mode: 'iframe' | 'popup', mastery: number | undefined) {
  const apiClass = standard === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
  const global = standard === 'scorm12' ? 'API' : 'API_1484_11';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${standard}.min.js"></script></head><body>
<h1>Test LMS</h1>
<script>
(async () => {
  const last = await (await fetch('/last')).json();
  const api = new ${apiClass}({ lmsCommitUrl: '/commit', autocommit: false, logLevel: 5, mastery_override: false });
  if (last) {
    api.loadFromJSON(last.cmi);
    ${standard === 'scorm12' ? "api.cmi.core.entry = 'resume';" : "api.cmi.entry = 'resume';"}
  }
  ${mastery === undefined ? '' : standard === 'scorm12' ? `api.cmi.student_data.mastery_score = '${mastery}';` : `api.cmi.scaled_passing_score = '${mastery / 100}';`}
  window.${global} = api;
  window.lmsEvents = [];
  for (const name of ${standard === 'scorm12' ? "['LMSInitialize', 'LMSCommit', 'LMSFinish']" : "['Initialize', 'Commit', 'Terminate']"}) {
    api.on(name, () => window.lmsEvents.push(name));
  }
  ${mode === 'iframe'
    ? "const frame = document.createElement('iframe'); frame.title = 'Course'; frame.src = '/course/index.html'; frame.style.width = '1200px'; frame.style.height = '900px'; document.body.append(frame);"
    : "const button = document.createElement('button'); button.textContent = 'Launch course'; button.onclick = () => window.open('/course/index.html', 'course', 'popup,width=1200,height=900'); document.body.append(button);"}
  document.body.dataset.ready = 'true';
})();
</script></body></html>`;
}

export interface ScormLms {
  url: string;
  commits: { cmi: Record<string, unknown>; raw: Record<string, unknown> }[];
  stop(): Promise<void>;
}

/** Starts the stand-in SCORM LMS for one unzipped package. */
export async function startScormLms(standard: 'scorm12' | 'scorm2004', courseDir: string): Promise<ScormLms> {
  const commits: ScormLms['commits'] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      const mastery = url.searchParams.get('mastery');
      res.end(hostPage(standard, url.searchParams.get('mode') === 'popup' ? 'popup' : 'iframe', mastery === null ? undefined : Number(mastery)));
    } else if (url.pathname.startsWith('/scorm-again/')) {
      serveFile(res, path.resolve('node_modules/scorm-again/dist', path.basename(url.pathname)));
    } else if (url.pathname.startsWith('/course/')) {
      serveFile(res, path.join(courseDir, decodeURIComponent(url.pathname.slice('/course/'.length)) || 'index.html'));
    } else if (url.pathname === '/commit' && req.method === 'POST') {
      const raw = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
      commits.push({ cmi: (raw.cmi ?? raw) as Record<string, unknown>, raw });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ result: true, errorCode: 0 }));
    } else if (url.pathname === '/last') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(commits.at(-1) ?? null));
    } else {
      res.writeHead(404).end('not found');
    }
  });
  const url = await listen(server);
  return { url, commits, stop: () => close(server) };
}
