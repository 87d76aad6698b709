/**
 * cmi5 through @xapi/cmi5: the library reads the launch, fetches the auth token (once: the fetch URL works a
 * single time, so the token is kept in this tab's session storage for reloads), reads LMS.LaunchData and
 * builds the cmi5 defined statements with their context. Every statement then goes through this course's
 * outbox instead of straight to the network: it gets an id derived from what it reports (so a retry or a
 * reload never counts an answer, a completion or a pass twice), waits in IndexedDB while offline, and leaves
 * with `keepalive` when the page closes.
 *
 * One AU for the whole course (see docs/lms.md): moveOn CompletedAndPassed, mastery score 0.8. "Completed"
 * once every lesson is complete, "Passed" / "Failed" from the final assessment, each at most as often as cmi5
 * allows (9.3: per session no verb twice and only one of passed/failed; per registration one completed, one
 * passed, no failed after passed; what a session may not send waits for the next one); "experienced" per
 * lesson and "answered" per question are cmi5 allowed statements beside them.
 *
 * The pass mark is the launch's `masteryScore` (LMS.LaunchData) where it gives one: the course rules judge the final
 * assessment by it (progress/course-rules.ts), so passed / failed, `result.success` and the results page agree with
 * the mark the statement carries. Each carries its own attempt's score.
 *
 * Sessions: "Initialized" is the first statement of a launch and "Terminated" the last, sent when the page goes or
 * when the learner chooses "Exit course" (then the launch's `returnURL` is where they go). What is still waiting in
 * the outbox goes first, in the same request where it fits. A reload the course can see coming (F5, Ctrl/Cmd+R, or
 * a reload the page starts) keeps the session open: the reloaded page carries on with the same token and sends no
 * second "Initialized". After a "Terminated" (the page was left, or reloaded from the browser's own button, which a
 * page cannot tell from closing) the session is over, as cmi5 says: the page sends nothing more with its token (no
 * statements, no state), says "reopen the course from your LMS", and keeps progress in this browser. Statements an
 * ended session could not send go at the next launch, as that session's (sessions.ts).
 */
import Cmi5, { type SendStatementOptions } from '@xapi/cmi5';
import type { CourseStatus } from '../course-status.ts';
import { getLesson } from '../../content/course.ts';
import { attemptPassed, FINAL_ASSESSMENT_ID } from '../../progress/course-rules.ts';
import type { AttemptRecord } from '../../progress/types.ts';
import { rulesFor } from '../../engine/index.ts';
import { answeredQuestions, formatInteraction2004 } from '../interactions.ts';
import type { LmsAdapter } from '../session.ts';
import { markSessionEnded, type ExitTarget } from '../lms-launch.ts';
import { createOutbox, statementId, type Outbox, type QueuedStatement } from './outbox.ts';
import { carriedOver, forThisSession, verbOf } from './sessions.ts';

const VERSION_HEADER = { 'X-Experience-API-Version': '1.0.3' };
const STATE_ID = 'https://frontline.example/xapi/state/progress';
const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
};


interface SavedSession {
  authToken: string;
  initializedDate: string;
  /** A Terminated statement was sent: this session is over, and a reload sends no statements in it. */
  terminated?: boolean;
  /** Defined verbs already sent in this session (a session uses each once, and only one of passed/failed). */
  verbs?: string[];
  /** LMS.LaunchData's returnURL and masteryScore, for a page reloaded after the session ended (it asks the LMS nothing). */
  returnURL?: string;
  masteryScore?: number;
}

interface StateDocument {
  progress?: string;
  /** Statements already sent in this registration: completed and passed (cmi5 allows each once), lessons experienced. */
  sent?: { completed?: boolean; passed?: boolean; experienced?: string[] };
}

/** How long after F5 / Ctrl+R a pagehide is taken for that reload (a "Leave page?" question may come between). */
const RELOAD_KEY_WINDOW_MS = 60_000;

type Statement = QueuedStatement & { context?: Record<string, unknown> };

/** The library's client, with every statement routed through the outbox. */
class OutboxCmi5 extends Cmi5 {
  nextKey: string | undefined;
  outbox: Outbox | undefined;
  /** The page is going: statements leave with `keepalive`. */
  closing = false;

