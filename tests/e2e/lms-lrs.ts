// A small stand-in cmi5 LMS and LRS for the browser tests, on 127.0.0.1 and free ports: one server for the
// unzipped course, another (so every call is cross-origin, as with a real LMS) for the LMS's launch pieces and
// its LRS. It answers what the cmi5 client and the course use, and records every request:
//   POST /fetch/<n>                one-time auth token (a second call answers error-code 1, as cmi5 8.2.3 says)
//   GET  /xapi/activities/state    LMS.LaunchData (context template with this launch's session id) and the
//   PUT  /xapi/activities/state    course's own state documents
//   GET  /xapi/agents/profile      no learner preferences (404)
//   POST /xapi/statements          one statement or a list; PUT ?statementId= for one
// Statements are stored once per id, as an LRS does; `received` keeps every copy that arrived. Requests with a
// token the LMS did not issue are refused.
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
  /** Requests refused (bad token, bad body), as "<method> <path>: <reason>". */
  refused: string[];
  /** The next statements request is stored but its answer is lost (the connection drops), once. */
  loseNextAnswer(): void;
  /** Starts a new launch: a new session, fetch URL and token, and LMS.LaunchData naming the session. */
  launch(): Launch;
  stop(): Promise<void>;
}

const PUBLISHER_ID = 'https://frontline.example/xapi/course';

export async function startLrs(courseDir: string): Promise<Lrs> {
  const registration = randomUUID();
  const activityId = `https://lms.example/activities/${randomUUID()}`;
  const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'learner-1625378' } };
  const received: Lrs['received'] = [];
  const stored = new Map<string, Statement>();
  const fetches: Lrs['fetches'] = new Map();
  const state = new Map<string, string>();
  const refused: string[] = [];
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
  let currentSession = '';
  const launchData = () => ({
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': currentSession },
    },
    launchMode: 'Normal',
    launchMethod: 'AnyWindow',
    moveOn: 'CompletedAndPassed',
    masteryScore: 0.8,
  });
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
    if (!url.pathname.startsWith('/xapi/')) return empty(res, 404);
    const session = sessionOf(req);
    if (!session) {
      refused.push(`${where}: no valid token`);
      return json(res, 401, { error: 'unknown token' });
    }
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
        if (stateId === 'LMS.LaunchData') return json(res, 200, launchData());
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
      for (const statement of list) {
        received.push({ statement, session });
        if (!stored.has(statement.id)) stored.set(statement.id, statement);
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
  const lrsUrl = await listen(lrs);

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
    loseNextAnswer: () => {
      loseAnswer = true;
    },
    launch() {
      launches += 1;
      currentSession = randomUUID();
      const token = Buffer.from(`session-${launches}:${randomUUID()}`).toString('base64');
      const fetchPath = `/fetch/${launches}-${randomUUID()}`;
      pendingTokens.set(fetchPath, { token, session: currentSession });
      const query = new URLSearchParams({
        endpoint: `${lrsUrl}/xapi/`,
        fetch: `${lrsUrl}${fetchPath}`,
        actor: JSON.stringify(actor),
        registration,
        activityId,
      });
      return { url: `${courseUrl}/index.html?${query}`, session: currentSession, token, fetchPath };
    },
    stop: async () => {
      await Promise.all([close(course), close(lrs)]);
    },
  };
}
