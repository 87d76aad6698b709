/**
 * The learner's progress as the LMS keeps it (SCORM `cmi.suspend_data`, the cmi5 state document): a compact
 * text that always fits the standard's limit — 4,096 characters in SCORM 1.2 — however often the learner has
 * retaken every quiz.
 *
 * Compact because it leans on the course content the package ships with: quizzes, questions, options and
 * items are numbers (base 36) instead of ids, a question's content hash keeps 2 characters (enough to notice
 * that it changed: resume then asks it again, as the app always does; version 1 kept 3, and is still read), times
 * are seconds in base 36, and the
 * display orders are not stored at all (the engine derives them from the seed).
 *
 * Always fits because it is packed greedily, by what resume needs most: lessons, settings and every unfinished
 * scored attempt with all its answers first, then the best and latest score of each quiz (home, certificate),
 * unfinished practice rounds, the answers of each quiz's latest attempt (review, "Practice missed questions"),
 * reflections, and then older scores, newest first, while room remains. What does not fit stays in the
 * browser's own copy.
 */
import { isPassing, planAttempt, readResponse, rulesFor, type Question } from '../engine/index.ts';
import type { LoadedQuiz } from '../content/load-quiz.ts';
import type { AttemptRecord, ProgressData } from '../progress/types.ts';

/** SCORM 1.2's `cmi.suspend_data` (CMIString4096). */
export const SCORM12_LIMIT = 4096;
/** SCORM 2004's `cmi.suspend_data` (characterstring, SPM 64,000). */
export const SCORM2004_LIMIT = 64000;

const VERSION = 2;
/** Characters of a question's content hash kept, by version (2 since the course's quizzes grew past 3 fitting). */
const HASH_CHARS: Readonly<Record<number, number>> = { 1: 3, 2: 2 };
const hashCode = (hash: string | undefined, width = HASH_CHARS[VERSION]!) => (hash ?? '').slice(0, width).padEnd(width, '_');
const EPOCH_S = Date.UTC(2024, 0, 1) / 1000;

export interface CourseIndex {
  /** Lesson ids in course order. */
  lessons: readonly string[];
  /** Quiz ids in a stable order, with their loaded content. */
  quizzes: readonly LoadedQuiz[];
}

/** A finished attempt without its answers: [id, quiz, practice, finished, [earned, total, percent]] (pass/fail follows). */
type Summary = [string, number, 0 | 1, string, [number, number, number]];
/** An attempt with its answers: a summary (finished '' / grade 0 when open), then questions, answers, checks, position. */
type Full = [string, number, 0 | 1, string, string, string, string, Grade | 0, string, (string | 0)[], string, number];
type Grade = [number, number, number, 0 | 1, Record<string, [number, number]>?];

interface Packed {
  v: number;
  t: string;
  /** lesson index → [visited, completed, last part] */
  l: Record<string, [string, string, string?]>;
  n?: string;
  p?: [number, number, 0 | 1] | [number, number, 0 | 1, 0 | 1];
  r?: string;
  a: (Summary | Full)[];
  /** lesson-or-quiz id → reflection text */
  f?: Record<string, [string, string]>;
}

const b36 = (n: number) => Math.max(0, Math.round(n)).toString(36);
const time = (iso: string | undefined) => (iso ? b36(Date.parse(iso) / 1000 - EPOCH_S) : '');
const fromTime = (code: string) => new Date((parseInt(code, 36) + EPOCH_S) * 1000).toISOString();
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Question ids of a quiz in a stable order: each question's number in the packed text. */
function questionOrder(quiz: LoadedQuiz): string[] {
  return Object.keys(quiz.questions);
}

/** One answer as a few characters (its kind's code: engine/kinds/); `0` when there is none or it no longer fits. */
function packResponse(question: Question, stored: unknown): string | 0 {
  const response = readResponse(question, stored);
  return response ? rulesFor(question).codec.pack(question, response) || 0 : 0;
}

function unpackResponse(question: Question, packed: string): unknown {
  return rulesFor(question).codec.unpack(question, packed);
}

