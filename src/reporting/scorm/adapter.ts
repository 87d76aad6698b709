/**
 * SCORM 1.2 and SCORM 2004 (4th edition) as one adapter: the two differ in names and formats, not in what is
 * said. Status and score are written on every save; interactions are appended when an attempt finishes
 * (write-only in both standards, so a retake adds new ones); `cmi.exit` is `suspend` until the course is
 * both complete and passed; the session time is this launch's, set once when the page goes.
 *
 * The LMS's pass mark, where it sets one (1.2 `cmi.student_data.mastery_score`, 0–100; 2004
 * `cmi.scaled_passing_score`, used when 0–1), is the mark the course rules judge the final assessment by, so
 * `lesson_status` / `success_status` follow it. The score beside it is the best attempt's: the one status field of
 * a SCO says whether any attempt passed, and an LMS that compares score with mastery (1.2 RTE 3.4.4, 2004 RTE
 * 4.2.22) reaches the same verdict from it.
 */
import { SCORM12_LIMIT, SCORM2004_LIMIT } from '../codec.ts';
import type { CourseStatus } from '../course-status.ts';
import { answeredQuestions, formatInteraction12, formatInteraction2004, interactionId, resultOf } from '../interactions.ts';
import type { LmsAdapter } from '../session.ts';
import { findScormApi } from './find-api.ts';

interface Dialect {
  limit: number;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): void;
  terminate(): void;
  /** Initializes again after terminate (a page back from the back/forward cache); false if the LMS refuses. */
  reopen(): boolean;
  writeStatus(status: CourseStatus, set: (element: string, value: string) => void): void;
  writeExit(value: 'suspend' | 'normal'): void;
  /** The LMS's pass mark as a fraction (0–1), or undefined when it sets none. */
  passMark(): number | undefined;
  /** Leaving at the learner's request: tells a 2004 LMS to take the learner back (SCORM 1.2 has no such request). */
  writeExitRequest(value: 'suspend' | 'normal'): void;
  sessionTime(ms: number): string;
  writeInteraction(n: number, fields: InteractionFields): void;
}

interface InteractionFields {
  id: string;
  type: string;
  response: string;
  correct?: string;
  result: string;
  description: string;
  timestamp: Date;
}

const pad = (n: number, width = 2) => String(Math.floor(n)).padStart(width, '0');

