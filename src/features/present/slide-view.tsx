import type { MDXProps } from 'mdx/types';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { LessonViewProvider } from '../../components/mdx/lesson-view.tsx';
import { mdxComponents } from '../../components/mdx/registry.tsx';
import { paths } from '../../config/paths.ts';
import type { Lesson } from '../../content/lesson-schema.ts';
import { slideAt } from './deck.ts';
import { SlideFrame } from './slide-frame.tsx';

export interface SlideViewProps {
  lesson: Lesson;
  Body: ComponentType<MDXProps>;
  slide: number;
  textSize: number;
  hasQuiz: boolean;
  /** The title slide's heading level: h1 on the projection, h2 inside the speaker view. */
  titleLevel?: 1 | 2;
  className?: string;
}

/** What the room sees for one slide: the title, one lesson part, or the hand-over to the workshop quiz. */
export function SlideView({ lesson, Body, slide, textSize, hasQuiz, titleLevel = 1, className }: SlideViewProps) {
  const at = slideAt(lesson, slide);
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  return (
    <SlideFrame resetKey={`${lesson.id}/${slide}`} textSize={textSize} className={className}>
      {at.kind === 'title' ? (
        <div className="slide__cover">
          <p className="slide__eyebrow">
            Lesson {lesson.order} · {lesson.minutes} min
          </p>
          <Title className="slide__title">{lesson.title}</Title>
          <p className="slide__summary">{lesson.summary}</p>
          <p className="slide__subhead">In this session you will</p>
          <ul className="slide__objectives">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {at.kind === 'part' ? (
        <div className="slide__part">
          {/* Trainer notes render nothing in slide mode; learner data never reaches a slide. */}
          <LessonViewProvider value={{ mode: 'slide', part: at.part, page: at.page, lessonId: lesson.id, showNotes: false }}>
            <Body components={mdxComponents} />
          </LessonViewProvider>
        </div>
      ) : null}
      {at.kind === 'end' ? (
        <div className="slide__cover slide__end">
          <p className="slide__eyebrow">{lesson.title}</p>
          <Title className="slide__title">{hasQuiz ? 'Over to you: the workshop quiz' : 'Thank you'}</Title>
          {hasQuiz ? (
            <>
              <p className="slide__summary">Scenarios from the lesson, one at a time. Talk each one over, then reveal the answer.</p>
              <p>
                <Link className="button slide__cta" to={paths.workshopQuiz(lesson.id, 1)}>
                  Start the workshop quiz
                </Link>
              </p>
            </>
          ) : null}
          <p>
            <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link>
          </p>
        </div>
      ) : null}
    </SlideFrame>
  );
}