function packGrade(score: NonNullable<AttemptRecord['score']>): Grade {
  return [round3(score.earned), score.total, score.percent, score.passed ? 1 : 0, Object.fromEntries(Object.entries(score.perSkill).map(([k, v]) => [k, [round3(v.earned), v.total]]))];
}

function packSummary(attempt: AttemptRecord, quizIndex: number): Summary {
  return [
    attempt.id,
    quizIndex,
    attempt.kind === 'practice' ? 1 : 0,
    time(attempt.finishedAt),
    [round3(attempt.score!.earned), attempt.score!.total, attempt.score!.percent],
  ];
}

function packFull(attempt: AttemptRecord, quiz: LoadedQuiz, quizIndex: number): Full | undefined {
  const order = questionOrder(quiz);
  let questions = '';
  const answers: (string | 0)[] = [];
  const kept: string[] = [];
  for (const id of attempt.questionIds) {
    const index = order.indexOf(id);
    const question = quiz.questions[id];
    if (index < 0 || index >= 36 * 36 || !question) continue;
    questions += index.toString(36).padStart(2, '0') + hashCode(attempt.hashes[id]);
    answers.push(packResponse(question, attempt.responses[id]));
    kept.push(id);
  }
  if (kept.length === 0) return undefined;
  // A scored attempt asks what its seed draws: when that is still so, only the hashes are kept ("=" marks it).
  const planned = attempt.kind === 'scored' ? planAttempt(quiz.pools, attempt.seed).questionIds : [];
  if (planned.length === kept.length && planned.every((id, i) => id === kept[i])) {
    questions = `=${kept.map((id) => hashCode(attempt.hashes[id])).join('')}`;
  }
  while (answers.length > 0 && answers.at(-1) === 0) answers.pop();
  // Checked questions as a bit mask in base 36 chunks of 20 questions each ("practice" checks nearly all of them).
  const bits = kept.map((id) => (attempt.checked.includes(id) ? 1 : 0));
  const checked = Array.from({ length: Math.ceil(bits.length / 20) }, (_, i) => parseInt(bits.slice(i * 20, i * 20 + 20).reverse().join('') || '0', 2).toString(36)).join('.');
  return [
    attempt.id,
    quizIndex,
    attempt.kind === 'practice' ? 1 : 0,
    b36(attempt.seed),
    time(attempt.startedAt),
    time(attempt.updatedAt),
    time(attempt.finishedAt),
    attempt.finishedAt && attempt.score ? packGrade(attempt.score) : 0,
    questions,
    answers,
    checked,
    attempt.current,
  ];
}

/**
 * Packs progress into at most `limit` characters (see the module comment for what comes first).
 * Pure: the same progress and content always give the same text.
 */
