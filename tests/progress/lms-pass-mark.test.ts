/**
 * The LMS's pass mark (cmi5 masteryScore, SCORM mastery_score / scaled_passing_score), where the launch gives one,
 * is the final assessment's mark: the course rules judge by it, so the pages, the certificate and the LMS reports
 * agree. Lesson quizzes keep their own. Without one, nothing changes.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

// An LMS package's build (the static site's has no LMS, so no mark): set before the modules below are loaded.
vi.hoisted(() => vi.stubEnv('VITE_REPORTING', 'scorm12'));
afterAll(() => vi.unstubAllEnvs());
import { attemptPassed, certificateStatus, courseStatus, FINAL_ASSESSMENT_ID, passMarkFor, passMarkOf, passPercentOf } from '../../src/progress/course-rules.ts';
import { lmsPassMark, setLmsPassMark } from '../../src/progress/lms-pass-mark.ts';
import { lessons } from '../../src/content/course.ts';
import { quizIds } from '../../src/content/quizzes.ts';
import { finishedRecord } from '../fixtures/attempts.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const lessonIds = lessons.map((lesson) => lesson.id);
const allDone = Object.fromEntries(lessonIds.map((id) => [id, { visitedAt: T0, completedAt: T0 }]));
const lessonQuiz = quizIds.find((id) => id !== FINAL_ASSESSMENT_ID)!;

afterEach(() => setLmsPassMark(undefined));

describe('the pass mark that applies', () => {
  it('is the course’s own without an LMS mark', () => {
    expect(passMarkFor(FINAL_ASSESSMENT_ID)).toEqual({ mark: 0.8, percent: 80, setBy: 'course' });
    expect(passMarkOf(FINAL_ASSESSMENT_ID)).toBe(0.8);
  });

  it('is the LMS’s for the final assessment, set once at launch; lesson quizzes keep their own', () => {
    setLmsPassMark(0.1);
    expect(lmsPassMark()).toBe(0.1);
    expect(passMarkFor(FINAL_ASSESSMENT_ID)).toEqual({ mark: 0.1, percent: 10, setBy: 'lms' });
    expect(passPercentOf(FINAL_ASSESSMENT_ID)).toBe(10);
    expect(passMarkFor(lessonQuiz)?.setBy).toBe('course');
    expect(passMarkFor('no-such-quiz')).toBeUndefined();
  });

  it('takes only a fraction from 0 to 1 as an LMS mark', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      setLmsPassMark(bad);
      expect(lmsPassMark(), String(bad)).toBeUndefined();
    }
    setLmsPassMark(0);
    expect(passMarkFor(FINAL_ASSESSMENT_ID)).toEqual({ mark: 0, percent: 0, setBy: 'lms' });
  });

  it('holds a score against the LMS’s mark exactly: the lowest whole percent that reaches it', () => {
    // The LMS compares the scaled score it is sent (percent / 100) with its mark: 80 % does not reach 0.8049.
    expect(passMarkFor(FINAL_ASSESSMENT_ID, 0.8049)?.percent).toBe(81);
    expect(passMarkFor(FINAL_ASSESSMENT_ID, 0.57)?.percent).toBe(57);
    expect(passMarkFor(FINAL_ASSESSMENT_ID, 0.1)?.percent).toBe(10);
    for (let percent = 0; percent <= 100; percent += 1) {
      for (const mark of [0.1, 0.29, 0.57, 0.8, 0.805, 0.8049, 0.999]) {
        const attempt = finishedRecord('a', FINAL_ASSESSMENT_ID, percent, T0);
        expect(attemptPassed(attempt, mark), `${percent} against ${mark}`).toBe(percent / 100 >= mark);
      }
    }
  });
});

describe('verdicts by the mark that applies', () => {
  const scored31 = finishedRecord('a1', FINAL_ASSESSMENT_ID, 31, T0);
  const scored85 = finishedRecord('a2', FINAL_ASSESSMENT_ID, 85, T0);

  it('a learner at 31 % passes under an LMS mark of 0.1 and fails under the course’s 80 %', () => {
    const data = { lessons: allDone, attempts: { a1: scored31 } };
    expect(courseStatus(data, lessonIds).success).toBe('failed');
    expect(attemptPassed(scored31)).toBe(false);
    setLmsPassMark(0.1);
    expect(courseStatus(data, lessonIds)).toMatchObject({ success: 'passed', score: 31, completed: true });
    expect(attemptPassed(scored31)).toBe(true);
    const certificate = certificateStatus(data, lessons);
    expect(certificate.unlocked).toBe(true);
    expect(certificate.bestPass?.id).toBe('a1');
    expect(certificate.passMark).toEqual({ mark: 0.1, percent: 10, setBy: 'lms' });
  });

  it('an attempt kept as passed at the course’s 80 % fails under a stricter LMS mark', () => {
    const data = { lessons: allDone, attempts: { a2: scored85 } };
    expect(courseStatus(data, lessonIds).success).toBe('passed');
    expect(courseStatus(data, lessonIds, 0.9).success).toBe('failed');
    expect(certificateStatus(data, lessons, 0.9)).toMatchObject({ unlocked: false, passPercent: 90 });
  });

  it('lesson quizzes are never judged by the LMS’s mark', () => {
    const lesson = finishedRecord('l1', lessonQuiz, 31, T0, false);
    expect(attemptPassed(lesson, 0.1)).toBe(false);
  });
});