/** An LMS's pass mark, read as a fraction: `value` on a scale of 0 to `max`; undefined when empty or out of range. */
export function fraction(value: string | undefined | null, max: number): number | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= max ? number / max : undefined;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS */
export function timespan12(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60)}:${pad(s % 60)}.${pad((s % 1) * 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT#H#M#S */
export function duration2004(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return `PT${Math.floor(s / 3600)}H${Math.floor((s % 3600) / 60)}M${(Math.round((s % 60) * 100) / 100).toString()}S`;
}

function scorm12(): Dialect | undefined {
  const api = findScormApi('scorm12');
  if (!api || api.LMSInitialize('') !== 'true') return undefined;
  const reopen = () => api.LMSInitialize('') === 'true';
  const set = (element: string, value: string) => api.LMSSetValue(element, value) === 'true';
  return {
    limit: SCORM12_LIMIT,
    get: (element) => api.LMSGetValue(element) ?? '',
    set,
    commit: () => void api.LMSCommit(''),
    terminate: () => void api.LMSFinish(''),
    reopen,
    writeStatus(status) {
      // One status in 1.2: passed or failed once the final assessment is taken, else completed or incomplete.
      const lessonStatus = status.success !== 'unknown' ? status.success : status.completed ? 'completed' : 'incomplete';
      set('cmi.core.lesson_status', lessonStatus);
      if (status.score !== undefined) {
        set('cmi.core.score.raw', String(status.score));
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
      }
    },
    writeExit: (value) => void set('cmi.core.exit', value === 'suspend' ? 'suspend' : ''),
    passMark: () => fraction(api.LMSGetValue('cmi.student_data.mastery_score'), 100),
    writeExitRequest: () => undefined,
    sessionTime: timespan12,
    writeInteraction(n, f) {
      const at = `cmi.interactions.${n}.`;
      set(`${at}id`, f.id.slice(0, 255));
      set(`${at}type`, f.type);
      set(`${at}time`, `${pad(f.timestamp.getHours())}:${pad(f.timestamp.getMinutes())}:${pad(f.timestamp.getSeconds())}`);
      set(`${at}weighting`, '1');
      set(`${at}student_response`, f.response);
      set(`${at}result`, f.result);
      if (f.correct) set(`${at}correct_responses.0.pattern`, f.correct);
    },
  };
}

function scorm2004(): Dialect | undefined {
  const api = findScormApi('scorm2004');
  if (!api || api.Initialize('') !== 'true') return undefined;
  const reopen = () => api.Initialize('') === 'true';
  const set = (element: string, value: string) => api.SetValue(element, value) === 'true';
  return {
    limit: SCORM2004_LIMIT,
    get: (element) => api.GetValue(element) ?? '',
    set,
    commit: () => void api.Commit(''),
    terminate: () => void api.Terminate(''),
    reopen,
    writeStatus(status) {
      set('cmi.completion_status', status.completed ? 'completed' : 'incomplete');
      set('cmi.progress_measure', String(Math.round((status.lessonsDone / Math.max(1, status.lessonsTotal)) * 100) / 100));
      if (status.success !== 'unknown') set('cmi.success_status', status.success);
      if (status.score !== undefined) {
        set('cmi.score.scaled', String(status.score / 100));
        set('cmi.score.raw', String(status.score));
        set('cmi.score.min', '0');
        set('cmi.score.max', '100');
      }
    },
    writeExit: (value) => void set('cmi.exit', value),
    passMark: () => fraction(api.GetValue('cmi.scaled_passing_score'), 1),
    // Suspended: the LMS keeps the attempt for the next launch; done: the attempt ends. Either way, back to the LMS.
    writeExitRequest: (value) => void set('adl.nav.request', value === 'suspend' ? 'suspendAll' : 'exitAll'),
    sessionTime: duration2004,
    writeInteraction(n, f) {
      const at = `cmi.interactions.${n}.`;
      set(`${at}id`, f.id);
      set(`${at}type`, f.type);
      set(`${at}description`, f.description.replace(/\s+/g, ' ').slice(0, 250));
      set(`${at}timestamp`, f.timestamp.toISOString().slice(0, 19));
      set(`${at}weighting`, '1');
      if (f.correct) set(`${at}correct_responses.0.pattern`, f.correct);
      set(`${at}learner_response`, f.response);
      set(`${at}result`, f.result);
    },
  };
}

/** The adapter for a SCORM package, or undefined when no LMS API answers (the course then runs on its own). */
export function createScormAdapter(standard: 'scorm12' | 'scorm2004', now: () => number = Date.now): LmsAdapter | undefined {
  const lms = standard === 'scorm12' ? scorm12() : scorm2004();
  if (!lms) return undefined;
  let started = now();
  const count = standard === 'scorm12' ? 'cmi.interactions._count' : 'cmi.interactions._count';
  let last = { saved: '', status: '' };
  let open = true;
  // Until the course is complete and passed, leaving means "I'll be back": the LMS keeps the data.
  const exitFor = (status: CourseStatus) => (status.completed && status.success === 'passed' ? 'normal' : 'suspend');
  const end = () => {
    if (!open) return;
    lms.set(standard === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time', lms.sessionTime(now() - started));
    lms.commit();
    open = false;
    lms.terminate();
  };

  return {
    limit: lms.limit,
    passMark: lms.passMark(),
    async load() {
      return lms.get('cmi.suspend_data');
    },
    save(saved, status) {
      if (!open) return;
      const key = JSON.stringify(status);
      if (saved !== last.saved) lms.set('cmi.suspend_data', saved);
      if (key !== last.status) lms.writeStatus(status, lms.set);
      last = { saved, status: key };
      lms.writeExit(exitFor(status));
    },
    report(events, quizzes) {
      if (!open) return;
      let n = Number.parseInt(lms.get(count), 10) || 0;
      for (const attempt of events.attemptsFinished) {
        const quiz = quizzes.get(attempt.quizId);
        if (!quiz) continue;
        const timestamp = new Date(attempt.finishedAt ?? now());
        for (const { question, response, credit } of answeredQuestions(attempt, quiz)) {
          const formatted = standard === 'scorm12' ? formatInteraction12(question, response) : formatInteraction2004(question, response);
          lms.writeInteraction(n, {
            id: interactionId(attempt, question.id, standard === 'scorm12' ? '.' : '/'),
            type: formatted.type,
            response: formatted.response,
            ...(formatted.correct ? { correct: formatted.correct } : {}),
            result: resultOf(credit, standard === 'scorm12' ? 'wrong' : 'incorrect'),
            description: question.prompt,
            timestamp,
          });
          n += 1;
        }
      }
    },
    commit() {
      if (open) lms.commit();
    },
    finish() {
      end();
    },
    async exit(status) {
      // "Exit course": the exit value as on leaving (the save before this wrote it too), a 2004 LMS asked to take the
      // learner back, then the session ends. SCORM has no return address: the learner closes the window (or the LMS does).
      if (open) {
        lms.writeExit(exitFor(status));
        lms.writeExitRequest(exitFor(status));
      }
      end();
      return {};
    },
    resume() {
      if (open || !lms.reopen()) return false;
      // A new LMS session: its own session time; status and suspend data are written afresh.
      open = true;
      started = now();
      last = { saved: '', status: '' };
      return true;
    },
  };
}