export function encodeProgress(data: ProgressData, index: CourseIndex, limit: number): string {
  const lessonNo = (id: string) => index.lessons.indexOf(id);
  const quizNo = new Map(index.quizzes.map((quiz, i) => [quiz.id, i]));
  const packed: Packed = { v: VERSION, t: time(data.updatedAt), l: {}, a: [] };
  for (const [id, lesson] of Object.entries(data.lessons)) {
    const no = lessonNo(id);
    if (no < 0) continue;
    const entry: [string, string, string?] = [time(lesson.visitedAt), time(lesson.completedAt)];
    if (lesson.lastPart) entry.push(lesson.lastPart);
    packed.l[no] = entry;
  }
  if (data.learnerName) packed.n = data.learnerName.slice(0, 80);
  const { prefs } = data;
  if (prefs.onePartAtATime) packed.p = [prefs.textSize, prefs.slideTextSize, prefs.showTrainerNotes ? 1 : 0, 1];
  else if (prefs.textSize !== 1 || prefs.slideTextSize !== 1 || prefs.showTrainerNotes) {
    packed.p = [prefs.textSize, prefs.slideTextSize, prefs.showTrainerNotes ? 1 : 0];
  }
  if (data.lastRoute && data.lastRoute.length <= 120) packed.r = data.lastRoute;

  const fits = () => JSON.stringify(packed).length <= limit;
  const tryAdd = (item: Summary | Full | undefined): boolean => {
    if (!item) return false;
    packed.a.push(item);
    if (fits()) return true;
    packed.a.pop();
    return false;
  };
  if (!fits()) {
    // Only an absurd lastRoute or name could do this: drop them rather than the lessons.
    delete packed.r;
    delete packed.n;
  }

  const attempts = Object.values(data.attempts).filter((a) => quizNo.has(a.quizId));
  const byNewest = (a: AttemptRecord, b: AttemptRecord) => b.updatedAt.localeCompare(a.updatedAt);
  const placed = new Set<string>();
  const quizOf = (a: AttemptRecord) => index.quizzes[quizNo.get(a.quizId)!]!;

  // 1. Every unfinished scored attempt, with all its answers, newest first: this is what resuming means.
  const addUnfinished = (kind: AttemptRecord['kind']) => {
    for (const attempt of attempts.filter((a) => !a.finishedAt && a.kind === kind).sort(byNewest)) {
      if (tryAdd(packFull(attempt, quizOf(attempt), quizNo.get(attempt.quizId)!))) placed.add(attempt.id);
    }
  };
  addUnfinished('scored');
  const finished = attempts.filter((a) => a.finishedAt && a.score).sort(byNewest);
  // 2. Per quiz, the best and the latest scored attempt: best score, passed, certificate.
  const latestPerQuiz = new Map<string, AttemptRecord>();
  for (const quiz of index.quizzes) {
    const scored = finished.filter((a) => a.quizId === quiz.id && a.kind === 'scored');
    const latest = scored[0];
    const best = [...scored].sort((a, b) => b.score!.percent - a.score!.percent || Number(b.score!.passed) - Number(a.score!.passed))[0];
    for (const attempt of [best, latest]) {
      if (attempt && !placed.has(attempt.id) && tryAdd(packSummary(attempt, quizNo.get(quiz.id)!))) placed.add(attempt.id);
    }
    if (latest) latestPerQuiz.set(quiz.id, latest);
  }
  // 2b. Unfinished practice rounds (quick to redo, so after the scores).
  addUnfinished('practice');
  // 3. The latest attempt's answers (review, practice missed questions): upgrade its summary in place.
  for (const attempt of latestPerQuiz.values()) {
    const at = packed.a.findIndex((item) => item[0] === attempt.id);
    if (at < 0) continue;
    const full = packFull(attempt, quizOf(attempt), quizNo.get(attempt.quizId)!);
    if (!full) continue;
    const summary = packed.a[at]!;
    packed.a[at] = full;
    if (!fits()) packed.a[at] = summary;
  }
  // 4. Reflections, newest first.
  const reflections = Object.entries(data.reflections).sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt));
  for (const [id, reflection] of reflections) {
    packed.f ??= {};
    packed.f[id] = [reflection.text, time(reflection.updatedAt)];
    if (!fits()) delete packed.f[id];
  }
  if (packed.f && Object.keys(packed.f).length === 0) delete packed.f;
  // 5. Older scores, newest first, while there is room.
  for (const attempt of finished) {
    if (!placed.has(attempt.id) && tryAdd(packSummary(attempt, quizNo.get(attempt.quizId)!))) placed.add(attempt.id);
  }
  return JSON.stringify(packed);
}

/**
 * Reads a packed text back into the saved-progress shape (the store then merges it with what this browser
 * has). Anything unreadable gives `undefined`: the learner starts fresh rather than the course failing.
 */
