import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadWorkshop } from '../../../src/content/workshop.ts';
import { formatClock, parseClock, schedule } from '../../../src/features/workshop-plan/schedule.ts';
import { renderAt } from './render-workshop.tsx';

const workshop = await loadWorkshop();
const agenda = workshop.agenda!;
const { end } = schedule(workshop);

describe('the half-day agenda', () => {
  it('lists every session with its start time, from the opening to the end', async () => {
    renderAt('/workshop');
    expect(await screen.findByRole('heading', { level: 1, name: agenda.title })).toBeInTheDocument();
    const table = screen.getByRole('table');
    const sessions = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(sessions[0]).toContain(agenda.opening.title);
    expect(sessions.at(-2)).toContain(agenda.closing.title);
    expect(sessions.at(-1)).toBe('End');
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('cell', { name: formatClock(parseClock(agenda.start)) })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: formatClock(end) })).toBeInTheDocument();
    for (const pause of agenda.breaks) expect(within(table).getByRole('rowheader', { name: pause.title ?? 'Break' })).toBeInTheDocument();
  });

  it('links each lesson to its workshop materials and shows its parts', async () => {
    renderAt('/workshop');
    await screen.findByRole('table', {});
    for (const lesson of workshop.lessons) {
      const link = within(screen.getByRole('table')).getByRole('link', { name: `Lesson ${lesson.order}: ${lesson.title}` });
      expect(link).toHaveAttribute('href', `/workshop/${lesson.id}`);
      const cell = link.closest('th')!;
      expect(cell).toHaveTextContent(`Slides and talk ${lesson.presentationMinutes} min`);
      expect(cell).toHaveTextContent(`Role-play ${lesson.rolePlay.minutes} min`);
      expect(cell).toHaveTextContent(`Workshop quiz ${lesson.quiz.minutes} min`);
    }
    const materials = screen.getByRole('navigation', { name: 'Materials for each lesson' });
    expect(within(materials).getAllByRole('link')).toHaveLength(workshop.lessons.length);
  });

  it('says what to prepare, and prints with "Print agenda"', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderAt('/workshop');
    const prepare = await screen.findByRole('region', { name: 'Before the day' });
    expect(within(prepare).getAllByRole('listitem')).toHaveLength(agenda.prepare.length);
    await user.click(screen.getByRole('button', { name: 'Print agenda' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
