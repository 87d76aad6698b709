import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadLessonWorkshop } from '../../../src/content/workshop.ts';
import { renderAt } from './render-workshop.tsx';

const plan = (await loadLessonWorkshop('star-method'))!;
const observer = plan.ratingSlips.find((slip) => slip.for === 'role-play')!;

const open = async (id = 'star-method') => {
  const rendered = renderAt(`/workshop/${id}`);
  await screen.findByRole('heading', { level: 1 });
  return rendered;
};

describe('a lesson’s workshop materials', () => {
  it('has a trainer sheet with the timings, the discussion prompts and links to the quiz questions to run', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1, name: plan.title })).toBeInTheDocument();
    const sheet = screen.getByRole('region', { name: 'Trainer sheet' });
    for (const [name, minutes] of [
      ['Slides and talk', plan.presentationMinutes],
      ['Discussion', plan.discussion.minutes],
      ['Role-play', plan.rolePlay.minutes],
      ['Workshop quiz', plan.quiz.minutes],
    ] as const) {
      expect(within(sheet).getByRole('heading', { level: 3, name: `${name} · ${minutes} min` })).toBeInTheDocument();
    }
    for (const prompt of plan.discussion.prompts) expect(within(sheet).getByText(prompt)).toBeInTheDocument();
    expect(within(sheet).getByText(plan.rolePlay.howTo)).toBeInTheDocument();
    for (const question of plan.quizQuestions) {
      expect(within(sheet).getByRole('link', { name: `Question ${question.position}` })).toHaveAttribute(
        'href',
        `/present/star-method/quiz/${question.position}`,
      );
    }
    expect(within(sheet).getByRole('link', { name: 'Open the slides' })).toHaveAttribute('href', '/present/star-method/1');
  });

  it('has each role-play as a customer’s card and a staff member’s card, each with the scene and its own brief', async () => {
    await open();
    const cards = screen.getByRole('region', { name: 'Role-play cards' });
    plan.rolePlay.cards.forEach((card, index) => {
      const rolePlay = within(cards).getByRole('article', { name: `Role-play ${index + 1}: ${card.title}` });
      const customer = within(rolePlay).getByRole('heading', { level: 4, name: 'Customer’s card' }).parentElement!;
      const staff = within(rolePlay).getByRole('heading', { level: 4, name: 'Staff member’s card' }).parentElement!;
      expect(customer).toHaveTextContent(card.scenario);
      expect(customer).toHaveTextContent(card.customer);
      expect(customer).not.toHaveTextContent(card.staff);
      expect(staff).toHaveTextContent(card.scenario);
      expect(staff).toHaveTextContent(card.staff);
      expect(staff).not.toHaveTextContent(card.customer);
    });
  });

  it('has an observer’s rating slip listing the lesson’s behaviours, as paper with no form controls', async () => {
    await open();
    const slips = screen.getByRole('region', { name: 'Rating slips' });
    const slip = within(slips).getByRole('article', { name: observer.title });
    const items = within(slip).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.slip__behaviour')?.textContent)).toEqual(observer.items.map((item) => item.text));
    for (const item of items) expect(item).toHaveTextContent(/Tick one: Seen, Partly, Not yet/);
    for (const question of observer.writeIn ?? []) expect(within(slip).getByText(question)).toBeInTheDocument();
    // The second copy on the printed page is hidden from assistive tech: each slip is announced once.
    expect(within(slips).getAllByRole('article')).toHaveLength(plan.ratingSlips.length);
    for (const role of ['checkbox', 'radio', 'textbox', 'combobox', 'button'] as const) {
      expect(within(slips).queryAllByRole(role)).toEqual([]);
      expect(within(screen.getByRole('region', { name: 'Role-play cards' })).queryAllByRole(role)).toEqual([]);
    }
  });

  it('prints everything or one part, chosen under "What to print"', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await open();
    const article = screen.getByRole('article', { name: plan.title });
    const choices = screen.getByRole('group', { name: 'What to print' });
    expect(within(choices).getByRole('radio', { name: 'Everything' })).toBeChecked();
    expect(article).toHaveAttribute('data-print', 'all');
    await user.click(within(choices).getByRole('radio', { name: 'Role-play cards' }));
    expect(article).toHaveAttribute('data-print', 'cards');
    await user.click(within(choices).getByRole('radio', { name: 'Rating slips' }));
    expect(article).toHaveAttribute('data-print', 'slips');
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('has the listening slips that the difficult-customers trainer notes hand out', async () => {
    const listening = (await loadLessonWorkshop('difficult-customers'))!.ratingSlips.find((slip) => slip.for === 'colleagues')!;
    await open('difficult-customers');
    const slip = within(screen.getByRole('region', { name: 'Rating slips' })).getByRole('article', { name: listening.title });
    expect(within(slip).getByText('Rating for:')).toBeInTheDocument();
    expect(slip).toHaveTextContent(`Tick one: ${listening.scale!.join(', ')}`);
  });

  it('links to the agenda, the slides and the lesson', async () => {
    const user = userEvent.setup();
    const { path } = await open();
    const nav = screen.getByRole('navigation', { name: 'Workshop' });
    expect(within(nav).getByRole('link', { name: 'Half-day agenda' })).toHaveAttribute('href', '/workshop');
    expect(within(nav).getByRole('link', { name: 'Present the slides' })).toHaveAttribute('href', '/present/star-method/1');
    await user.click(within(nav).getByRole('link', { name: 'Back to the lesson' }));
    expect(await screen.findByRole('heading', { name: 'Lesson page' })).toBeInTheDocument();
    expect(path()).toBe('/lessons/star-method');
  });

  it('shows "Page not found" for a lesson that does not exist', async () => {
    renderAt('/workshop/no-such-lesson');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