export function decodeProgress(text: string, index: CourseIndex): Partial<ProgressData> | undefined {
  let packed: Packed;
  try {
    packed = JSON.parse(text) as Packed;
  } catch {
    return undefined;
  }
  if (!packed || typeof packed !== 'object' || HASH_CHARS[packed.v] === undefined) return undefined;
  const hashWidth = HASH_CHARS[packed.v]!;
  const at = (code: string) => (code ? fromTime(code) : undefined);
  const lessons: ProgressData['lessons'] = {};
  for (const [no, [visited, completed, lastPart]] of Object.entries(packed.l ?? {})) {
    const id = index.lessons[Number(no)];
    if (!id) continue;
    lessons[id] = {
      ...(visited ? { visitedAt: at(visited) } : {}),
      ...(completed ? { completedAt: at(completed) } : {}),
      ...(lastPart ? { lastPart } : {}),
    };
  }
  const attempts: Record<string, unknown> = {};
  for (const item of packed.a ?? []) {
    const full = item.length === 12;
    // A summary keeps one time: the attempt started, changed and finished "then".
    const [id, quizNo, practice, seed, started, updated, finished, grade]: Full | [string, number, 0 | 1, string, string, string, string, Grade] = full
      ? item
      : [item[0], item[1], item[2], '0', item[3], item[3], item[3], [...item[4], isPassing(item[4][2], index.quizzes[item[1]]?.passMark ?? 1) ? 1 : 0]];
    const quiz = index.quizzes[quizNo];
    if (!quiz) continue;
    const record: Record<string, unknown> = {
      id,
      quizId: quiz.id,
      kind: practice ? 'practice' : 'scored',
      seed: parseInt(seed, 36),
      questionIds: [],
      hashes: {},
      responses: {},
      answeredAt: {},
      checked: [],
      current: 0,
      startedAt: at(started),
      updatedAt: at(updated),
    };
    if (finished && grade) {
      const [earned, total, percent, passed, skills] = grade;
      record.finishedAt = at(finished);
      record.score = {
        earned,
        total,
        percent,
        passed: passed === 1,
        perSkill: Object.fromEntries(Object.entries(skills ?? {}).map(([k, [e, t]]) => [k, { earned: e, total: t }])),
      };
    }
    if (full) {
      const [, , , , , , , , questions, answers, checked, current] = item;
      const order = questionOrder(quiz);
      const ids: string[] = [];
      const hashes: Record<string, string> = {};
      const responses: Record<string, unknown> = {};
      const answeredAt: Record<string, string> = {};
      const planned = questions.startsWith('=');
      const drawn = planned ? planAttempt(quiz.pools, parseInt(seed, 36)).questionIds : [];
      // Each question: its place in the quiz (2 characters) and its hash, or the hash alone when the seed draws it.
      const width = planned ? hashWidth : 2 + hashWidth;
      const codes = planned ? questions.slice(1) : questions;
      for (let i = 0; i * width < codes.length; i += 1) {
        const code = codes.slice(i * width, (i + 1) * width);
        const qid = planned ? drawn[i] : order[parseInt(code.slice(0, 2), 36)];
        const question = qid ? quiz.questions[qid] : undefined;
        if (!qid || !question) continue;
        const short = planned ? code : code.slice(2);
        const current = quiz.hashes[qid] ?? '';
        // A matching prefix restores the full hash; a different one marks the question as changed.
        hashes[qid] = current.startsWith(short) ? current : short;
        ids.push(qid);
        const answer = answers[i];
        if (typeof answer === 'string') {
          const response = unpackResponse(question, answer);
          if (response) {
            responses[qid] = response;
            answeredAt[qid] = record.updatedAt as string;
          }
        }
      }
      record.questionIds = ids;
      record.hashes = hashes;
      record.responses = responses;
      record.answeredAt = answeredAt;
      record.checked = checked
        .split('.')
        .flatMap((chunk, c) => [...parseInt(chunk || '0', 36).toString(2)].reverse().map((bit, i) => (bit === '1' ? ids[c * 20 + i] : undefined)))
        .filter(Boolean);
      record.current = Math.min(current, Math.max(0, ids.length - 1));
    }
    attempts[id] = record;
  }
  const reflections: ProgressData['reflections'] = {};
  for (const [id, [text, updated]] of Object.entries(packed.f ?? {})) reflections[id] = { text, updatedAt: fromTime(updated) };
  const out: Partial<ProgressData> = {
    lessons,
    attempts: attempts as ProgressData['attempts'],
    reflections,
    updatedAt: at(packed.t) ?? new Date(0).toISOString(),
  };
  if (packed.n) out.learnerName = packed.n;
  if (packed.p) {
    out.prefs = { textSize: packed.p[0], slideTextSize: packed.p[1], showTrainerNotes: packed.p[2] === 1, onePartAtATime: packed.p[3] === 1 };
  }
  if (packed.r) out.lastRoute = packed.r;
  return out;
}
