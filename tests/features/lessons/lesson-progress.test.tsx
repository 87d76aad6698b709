import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { lessons } from '../../../src/content/course.ts';
import { lessonMeta } from '../present/lesson-source.ts';
import { LessonProgress } from '../../../src/features/lessons/lesson-progress.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';

const lesson = lessonMeta(lessons[0]!.id);

beforeEach(() => useProgressStore.getState().reset());

describe('progress within a lesson', () => {
  it('shows the part reached as "Part n of N", with every part to jump to', async () => {
    const user = userEvent.setup();
    const third = lesson.parts[2]!;
    useProgressStore.getState().setLastPart(lesson.id, third.id);
    render(<LessonProgress lesson={lesson} />);
    const nav = screen.getByRole('navigation', { name: 'Lesson parts' });
    const bar = within(nav).getByRole('progressbar', { name: 'Reading progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuemax', String(lesson.parts.length));
    expect(bar).toHaveAttribute('aria-valuetext', `Part 3 of ${lesson.parts.length}: ${third.title}`);
    await user.click(within(nav).getByText(/^Part 3 of/));
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(lesson.parts.length);
    expect(within(nav).getByRole('link', { name: third.title })).toHaveAttribute('aria-current', 'location');
    expect(within(nav).getByRole('link', { name: third.title })).toHaveAttribute('href', `#part-${third.id}`);
  });

  it('starts at the first part', () => {
    render(<LessonProgress lesson={lesson} />);
    expect(screen.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', '1');
  });
});
