import { useState } from 'react';
import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { course, getLesson } from '../../content/course.ts';
import { loadLessonWorkshop } from '../../content/workshop.ts';
import { paths } from '../../config/paths.ts';
import { PrintButton } from './print-button.tsx';
import { RatingSlipView } from './rating-slip.tsx';
import { RolePlayCardView } from './role-play-card.tsx';
import { lessonMinutes } from './schedule.ts';
import './workshop-plan.css';

/**
 * `/workshop/:lessonId`: what a trainer needs to run one lesson in the room: the trainer sheet (timings,
 * discussion prompts, how to run the role-play, the quiz questions), the role-play cards and the rating slips,
 * each printable on its own.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const lesson = getLesson(params.lessonId);
  if (!lesson) throw data('Lesson not found', { status: 404 });
  return { lesson, plan: (await loadLessonWorkshop(lesson.id)) ?? null };
}

const PRINT_CHOICES = [
  { value: 'all', label: 'Everything' },
  { value: 'sheet', label: 'Trainer sheet' },
  { value: 'cards', label: 'Role-play cards' },
  { value: 'slips', label: 'Rating slips' },
] as const;
type PrintChoice = (typeof PRINT_CHOICES)[number]['value'];

const min = (minutes: number) => `${minutes} min`;

export function Component() {
  const { lesson, plan } = useLoaderData<typeof loader>();
  const [printing, setPrinting] = useState<PrintChoice>('all');

  if (!plan) {
    return (
      <article className="page page--narrow workshop-plan" aria-labelledby="materials-title">
        <title>{`Workshop materials · ${lesson.title} · ${course.title}`}</title>
        <h1 id="materials-title">Workshop materials: {lesson.title}</h1>
        <p>This lesson has no workshop plan yet. A trainer can add one in content/{lesson.id}/workshop.yaml.</p>
        <p>
          <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link>
        </p>
      </article>
    );
  }

  return (
    <article className="page workshop-plan workshop-materials" aria-labelledby="materials-title" data-print={printing}>
      <title>{`Workshop materials · ${lesson.title} · ${course.title}`}</title>
      <header className="workshop-plan__header">
        <p className="eyebrow">
          Workshop materials · Lesson {lesson.order} · {min(lessonMinutes(plan))} in the room
        </p>
        <h1 id="materials-title">{lesson.title}</h1>
        <nav aria-label="Workshop" className="no-print">
          <ul className="workshop-plan__links">
            <li>
              <Link to={paths.workshop()}>Half-day agenda</Link>
            </li>
            <li>
              <Link to={paths.present(lesson.id, 1)}>Present the slides</Link>
            </li>
            <li>
              <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link>
            </li>
          </ul>
        </nav>
        <div className="workshop-materials__print no-print">
          <fieldset className="workshop-materials__choices">
            <legend>What to print</legend>
            {PRINT_CHOICES.map((choice) => (
              <label key={choice.value} className="workshop-materials__choice">
                <input
                  type="radio"
                  name="print-choice"
                  value={choice.value}
                  checked={printing === choice.value}
                  onChange={() => setPrinting(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          <PrintButton>Print</PrintButton>
        </div>
      </header>

      <section className="sheet sheet--sheet" aria-labelledby="sheet-heading">
        <h2 id="sheet-heading">Trainer sheet</h2>
        <p>
          {min(lessonMinutes(plan))} in all: the slides, then a discussion, a role-play in threes and the workshop quiz.
        </p>
        <h3>Slides and talk · {min(plan.presentationMinutes)}</h3>
        <p>
          Present the slides with the speaker view open on your laptop. The trainer notes give each slide its minutes and a
          question for the room. <Link to={paths.present(lesson.id, 1)}>Open the slides</Link>
        </p>
        <h3>Discussion · {min(plan.discussion.minutes)}</h3>
        <ol>
          {plan.discussion.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ol>
        <h3>Role-play · {min(plan.rolePlay.minutes)}</h3>
        <p>{plan.rolePlay.howTo}</p>
        <p>
          Cards: {plan.rolePlay.cards.map((card) => card.title).join('; ')}. Observers use the{' '}
          {plan.ratingSlips.find((slip) => slip.for === 'role-play')?.title.toLowerCase() ?? 'rating slip'}.
        </p>
        <h3>Workshop quiz · {min(plan.quiz.minutes)}</h3>
        <p>Project these questions for the room, reveal each answer, and talk it over.</p>
        <ol className="workshop-materials__questions">
          {plan.quizQuestions.map((question) => (
            <li key={question.id}>
              <Link to={paths.workshopQuiz(lesson.id, question.position)}>Question {question.position}</Link>: {question.prompt}
            </li>
          ))}
        </ol>
      </section>

      <section className="sheet sheet--cards" aria-labelledby="cards-heading">
        <h2 id="cards-heading">Role-play cards</h2>
        <p className="no-print">
          Each role-play prints on its own page: the customer’s card on top, the staff member’s below. Print one page per group
          of three and cut along the dashed line.
        </p>
        {plan.rolePlay.cards.map((card, index) => (
          <RolePlayCardView key={card.id} card={card} number={index + 1} lessonTitle={lesson.title} />
        ))}
      </section>

      <section className="sheet sheet--slips" aria-labelledby="slips-heading">
        <h2 id="slips-heading">Rating slips</h2>
        <p className="no-print">Each slip prints two to a page. Cut along the dashed line.</p>
        {plan.ratingSlips.map((slip) => (
          <div key={slip.id} className="slip-page">
            <RatingSlipView slip={slip} lessonTitle={lesson.title} />
            <RatingSlipView slip={slip} lessonTitle={lesson.title} copy />
          </div>
        ))}
      </section>
    </article>
  );
}
