import { readResponse, type Question } from '../../../engine/index.ts';
import { CategorizeInput } from './categorize-input.tsx';
import { MultipleInput, SingleInput } from './choice-inputs.tsx';
import { ConversationInput } from './conversation-input.tsx';
import { OrderInput } from './order-input.tsx';
import { RewriteInput } from './rewrite-input.tsx';
import type { InputProps } from './types.ts';

/** The input for any question kind; the response is narrowed to the question's kind by the engine. */
export function QuestionInput(props: InputProps<Question>) {
  const { question, response } = props;
  switch (question.kind) {
    case 'single':
      return <SingleInput {...props} question={question} response={readResponse(question, response)} />;
    case 'multiple':
      return <MultipleInput {...props} question={question} response={readResponse(question, response)} />;
    case 'order':
      return <OrderInput {...props} question={question} response={readResponse(question, response)} />;
    case 'categorize':
      return <CategorizeInput {...props} question={question} response={readResponse(question, response)} />;
    case 'conversation':
      return <ConversationInput {...props} question={question} response={readResponse(question, response)} />;
    case 'rewrite':
      return <RewriteInput {...props} question={question} response={readResponse(question, response)} />;
  }
}
