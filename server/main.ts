/**
 * `npm run workshop`: serves the built course and the live relay on the trainer's laptop, and prints the
 * addresses to open. Options: --port 4000, --host 0.0.0.0, --data .tmp/workshop, --dist dist,
 * --public-url http://192.168.1.20:4000 (when phones must use another address than the one found).
 */
import { parseArgs } from 'node:util';
import { WorkshopStartError } from './journal.ts';
import { startWorkshopServer, type WorkshopServer } from './workshop-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.WORKSHOP_PORT ?? '4000' },
    host: { type: 'string', default: process.env.WORKSHOP_HOST ?? '0.0.0.0' },
    data: { type: 'string', default: process.env.WORKSHOP_DATA ?? '.tmp/workshop' },
    dist: { type: 'string', default: 'dist' },
    'public-url': { type: 'string', default: process.env.WORKSHOP_PUBLIC_URL },
    quiet: { type: 'boolean', default: false },
  },
});

const log = (line: string) => {
  if (!values.quiet) console.log(`${new Date().toTimeString().slice(0, 8)} ${line}`);
};

let server: WorkshopServer;
try {
  server = await startWorkshopServer({
    host: values.host,
    port: Number(values.port),
    distDir: values.dist,
    dataDir: values.data,
    ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
    log,
  });
} catch (error) {
  // A bad start says why and exits non-zero: never a half-started server.
  console.error(`The workshop server did not start. ${error instanceof WorkshopStartError ? error.message : String(error)}`);
  process.exit(1);
}

// Once running, a workshop in progress matters more than a clean stack trace: log anything unexpected, keep serving.
process.on('uncaughtException', (error) => console.error('workshop server: unexpected error (still running):', error));

console.log(`
Frontline live workshop is running (no internet needed).
  On this laptop, open:  ${server.localUrl}/  → a lesson → "Open presenter view" → "Start live session"
  Phones join at:        ${server.joinUrl}
  Sessions are saved in ${values.data}/ and resume after a restart. Stop with Ctrl+C.
`);
// Machine-readable line for scripts and tests that start the server on port 0.
if (values.quiet) console.log(`listening ${server.port}`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
