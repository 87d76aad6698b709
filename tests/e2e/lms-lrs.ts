// A small stand-in cmi5 LMS and LRS for the browser tests, on 127.0.0.1 and free ports: one server for the
// unzipped course, another (so every call is cross-origin, as with a real LMS) for the LMS's launch pieces and
// its LRS. It answers what the cmi5 client and the course use, and records every request:
//   POST /fetch/<n>                one-time auth token (a second call answers error-code 1, as cmi5 8.2.3 says)
//   GET  /xapi/activities/state    LMS.LaunchData (context template with this launch's session id) and the
//   PUT  /xapi/activities/state    course's own state documents
//   GET  /xapi/agents/profile      no learner preferences (404)
//   POST /xapi/statements          one statement or a list; PUT ?statementId= for one
//   GET  /return                   the LMS page LMS.LaunchData's returnURL names
// Statements are stored once per id, as an LRS does; `received` keeps every copy that arrived. Requests with a
// token the LMS did not issue are refused. As strict as the specifications allow, a statements request (a batch is
// taken whole or not at all) is refused when a statement's id is not an RFC 4122 version 4 UUID, when it names
// another session than the token's (cmi5 9.6.3.1: the session id comes from this launch's context template), or when
// it comes after that session's "terminated" (cmi5 9.3.6 / 9.3.8); answered 409 (the whole batch) when it reuses an
// id the LRS holds with other content (xAPI 1.0.3 §2.1.3). Every request is logged with its session.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { close, listen, readBody, serveFile } from './lms-host.ts';

// Loose JSON shapes: the tests read what the course sent, whatever it is.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Statement = Record<string, any> & { id: string };
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface Launch {
  url: string;
  session: string;
  token: string;
  fetchPath: string;
}

/** What an LMS may set per launch in LMS.LaunchData. */
export interface LaunchOptions {
  /** The LMS's pass mark for this launch (cmi5 10.2.4); the course's cmi5.xml says 0.8. Null: none. */
  masteryScore?: number | null;
  /** Where the AU sends the learner when it exits (LMS.LaunchData returnURL); by default this LMS's /return page. */
  returnURL?: string | null;
}

export interface Lrs {
  courseUrl: string;
  lrsUrl: string;
  registration: string;
  activityId: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  /** Every statement that arrived, in arrival order, with the session its token belongs to. */
  received: { statement: Statement; session: string }[];
  /** Statements as stored: one per id. */
  stored: Map<string, Statement>;
  /** fetch URL calls, by fetch path: how many, and how many got a token. */
  fetches: Map<string, { calls: number; tokens: number }>;
  /** State documents by stateId (this registration and activity only). */
  state: Map<string, string>;
  /** Requests refused (bad token, bad body, statements the LMS rejects), as "<method> <path>: <reason>". */
  refused: string[];
  /** Statements requests answered 409 Conflict: an id the LRS holds, with other content. */
  conflicts: string[];
  /** Every request with a token, in arrival order: its session, method and path. */
  requests: { session: string; method: string; path: string }[];
  /** Sessions whose "terminated" is stored. */
  terminated: Set<string>;
  /** The LMS page the launch's returnURL names. */
  returnUrl: string;
  /** The next statements request is stored but its answer is lost (the connection drops), once. */
  loseNextAnswer(): void;
  /** Starts a new launch: a new session, fetch URL and token, and LMS.LaunchData naming the session. */
  launch(options?: LaunchOptions): Launch;
  stop(): Promise<void>;
}

