import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import * as lessonRoute from '../../../src/features/lessons/lesson-route.tsx';
import { useProgressStore } from '../../../src/progress/store.ts';
import { lessons, loadLesson } from '../../../src/content/course.ts';
import { lessonMeta, scenarioTitle } from '../present/lesson-source.ts';

function renderLesson(id: string) {
  const router = createMemoryRouter(
    [{ path: '/lessons/:lessonId', loader: lessonRoute.loader, Component: lessonRoute.Component, HydrateFallback: () => null }],
    { initialEntries: [`/lessons/${id}`] },
  );
  return render(<RouterProvider router={router} />);
}

beforeEach(() => {
  useProgressStore.getState().reset();
});

describe('a lesson page', () => {
  const lesson = lessons[0]!;

  it('renders the lesson: title, objectives, scenario and every section heading', async () => {
    renderLesson(lesson.id);
    expect(await screen.findByRole('heading', { level: 1, name: lesson.title })).toBeInTheDocument();
    const objectives = screen.getByRole('region', { name: 'In this lesson you will' });
    expect(within(objectives).getAllByRole('listitem')).toHaveLength((await loadLesson(lesson)).lesson.objectives.length);
    for (const part of lessonMeta(lesson.id).parts.filter((p) => p.kind === 'section')) {
      expect(screen.getByRole('heading', { level: 2, name: part.title })).toBeInTheDocument();
    }
    // A long scenario is cut into boxes for the projector: on the page the first names the scenario, and any
    // that follow say they continue it, so each landmark keeps a name of its own.
    const [scenario, ...continued] = screen.getAllByRole('complementary', { name: /^Scenario:/ });
    expect(scenario).toHaveAccessibleName(`Scenario: ${scenarioTitle(lesson.id)}`);
    for (const box of continued) expect(box).toHaveAccessibleName(`Scenario: ${scenarioTitle(lesson.id)} (continued)`);
  });

  it('hides trainer notes from self-study learners until "Show trainer notes" is checked', async () => {
    const user = userEvent.setup();
    renderLesson(lesson.id);
    await screen.findByRole('heading', { level: 1, name: lesson.title });
    expect(screen.queryAllByRole('complementary', { name: /^Trainer notes/ })).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Show trainer notes' }));
    const sections = lessonMeta(lesson.id).parts.filter((p) => p.kind === 'section').length;
    const boxes = screen.getAllByRole('complementary', { name: /^Trainer notes/ });
    expect(boxes).toHaveLength(sections);
    // Every notes landmark has a name of its own (axe: landmark-unique).
    expect(new Set(boxes.map((box) => box.getAttribute('aria-label'))).size).toBe(boxes.length);
    expect(useProgressStore.getState().prefs.showTrainerNotes).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Show trainer notes' }));
    expect(screen.queryAllByRole('complementary', { name: /^Trainer notes/ })).toHaveLength(0);
  });

  it('"Mark lesson complete" records the completion', async () => {
    const user = userEvent.setup();
    renderLesson(lesson.id);
    await user.click(await screen.findByRole('button', { name: 'Mark lesson complete' }));
    expect(screen.getByText('Lesson complete')).toBeVisible();
    expect(useProgressStore.getState().lessons[lesson.id]?.completedAt).toBeTruthy();
  });

  it('links trainers to the slides and to the lesson’s workshop materials', async () => {
    renderLesson(lesson.id);
    const actions = await screen.findByRole('group', { name: 'Lesson actions' });
    expect(within(actions).getByRole('link', { name: 'Present' })).toHaveAttribute('href', `/present/${lesson.id}/1`);
    expect(within(actions).getByRole('link', { name: 'Workshop materials' })).toHaveAttribute('href', `/workshop/${lesson.id}`);
  });

  it('ends with a link to its quiz and to the next lesson', async () => {
    renderLesson(lesson.id);
    expect(await screen.findByRole('link', { name: 'Take the scenario quiz' })).toHaveAttribute('href', `/quizzes/${lesson.id}`);
    expect(screen.getByRole('link', { name: `Next lesson: ${lessons[1]!.title}` })).toHaveAttribute('href', `/lessons/${lessons[1]!.id}`);
  });

  it('offers Present and Print handout', async () => {
    renderLesson(lesson.id);
    expect(await screen.findByRole('link', { name: 'Present' })).toHaveAttribute('href', `/present/${lesson.id}/1`);
    expect(screen.getByRole('button', { name: 'Print handout' })).toBeInTheDocument();
  });
});