  override async sendXapiStatement(statement: never, options?: SendStatementOptions): ReturnType<Cmi5['sendXapiStatement']> {
    const built = (options?.transform ? options.transform(statement) : statement) as unknown as Statement;
    const key = this.nextKey;
    this.nextKey = undefined;
    const final: Statement = { ...built, id: key ? await statementId(`${this.getLaunchParameters().registration}|${key}`) : built.id };
    // Queued at once (written to IndexedDB in the background) so that a send started by pagehide includes it.
    void this.outbox!.add(final);
    void this.outbox!.flush({ keepalive: this.closing });
    return { data: [final.id] } as unknown as Awaited<ReturnType<Cmi5['sendXapiStatement']>>;
  }
}

const joinUrl = (endpoint: string, path: string) => `${endpoint.replace(/\/?$/, '/')}${path}`;

export async function createCmi5Adapter(target: Window = window): Promise<LmsAdapter | undefined> {
  if (!Cmi5.isCmiAvailable) return undefined;
  const cmi5 = new OutboxCmi5();
  const params = cmi5.getLaunchParameters();
  // One launch, one session: the fetch URL is unique to it (a later launch in this tab is a new session).
  const sessionKey = `frontline-cmi5:${params.fetch}`;
  const readSaved = (): SavedSession | undefined => {
    try {
      return JSON.parse(target.sessionStorage.getItem(sessionKey) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  };
  const writeSaved = (value: SavedSession) => {
    try {
      target.sessionStorage.setItem(sessionKey, JSON.stringify(value));
    } catch {
      // without session storage a reload asks the LMS for a new token, which it refuses: the course then runs alone
    }
  };

  const saved = readSaved();
  // Reloaded after its session ended: nothing may be sent with that session's token (cmi5 8.2, 9.3.8).
  if (saved?.terminated) return endedSession(saved);

  // The library holds the token from the moment it has it (its own Initialized statement is sent through here).
  const authorization = () => ({ ...VERSION_HEADER, Authorization: `Basic ${cmi5.getAuthToken() ?? ''}` });
  const headers = () => ({ ...authorization(), 'Content-Type': 'application/json' });
  /** Completed / passed an earlier session could not send and this one may not (not launched in Normal mode). */
  const withheld = new Set<string>();
  /** What earlier sessions left to send goes in this one (set once the outbox is read, below). */
  let carried: ReturnType<typeof carriedOver> = { verbs: [], drop: new Set() };
  cmi5.outbox = await createOutbox(params.registration, async (queued, keepalive) => {
    const launch = cmi5.getLaunchData();
    if (!launch) throw new Error('not launched yet');
    // Earlier sessions' statements go as this session's (sessions.ts).
    const batch = forThisSession(
      queued,
      { registration: params.registration, contextTemplate: launch.contextTemplate as unknown as Record<string, unknown>, normal: launch.launchMode === 'Normal' },
      cmi5.outbox?.pending(),
      carried.drop,
    );
    for (const statement of batch.withheld) withheld.add(verbOf(statement));
    const post = (statements: QueuedStatement[]) =>
      fetch(joinUrl(params.endpoint, 'statements'), { method: 'POST', headers: headers(), body: JSON.stringify(statements), keepalive });
    if (batch.ahead) {
      // This session's "initialized" first, on its own (it is still queued, so it is sent again later: stored once).
      const first = await post([batch.ahead]);
      if (!first.ok && first.status !== 409) return { status: first.status >= 500 ? first.status : 503, reason: 'this session’s “initialized” was not taken' };
    }
    if (batch.body.length === 0) return 204;
    const response = await post(batch.body);
    // What the LRS said about a refusal, kept with the refused statement (a closing page's answer is not read).
    const reason = response.status >= 400 && !keepalive ? await response.text().catch(() => '') : '';
    return { status: response.status, reason: reason.slice(0, 500) };
  });

  // What earlier sessions left to send goes in this one: their completed / passed / failed count as this session's.
  // (A reload of this session has them in its saved verbs already.)
  if (!saved) carried = carriedOver(cmi5.outbox.pending());
  try {
    if (saved) await cmi5.initialize({ authToken: saved.authToken, initializedDate: new Date(saved.initializedDate) });
    else await cmi5.initialize();
  } catch (error) {
    console.error('Frontline: the cmi5 launch failed; the course runs without reporting.', error);
    return undefined;
  }
  const token = cmi5.getAuthToken();
  const launchData = cmi5.getLaunchData();
  const normal = launchData.launchMode === 'Normal';
  const started = saved ? new Date(saved.initializedDate) : (cmi5.getInitializedDate() ?? new Date());
  /** Terminated was sent: statements may no longer be sent in this session. */
  let ended = false;
  /** Terminated is on its way: a reload from now on is a page of an ended session. */
  let closing = false;
  const verbs = new Set(saved?.verbs ?? (saved ? [] : ['initialized', ...(normal ? carried.verbs : [])]));
  // The LMS's mark for this launch (cmi5 10.2.4): the course rules judge the final assessment by it.
  const mastery = launchData.masteryScore as unknown;
  const masteryScore = typeof mastery === 'number' || (typeof mastery === 'string' && mastery.trim() !== '') ? Number(mastery) : undefined;
  const returnURL = typeof launchData.returnURL === 'string' && launchData.returnURL ? launchData.returnURL : undefined;
  const session = (terminated = closing || ended): SavedSession => ({
    authToken: token,
    initializedDate: started.toISOString(),
    ...(terminated ? { terminated: true } : {}),
    verbs: [...verbs],
    ...(returnURL ? { returnURL } : {}),
    ...(masteryScore !== undefined ? { masteryScore } : {}),
  });
  const remember = () => writeSaved(session());
  remember();
  const exitTarget = (): ExitTarget => (returnURL ? { returnUrl: returnURL } : {});

  // A reload the page can see coming keeps the session open (see the top of this file).
  let reloadAt = -Infinity;
  let reloading = false;
  target.addEventListener('keydown', (event) => {
    if (event.key === 'F5' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'r')) reloadAt = Date.now();
  });
  const navigation = (target as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    if ((event as Event & { navigationType?: string }).navigationType === 'reload') reloading = true;
  });

  const stateUrl = () => {
    const query = new URLSearchParams({
      stateId: STATE_ID,
      activityId: params.activityId,
      agent: JSON.stringify(params.actor),
      registration: params.registration,
    });
    return joinUrl(params.endpoint, `activities/state?${query}`);
  };
  let state: StateDocument = {};
  try {
    const response = await fetch(stateUrl(), { headers: authorization() });
    if (response.ok) state = (await response.json()) as StateDocument;
  } catch {
    // no saved state: a first launch, or the LRS is unreachable (the browser's own copy is still there)
  }
  // What a launch not in Normal mode had to leave out of an earlier session's queue (completed, passed) is marked as
  // not sent in the state document, so the next Normal launch sends it afresh.
  const reopenWithheld = () => {
    if (withheld.size === 0) return;
    const sent = { ...state.sent };
    if (withheld.has('completed')) delete sent.completed;
    if (withheld.has('passed')) delete sent.passed;
    withheld.clear();
    state = { ...state, sent };
  };
  reopenWithheld();
  let pendingState: string | undefined;
  /** Saves the state document (not once the session has ended: its token is over); resolves when answered. */
  const putState = (keepalive = false): Promise<void> => {
    reopenWithheld();
    const body = JSON.stringify(state);
    if (ended || body === pendingState) return Promise.resolve();
    pendingState = body;
    return fetch(stateUrl(), { method: 'PUT', headers: headers(), body, keepalive }).then(
      () => undefined,
      () => {
        pendingState = undefined;
      },
    );
  };

  const send = async (key: string, statement: () => Promise<unknown>) => {
    if (ended) return;
    cmi5.nextKey = key;
    try {
      await statement();
    } catch (error) {
      cmi5.nextKey = undefined;
      console.error('Frontline: a cmi5 statement was not sent.', error);
    }
  };
  target.addEventListener('online', () => {
    if (ended) return;
    void putState();
    void cmi5.outbox!.flush();
  });
  void cmi5.outbox.flush();

  const activity = (path: string, name: string, type: string) => ({
    objectType: 'Activity',
    id: `${params.activityId}/${path}`,
    definition: { name: { 'en-US': name }, type },
  });

  /**
   * The cmi5 defined statements the course status calls for and the rules still allow: completed once per
   * registration; passed once per registration, not in a session that already failed (it waits for the next);
   * failed for a final attempt that fell short, once per session and never after passed. Passed and failed are
   * judged by the mark that applies (the launch's masteryScore where it gave one: course-rules.ts) and carry the
   * attempt's own score: the one just finished (`finished`), or, for a pass an earlier session could not send, the
   * best (a passing attempt's, since any pass means the best passes too).
   */
  const settle = async (status: CourseStatus, finished?: AttemptRecord) => {
    if (!normal || ended) return;
    const sent = { ...state.sent };
    if (status.completed && !sent.completed && !verbs.has('completed')) {
      verbs.add('completed');
      await send('completed', () => cmi5.complete());
      sent.completed = true;
    }
    const scoreOf = (percent: number) => ({ scaled: percent / 100, raw: percent, min: 0, max: 100 });
    if (status.success !== 'unknown' && !sent.passed && !verbs.has('passed') && !verbs.has('failed')) {
      const own = finished?.score ? finished.score.percent : undefined;
      if (status.success === 'passed') {
        const percent = own !== undefined && attemptPassed(finished!) ? own : status.score;
        if (percent !== undefined) {
          verbs.add('passed');
          await send('passed', () => cmi5.pass(scoreOf(percent)));
          sent.passed = true;
        }
      } else if (finished && own !== undefined) {
        verbs.add('failed');
        await send(`failed:${finished.id}`, () => cmi5.fail(scoreOf(own)));
      }
    }
    remember();
    if (JSON.stringify(sent) !== JSON.stringify(state.sent ?? {})) {
      state = { ...state, sent };
      void putState();
    }
  };

  let queue = Promise.resolve();
  const later = (job: () => Promise<void>) => {
    queue = queue.then(job, job);
    return queue;
  };
  /**
   * A completion or pass that is due outside a report (an earlier session could not send it): settled once the
   * current task is over, so that a report in the same task (the session saves, then reports) goes first, and
   * "completed" follows the last lesson's "experienced".
   */
  let settleDue: CourseStatus | undefined;
  const settleLater = (status: CourseStatus) => {
    const first = settleDue === undefined;
    settleDue = status;
    if (first) queueMicrotask(settleNow);
  };
  const settleNow = () => {
    const due = settleDue;
    settleDue = undefined;
    if (due) later(() => settle(due));
  };

  /** Terminated, the session's last statement: everything queued before it goes first (in the same request). */
  const terminate = (keepalive: boolean) => {
    cmi5.closing = keepalive;
    // From here on a reload of this page is a page of an ended session.
    closing = true;
    writeSaved({ ...session(), verbs: [...verbs, 'terminated'] });
    settleNow();
    return later(async () => {
      cmi5.nextKey = undefined;
      verbs.add('terminated');
      await cmi5.terminate();
      ended = true;
    });
  };

  return {
    limit: 1_000_000,
    async load() {
      return state.progress ?? '';
    },
    passMark: masteryScore,
    // The state document holds the whole progress: what the browser did beyond it (on a page whose session had
    // ended) is reported in this session, each statement with its own time.
    keepsEverything: true,
    save(progress, status) {
      state = { ...state, progress };
      void putState();
      // What an earlier session could not send (a pass after a fail, a session that ended early) goes now.
      if (!ended && ((status.completed && !state.sent?.completed) || (status.success === 'passed' && !state.sent?.passed))) {
        settleLater(status);
      }
    },
    report(events, quizzes, status: CourseStatus) {
      // This report settles the course status itself, after its own statements.
      settleDue = undefined;
      later(async () => {
        for (const { lessonId, completedAt } of events.lessonsCompleted) {
          const experienced = state.sent?.experienced ?? [];
          if (ended || experienced.includes(lessonId)) continue;
          state = { ...state, sent: { ...state.sent, experienced: [...experienced, lessonId] } };
          await send(`experienced:${lessonId}`, () =>
            cmi5.sendXapiStatement(
              allowedStatement(
                cmi5,
                VERBS.experienced,
                activity(`lesson/${lessonId}`, getLesson(lessonId)?.title ?? lessonId, 'http://adlnet.gov/expapi/activities/lesson'),
                undefined,
                { timestamp: completedAt },
              ) as never,
            ),
          );
        }
        for (const attempt of events.attemptsFinished) {
          const quiz = quizzes.get(attempt.quizId);
          if (!quiz) continue;
          for (const { question, response, credit } of answeredQuestions(attempt, quiz)) {
            const formatted = formatInteraction2004(question, response);
            const choices = rulesFor(question).lms.components(question);
            const object = {
              objectType: 'Activity',
              id: `${params.activityId}/quiz/${quiz.id}/question/${question.id}`,
              definition: {
                type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
                name: { 'en-US': question.prompt.slice(0, 500) },
                interactionType: formatted.type,
                ...(formatted.correct ? { correctResponsesPattern: [formatted.correct] } : {}),
                ...choices,
              },
            };
            await send(`answered:${attempt.id}:${question.id}`, () =>
              cmi5.sendXapiStatement(
                allowedStatement(cmi5, VERBS.answered, object, {
                  response: formatted.response,
                  success: credit >= 1,
                  score: { scaled: Math.round(credit * 100) / 100 },
                }, { attempt: attempt.id, timestamp: attempt.finishedAt }) as never,
              ),
            );
          }
        }
        const finals = events.attemptsFinished.filter((a) => a.quizId === FINAL_ASSESSMENT_ID && a.score);
        await settle(status, finals.at(-1));
      });
    },
    commit() {
      if (ended) return;
      void putState(true);
      void cmi5.outbox!.flush({ keepalive: true });
    },
    finish() {
      if (ended) return;
      void putState(true);
      if (reloading || Date.now() - reloadAt < RELOAD_KEY_WINDOW_MS) {
        // Reloading: the session goes on in the reloaded page, with this token.
        void cmi5.outbox!.flush({ keepalive: true });
        remember();
        return;
      }
      // What is still being reported goes first, with keepalive; then Terminated, the session's last statement.
      void terminate(true);
    },
    async exit() {
      // "Exit course": the page stays while the session closes, so each step waits for the one before: progress in
      // the state document, what is being reported, Terminated, and the outbox emptied (what cannot go now, offline,
      // goes at the next launch as that session's).
      if (ended) return exitTarget();
      await putState();
      await terminate(false);
      if (!(await cmi5.outbox!.flush())) console.warn('Frontline: some statements wait for the next launch (the LRS could not be reached).');
      return exitTarget();
    },
    resume() {
      // Back from the back/forward cache after Terminated: the session stays over (cmi5 has no way back into it).
      // The page says so and sends nothing more; the next launch reports the rest.
      return !ended;
    },
  };
}