const PUBLISHER_ID = 'https://frontline.example/xapi/course';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export async function startLrs(courseDir: string): Promise<Lrs> {
  const registration = randomUUID();
  const activityId = `https://lms.example/activities/${randomUUID()}`;
  const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'learner-1625378' } };
  const received: Lrs['received'] = [];
  const stored = new Map<string, Statement>();
  const fetches: Lrs['fetches'] = new Map();
  const state = new Map<string, string>();
  const refused: string[] = [];
  const requests: Lrs['requests'] = [];
  const conflicts: string[] = [];
  const terminated = new Set<string>();
  /** session id → its LMS.LaunchData options */
  const launchOptions = new Map<string, LaunchOptions>();
  /** token → session id */
  const tokens = new Map<string, string>();
  const pendingTokens = new Map<string, { token: string; session: string }>();
  let loseAnswer = false;
  let launches = 0;

  const course = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    serveFile(res, path.join(courseDir, decodeURIComponent(url.pathname.slice(1)) || 'index.html'));
  });
  const courseUrl = await listen(course);

  const cors = {
    'Access-Control-Allow-Origin': courseUrl,
    'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Expose-Headers': 'ETag, X-Experience-API-Version',
    'Access-Control-Max-Age': '600',
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { ...cors, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const empty = (res: ServerResponse, status: number) => {
    res.writeHead(status, { ...cors, 'X-Experience-API-Version': '1.0.3' });
    res.end();
  };
  let lrsUrl = '';
  /** LMS.LaunchData for the session a token belongs to. */
  const launchData = (session: string) => {
    const options = launchOptions.get(session) ?? {};
    const masteryScore = options.masteryScore === undefined ? 0.8 : options.masteryScore;
    const returnURL = options.returnURL === undefined ? `${lrsUrl}/return` : options.returnURL;
    return {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
        extensions: { [SESSION_ID]: session },
      },
      launchMode: 'Normal',
      launchMethod: 'AnyWindow',
      moveOn: 'CompletedAndPassed',
      ...(masteryScore === null ? {} : { masteryScore }),
      ...(returnURL === null ? {} : { returnURL }),
    };
  };
  const sessionOf = (req: IncomingMessage) => tokens.get((req.headers.authorization ?? '').replace(/^Basic /, ''));

  const lrs = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const where = `${req.method} ${url.pathname}`;
    if (req.method === 'OPTIONS') return empty(res, 204);
    if (url.pathname.startsWith('/fetch/')) {
      const entry = fetches.get(url.pathname) ?? { calls: 0, tokens: 0 };
      fetches.set(url.pathname, entry);
      entry.calls += 1;
      const pending = pendingTokens.get(url.pathname);
      if (req.method !== 'POST') return json(res, 405, { 'error-code': '3', 'error-text': 'POST only' });
      if (!pending) return json(res, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      pendingTokens.delete(url.pathname);
      tokens.set(pending.token, pending.session);
      entry.tokens += 1;
      return json(res, 200, { 'auth-token': pending.token });
    }
    if (url.pathname === '/return' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title></head><body><h1>Back in the LMS</h1></body></html>');
    }
    if (!url.pathname.startsWith('/xapi/')) return empty(res, 404);
    const session = sessionOf(req);
    if (!session) {
      refused.push(`${where}: no valid token`);
      return json(res, 401, { error: 'unknown token' });
    }
    requests.push({ session, method: req.method ?? '', path: url.pathname });
    if (req.headers['x-experience-api-version'] === undefined) {
      refused.push(`${where}: no X-Experience-API-Version`);
      return json(res, 400, { error: 'X-Experience-API-Version header missing' });
    }
    const body = req.method === 'PUT' || req.method === 'POST' ? await readBody(req) : '';

    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const mine = url.searchParams.get('registration') === registration && url.searchParams.get('activityId') === activityId;
      if (!mine) {
        refused.push(`${where}: another registration or activity`);
        return json(res, 400, { error: 'registration or activityId' });
      }
      if (req.method === 'GET') {
        if (stateId === 'LMS.LaunchData') return json(res, 200, launchData(session));
        const doc = state.get(stateId);
        if (doc === undefined) return empty(res, 404);
        res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
        return res.end(doc);
      }
      if (req.method === 'PUT' || req.method === 'POST') {
        if (stateId === 'LMS.LaunchData') {
          refused.push(`${where}: the AU may not write LMS.LaunchData`);
          return empty(res, 403);
        }
        try {
          JSON.parse(body);
        } catch {
          refused.push(`${where}: not JSON`);
          return empty(res, 400);
        }
        state.set(stateId, body);
        return empty(res, 204);
      }
    }
    if (url.pathname === '/xapi/agents/profile') return empty(res, 404);
    if (url.pathname === '/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
      let list: Statement[];
      try {
        const parsed = JSON.parse(body) as Statement | Statement[];
        list = Array.isArray(parsed) ? parsed : [parsed];
        if (req.method === 'PUT') list[0]!.id ??= url.searchParams.get('statementId') ?? '';
      } catch {
        refused.push(`${where}: not JSON`);
        return empty(res, 400);
      }
      // A batch is stored whole or not at all: any statement this LMS rejects refuses the request.
      let ended = terminated.has(session);
      for (const statement of list) {
        const verb = String(statement.verb?.id ?? '').split('/').at(-1);
        const reason = !UUID_V4.test(String(statement.id ?? ''))
          ? `statement id ${String(statement.id)} is not an RFC 4122 version 4 UUID`
          : statement.context?.extensions?.[SESSION_ID] !== session
            ? `statement ${statement.id} (${verb}) names session ${String(statement.context?.extensions?.[SESSION_ID])}, not this launch's ${session}`
            : ended && !stored.has(statement.id)
              ? `statement ${statement.id} (${verb}) comes after the session's "terminated"`
              : undefined;
        if (reason) {
          refused.push(`${where}: ${reason}`);
          res.writeHead(reason.includes('version 4') ? 400 : 403, { ...cors, 'Content-Type': 'text/plain', 'X-Experience-API-Version': '1.0.3' });
          return res.end(reason);
        }
        if (verb === 'terminated') ended = true;
      }
      const conflict = list.find((statement) => stored.has(statement.id) && JSON.stringify(stored.get(statement.id)) !== JSON.stringify(statement));
      if (conflict) {
        conflicts.push(`${where}: ${conflict.id} is stored with other content`);
        return json(res, 409, { error: `statement ${conflict.id} exists with other content` });
      }
      for (const statement of list) {
        received.push({ statement, session });
        if (!stored.has(statement.id)) stored.set(statement.id, statement);
        if (String(statement.verb?.id ?? '').endsWith('/terminated')) terminated.add(session);
      }
      if (loseAnswer) {
        // Stored, but the answer never reaches the course: it must send these again, and they must count once.
        loseAnswer = false;
        req.socket.destroy();
        return;
      }
      return req.method === 'PUT' ? empty(res, 204) : json(res, 200, list.map((s) => s.id));
    }
    refused.push(`${where}: not handled`);
    return empty(res, 404);
  });
  lrsUrl = await listen(lrs);

  return {
    courseUrl,
    lrsUrl,
    registration,
    activityId,
    actor,
    received,
    stored,
    fetches,
    state,
    refused,
    requests,
    conflicts,
    terminated,
    returnUrl: `${lrsUrl}/return`,
    loseNextAnswer: () => {
      loseAnswer = true;
    },
    launch(options = {}) {
      launches += 1;
      const session = randomUUID();
      launchOptions.set(session, options);
      const token = Buffer.from(`session-${launches}:${randomUUID()}`).toString('base64');
      const fetchPath = `/fetch/${launches}-${randomUUID()}`;
      pendingTokens.set(fetchPath, { token, session });
      const query = new URLSearchParams({
        endpoint: `${lrsUrl}/xapi/`,
        fetch: `${lrsUrl}${fetchPath}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { url: `${courseUrl}/index.html?${query}`, session, token, fetchPath };
    },
    stop: async () => {
      await Promise.all([close(course), close(lrs)]);
    },
  };
}
