import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from './helpers.ts';

/** `npm run workshop` as a trainer starts it: the real process, on 127.0.0.1, stopped after each test. */
const root = path.resolve(import.meta.dirname, '../..');
const running: ChildProcess[] = [];
let dirs: ReturnType<typeof tempDirs> | undefined;

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  dirs?.remove();
});

function workshop(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--host', '127.0.0.1', '--quiet', ...args], { cwd: root });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += String(chunk)));
  child.stderr.on('data', (chunk) => (err += String(chunk)));
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  // A start expected to fail is never awaited for `listening`: its rejection is handled here.
  listening.catch(() => undefined);
  const exited = new Promise<{ code: number | null; err: string }>((resolve) => child.once('exit', (code) => resolve({ code, err })));
  return { child, listening, exited };
}

describe('starting the workshop server', { timeout: 60_000 }, () => {
  it('a second server on the same data folder refuses, names the first, exits non-zero and leaves the journal alone', async () => {
    dirs = tempDirs();
    const first = workshop(['--port', '0', '--data', dirs.dataDir, '--dist', dirs.distDir]);
    await first.listening;
    const journal = path.join(dirs.dataDir, 'live-journal.ndjson');
    const before = readFileSync(journal, 'utf8');

    const second = workshop(['--port', '0', '--data', dirs.dataDir, '--dist', dirs.distDir]);
    const { code, err } = await second.exited;
    expect(code).toBe(1);
    expect(err).toContain(`Another workshop server (process ${first.child.pid}`);
    expect(readFileSync(journal, 'utf8')).toBe(before);
    expect(first.child.exitCode).toBeNull();
  });

  it('a port already in use stops the start with a reason and a non-zero exit', async () => {
    dirs = tempDirs();
    const first = workshop(['--port', '0', '--data', path.join(dirs.root, 'one'), '--dist', dirs.distDir]);
    const port = await first.listening;
    const second = workshop(['--port', String(port), '--data', path.join(dirs.root, 'two'), '--dist', dirs.distDir]);
    const { code, err } = await second.exited;
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`Port ${port} is already in use`));
  });
});