/**
 * A page reloaded after its session ended (Terminated was sent): it asks the LMS nothing and sends nothing, since
 * that session's token is over; progress stays in this browser and the banner says to reopen the course from the
 * LMS. "Exit course" still returns to the LMS's return address.
 */
function endedSession(saved: SavedSession): LmsAdapter {
  console.info('Frontline: this cmi5 session has ended (the page was left); progress stays in this browser until the course is opened again from the LMS.');
  markSessionEnded();
  return {
    limit: 1_000_000,
    passMark: saved.masteryScore,
    load: async () => '',
    save: () => undefined,
    report: () => undefined,
    commit: () => undefined,
    finish: () => undefined,
    exit: async () => (saved.returnURL ? { returnUrl: saved.returnURL } : {}),
    resume: () => false,
  };
}

/** A cmi5 allowed statement: the launch's actor and context template (session id, parent AU), the registration. */
function allowedStatement(
  cmi5: Cmi5,
  verb: { id: string; display: Record<string, string> },
  object: Record<string, unknown>,
  result?: Record<string, unknown>,
  /** The attempt a question was answered in; when it happened (now, unless the page could not say so then). */
  extra?: { attempt?: string; timestamp?: string },
) {
  const params = cmi5.getLaunchParameters();
  const template = structuredClone(cmi5.getLaunchData().contextTemplate ?? {}) as Record<string, unknown> & { extensions?: Record<string, unknown> };
  const context: Record<string, unknown> = { ...template, registration: params.registration };
  if (extra?.attempt) context.extensions = { ...template.extensions, 'https://frontline.example/xapi/extensions/attempt': extra.attempt };
  return {
    id: crypto.randomUUID(),
    actor: params.actor,
    verb,
    object,
    ...(result ? { result } : {}),
    context,
    timestamp: extra?.timestamp ?? new Date().toISOString(),
  };
}
