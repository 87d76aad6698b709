import { useId } from 'react';
import { useLessonView } from '../lesson-view.tsx';
import { ReflectionField } from './reflection-field.tsx';
import './widgets.css';

/**
 * The closing reflection: on a page, a textarea labelled by the prompt and saved with the learner's progress.
 * On a slide or in the speaker view it is only a discussion question: learner text never reaches a projector.
 */
export function Reflection({ id, prompt }: { id: string; prompt: string }) {
  const { mode } = useLessonView();
  const titleId = `${useId()}-title`;

  if (mode !== 'page') {
    return (
      <section className={`widget reflection${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
        <h2 id={titleId} className="widget__title">
          Talk it over
        </h2>
        <p className="reflection__prompt">{prompt}</p>
      </section>
    );
  }

  return (
    <section className="widget reflection" aria-labelledby={titleId}>
      <h2 id={titleId} className="widget__title">
        Your reflection
      </h2>
      <ReflectionField reflectionId={id} label={prompt} hint="Write as much or as little as you like. It saves on this device as you type." />
    </section>
  );
}
