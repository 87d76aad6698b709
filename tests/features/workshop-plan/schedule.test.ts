import { describe, expect, it } from 'vitest';
import { loadWorkshop } from '../../../src/content/workshop.ts';
import { formatClock, formatDuration, lessonMinutes, parseClock, schedule } from '../../../src/features/workshop-plan/schedule.ts';

const workshop = await loadWorkshop();
const agenda = workshop.agenda!;

describe('the agenda’s clock', () => {
  it.each([
    ['09:00', 540, '9:00'],
    ['13:05', 785, '13:05'],
    ['00:00', 0, '0:00'],
  ])('%s is %i minutes after midnight, written %s', (time, minutes, written) => {
    expect(parseClock(time)).toBe(minutes);
    expect(formatClock(minutes)).toBe(written);
  });

  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [233, '3 h 53 min'],
  ])('%i minutes read as %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('the half-day schedule', () => {
  const { rows, start, end } = schedule(workshop);

  it('opens, runs every lesson in course order with its breaks, and closes', () => {
    expect(rows[0]).toMatchObject({ kind: 'session', title: agenda.opening.title });
    expect(rows.at(-1)).toMatchObject({ kind: 'session', title: agenda.closing.title });
    expect(rows.flatMap((row) => (row.kind === 'lesson' ? [row.lesson.id] : []))).toEqual(workshop.lessons.map((lesson) => lesson.id));
    for (const pause of agenda.breaks) {
      const after = rows.findIndex((row) => row.kind === 'lesson' && row.lesson.id === pause.after);
      expect(rows[after + 1]).toMatchObject({ kind: 'break', minutes: pause.minutes });
    }
  });

  it('starts each session when the one before ends', () => {
    expect(start).toBe(parseClock(agenda.start));
    rows.forEach((row, index) => {
      const next = rows[index + 1];
      expect(next?.start ?? end).toBe(row.start + row.minutes);
    });
  });

  it('gives each lesson its slides, discussion, role-play and quiz minutes', () => {
    for (const row of rows) {
      if (row.kind !== 'lesson') continue;
      const { lesson } = row;
      expect(row.minutes).toBe(lesson.presentationMinutes + lesson.discussion.minutes + lesson.rolePlay.minutes + lesson.quiz.minutes);
      expect(row.minutes).toBe(lessonMinutes(lesson));
    }
  });
});
