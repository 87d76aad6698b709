import { readResponse, type Question } from '../../engine/index.ts';
import { phoneView } from '../../components/kinds/phone-views.ts';

/**
 * A phone's answer to the open question, with the quiz's accessible inputs (its kind's phone view: native radios
 * or checkboxes in a fieldset whose legend is the question, "Move up" / "Move down" for ordering, a labelled text
 * box for a rewrite). A kind this build does not know is left to the room's discussion.
 */
export function ParticipantInput({
  question,
  response,
  onChange,
  locked,
}: {
  question: Question;
  response: unknown;
  onChange: (response: unknown) => void;
  locked: boolean;
}) {
  const phone = phoneView(question);
  if (!phone) {
    return (
      <div>
        <p className="live-legend">{question.prompt}</p>
        <p className="live-hint">This one is for discussion: look at the screen and talk it over.</p>
      </div>
    );
  }
  return <phone.Input question={question} response={readResponse(question, response)} onChange={onChange} locked={locked} />;
}
