/**
 * The workshop server: the built course, `/live/config` and the relay on `/live/ws`, in one Node HTTP server.
 * No internet needed: everything it serves is on the trainer's laptop.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { createRelay } from './relay.ts';
import { createStaticHandler } from './static-files.ts';
import { openStore, WorkshopStartError } from './journal.ts';

export interface WorkshopOptions {
  /** Where to listen: 0.0.0.0 for the room's Wi-Fi (the default of `npm run workshop`), 127.0.0.1 in tests. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  distDir: string;
  dataDir: string;
  /** The address phones use, e.g. http://192.168.1.20:4000; worked out from the network when not given. */
  publicUrl?: string;
  /** Who may start a room; by default the laptop itself (loopback or one of its own addresses). */
  mayCreate?: (address: string) => boolean;
  /** Who may add participants past the per-address limit; by default the laptop itself. */
  unlimitedJoins?: (address: string) => boolean;
  log?: (line: string) => void;
  /** The relay's clock (rate limits, lockouts); Date.now unless a test passes a fake one. */
  now?: () => number;
}

const plain = (address: string) => address.replace(/^::ffff:/, '');

/** The laptop's own addresses: loopback and every interface. */
export function ownAddresses(): Set<string> {
  const own = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) own.add(entry.address);
  return own;
}

/** The address a phone on the same Wi-Fi can reach: the first external IPv4 address, else localhost. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return 'localhost';
}

export async function startWorkshopServer(options: WorkshopOptions) {
  const log = options.log ?? (() => {});
  // The data folder is taken (locked) before anything is read, written or listened on.
  const store = openStore(options.dataDir);
  if (store.damaged) {
    log(
      `${store.damaged.lines.length} damaged line(s) of the journal could not be read (line ${store.damaged.lines.slice(0, 10).join(', ')}${store.damaged.lines.length > 10 ? ', …' : ''}) and were left out; the untouched original is kept at ${store.damaged.copy}`,
    );
  }
  const mayCreate =
    options.mayCreate ??
    ((address: string) => {
      const a = plain(address);
      return a.startsWith('127.') || ownAddresses().has(a);
    });
  const relay = createRelay({ store, mayCreate, ...(options.unlimitedJoins ? { unlimitedJoins: options.unlimitedJoins } : {}), log, now: options.now });
  const serveStatic = createStaticHandler(options.distDir);
  let joinBase = '';

  const server = createServer((request, response) => {
    try {
      if ((request.url ?? '').split('?')[0] === '/live/config') {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ live: true, joinUrl: `${joinBase}/join` }));
        return;
      }
      serveStatic(request, response);
    } catch (error) {
      log(`request failed: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  /**
   * Only pages served by this laptop may open the relay. The Host header must name the laptop (localhost, one of its
   * own addresses, or the public URL it prints), so a web page that rebinds its own name to the laptop's address
   * (DNS rebinding) is refused; and an Origin, when sent, must be that same host.
   */
  const hostnameOf = (host: string | undefined) => {
    try {
      return host ? new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase() : undefined;
    } catch {
      return undefined;
    }
  };
  const laptopHost = (host: string | undefined) => {
    const name = hostnameOf(host);
    if (!name) return false;
    const publicName = hostnameOf(options.publicUrl?.replace(/^\w+:\/\//, '').split('/')[0]);
    return name === 'localhost' || name === publicName || name === options.host.toLowerCase() || ownAddresses().has(name) || name.startsWith('127.');
  };
  const sameOrigin = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (!origin) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };
  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    if ((request.url ?? '').split('?')[0] !== '/live/ws' || !laptopHost(request.headers.host) || !sameOrigin(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    relay.upgrade(request, socket, head);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    relay.close();
    store.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkshopStartError(
      code === 'EADDRINUSE'
        ? `Port ${options.port} is already in use on ${options.host}: another program (or another workshop server) is listening there. Stop it, or start with --port and another number.`
        : `Cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`,
    );
  }
  const { port } = server.address() as AddressInfo;
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  const host = wildcard ? lanAddress() : options.host.includes(':') ? `[${options.host}]` : options.host;
  joinBase = (options.publicUrl ?? `http://${host}:${port}`).replace(/\/$/, '');

  return {
    port,
    /** Where the trainer opens the course on the laptop. */
    localUrl: `http://${wildcard ? 'localhost' : host}:${port}`,
    joinUrl: `${joinBase}/join`,
    store,
    async close() {
      relay.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

export type WorkshopServer = Awaited<ReturnType<typeof startWorkshopServer>>;
