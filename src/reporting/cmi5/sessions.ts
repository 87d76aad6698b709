/**
 * cmi5 sessions and the statements that outlive them. A statement is made in one session (its context names the
 * session id, from that launch's context template), but it may still be waiting in the outbox when that session
 * ends: the page closed offline, or with more than a closing page may send. The LMS rejects statements of a session
 * after its "terminated" (cmi5 9.3.6, 9.3.8), so what an earlier session left is sent in the current one, as the
 * current one's: its context re-stamped with this launch's context template (session id, context activities) and
 * registration, everything else — the id, the timestamp (when it happened), the result — kept. An earlier session's
 * own "initialized" and "terminated" are left out (they open and close a session that is over; this one has its own).
 * Whenever an earlier session's statement goes, this session's "initialized" goes before it (cmi5 9.3.2).
 *
 * Applied to each batch as it is sent (the outbox keeps what was queued as it was; every launch re-stamps for itself).
 */
import type { QueuedStatement } from './outbox.ts';

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const VERB = 'http://adlnet.gov/expapi/verbs/';
/** Verbs only a launch in "Normal" mode may send (cmi5 10.2.2). */
const NORMAL_ONLY = ['completed', 'passed', 'failed'];

/** What a launch's statements carry: its registration and its context template (LMS.LaunchData). */
export interface ThisSession {
  registration: string;
  contextTemplate: Record<string, unknown>;
  /** The launch mode is "Normal" (else completed / passed / failed may not be sent in it). */
  normal: boolean;
}

type Activity = { id?: unknown } & Record<string, unknown>;
interface Context {
  registration?: string;
  contextActivities?: Record<string, Activity | Activity[]>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

const contextOf = (statement: QueuedStatement): Context => (statement.context as Context | undefined) ?? {};

/** The session a statement was made in (its context's cmi5 session id). */
export function sessionOf(statement: QueuedStatement): string | undefined {
  const id = contextOf(statement).extensions?.[SESSION_ID];
  return typeof id === 'string' ? id : undefined;
}

/** The last part of a statement's verb id: `initialized`, `answered`… */
export function verbOf(statement: QueuedStatement): string {
  const id = (statement.verb as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.startsWith(VERB) ? id.slice(VERB.length) : String(id ?? '');
}

/** The session id this launch's context template names. */
export function sessionIdOf(session: ThisSession): string | undefined {
  const id = (session.contextTemplate.extensions as Record<string, unknown> | undefined)?.[SESSION_ID];
  return typeof id === 'string' ? id : undefined;
}

const list = (value: Activity | Activity[] | undefined): Activity[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** An earlier session's statement as this session's: its context re-stamped, everything else kept. */
export function restamp(statement: QueuedStatement, session: ThisSession): QueuedStatement {
  const { contextActivities: templateActivities, extensions: templateExtensions, ...template } = session.contextTemplate as Context;
  const context = contextOf(statement);
  const activities: Record<string, Activity[]> = Object.fromEntries(Object.entries(context.contextActivities ?? {}).map(([key, value]) => [key, list(value)]));
  // The template's context activities (the AU's publisher id as grouping) first; the statement's own (its cmi5 and
  // moveOn categories) kept beside them.
  for (const [key, value] of Object.entries(templateActivities ?? {})) {
    const theirs = list(value);
    activities[key] = [...theirs, ...(activities[key] ?? []).filter((own) => !theirs.some((t) => t.id === own.id))];
  }
  return {
    ...statement,
    context: {
      ...context,
      ...template,
      registration: session.registration,
      contextActivities: activities,
      extensions: { ...context.extensions, ...templateExtensions },
    },
  };
}

/**
 * What earlier sessions left in the outbox, as the defined statements a new session takes over (its first batch):
 * the verbs they use up in it, and those it must leave out because one session may not hold them all (cmi5 9.3:
 * completed once, at most one of passed / failed). Happens only when two sessions in a row ended with statements
 * unsent: a pass wins over a fail (the pass is what the LMS must hear), the first of each is kept.
 */
export function carriedOver(pending: readonly QueuedStatement[]): { verbs: string[]; drop: Set<string> } {
  const defined = pending.filter((statement) => NORMAL_ONLY.includes(verbOf(statement)));
  const passed = defined.some((statement) => verbOf(statement) === 'passed');
  const verbs: string[] = [];
  const drop = new Set<string>();
  for (const statement of defined) {
    const verb = verbOf(statement);
    if (verbs.includes(verb) || (verb === 'failed' && passed)) drop.add(statement.id);
    else verbs.push(verb);
  }
  return { verbs, drop };
}

export interface SessionBatch {
  /** What to post, in order. */
  body: QueuedStatement[];
  /**
   * This session's "initialized", still waiting in the queue behind this batch, when the batch carries an earlier
   * session's statements: to be posted on its own just before it (a batch is taken whole or refused whole, so it is
   * not mixed into one it was not queued with; sent twice, it is stored once, by its id).
   */
  ahead?: QueuedStatement;
  /** Earlier sessions' statements that may not be sent in this one (completed / passed / failed outside "Normal"). */
  withheld: QueuedStatement[];
}

/**
 * A batch from the outbox as this session sends it: its own statements as they are, earlier sessions' re-stamped
 * (without their initialized / terminated), and this session's "initialized" ahead of any of those while it is still
 * unsent (`pending`: the outbox's queue, where it waits when it is not in this batch). `drop`: ids `carriedOver`
 * leaves out.
 */
export function forThisSession(
  batch: readonly QueuedStatement[],
  session: ThisSession,
  pending: readonly QueuedStatement[] = [],
  drop: ReadonlySet<string> = new Set(),
): SessionBatch {
  const id = sessionIdOf(session);
  const body: QueuedStatement[] = [];
  const withheld: QueuedStatement[] = [];
  let carried = false;
  for (const statement of batch) {
    if (id === undefined || sessionOf(statement) === id) {
      body.push(statement);
    } else if (verbOf(statement) === 'initialized' || verbOf(statement) === 'terminated' || drop.has(statement.id)) {
      continue;
    } else if (!session.normal && NORMAL_ONLY.includes(verbOf(statement))) {
      withheld.push(statement);
    } else {
      body.push(restamp(statement, session));
      carried = true;
    }
  }
  if (carried) {
    const isOurs = (statement: QueuedStatement) => verbOf(statement) === 'initialized' && sessionOf(statement) === id;
    const at = body.findIndex(isOurs);
    if (at > 0) body.unshift(...body.splice(at, 1));
    // Not in this batch and not sent yet: it goes just before it.
    const ahead = at < 0 ? pending.find(isOurs) : undefined;
    if (ahead) return { body, withheld, ahead };
  }
  return { body, withheld };
}
