/** Worked-example questions shared by the engine tests; close to what trainers write in quiz.yaml. */
import type {
  CategorizeQuestion,
  ConversationQuestion,
  MultipleQuestion,
  OrderQuestion,
  RewriteQuestion,
  SingleQuestion,
} from '../../src/engine/index.ts';

export const angryCaller: SingleQuestion = {
  id: 'star-angry-caller',
  kind: 'single',
  skills: ['star-method', 'emotional-control'],
  prompt: 'A caller starts shouting before you finish your greeting. What do you do first?',
  options: [
    { id: 'a', text: 'Let them finish, then acknowledge the problem.', credit: 1, feedback: 'They feel heard.' },
    { id: 'b', text: 'Ask for their account number.', credit: 0.5, feedback: 'Useful, but too soon.' },
    { id: 'c', text: 'Ask them to calm down.', credit: 0, feedback: 'This usually makes it worse.' },
  ],
};

export const breakdownSigns: MultipleQuestion = {
  id: 'breakdown-signs',
  kind: 'multiple',
  skills: ['spotting-breakdowns'],
  prompt: 'Which of these are early signs of a service breakdown?',
  options: [
    { id: 'queue', text: 'A queue that is not moving', correct: true, feedback: 'Yes.' },
    { id: 'repeat', text: 'A customer repeating the same question', correct: true, feedback: 'Yes.' },
    { id: 'sighs', text: 'Sighing and checking the time', correct: true, feedback: 'Yes.' },
    { id: 'thanks', text: 'A customer thanking you', correct: false, feedback: 'A good sign.' },
    { id: 'browse', text: 'A customer browsing quietly', correct: false, feedback: 'Not by itself.' },
  ],
};

export const starSteps: OrderQuestion = {
  id: 'star-steps',
  kind: 'order',
  skills: ['star-method'],
  prompt: 'Put the STAR steps in order.',
  items: [
    { id: 's', text: 'Situation' },
    { id: 't', text: 'Task' },
    { id: 'a', text: 'Action' },
    { id: 'r', text: 'Result' },
  ],
  feedback: 'Situation, Task, Action, Result.',
};

export const cueSort: CategorizeQuestion = {
  id: 'cue-sort',
  kind: 'categorize',
  skills: ['nonverbal-communication'],
  prompt: 'Sort the cues.',
  categories: [
    { id: 'pos', label: 'Positive' },
    { id: 'neg', label: 'Negative' },
  ],
  items: [
    { id: 'smile', text: 'A relaxed smile', category: 'pos', feedback: 'Open.' },
    { id: 'nod', text: 'Nodding along', category: 'pos', feedback: 'Engaged.' },
    { id: 'arms', text: 'Crossed arms', category: 'neg', feedback: 'Closed.' },
    { id: 'phone', text: 'Checking your phone', category: 'neg', feedback: 'Dismissive.' },
  ],
};

/**
 *   n1 ─r1(2)→ n2 ─r3(2)→ recovered        best: r1, r3 = 4
 *      │          └r4(0)→ escalated
 *      ├r2(1)→ n3 ─r5(1)→ recovered        r2, r5 = 2
 *      │          └r6(0)→ lost
 *      └r7(0)→ lost                        harmful: 0
 */
export const wrongOrder: ConversationQuestion = {
  id: 'wrong-order',
  kind: 'conversation',
  skills: ['service-recovery', 'listening'],
  prompt: 'A customer was sent the wrong order.',
  start: 'n1',
  nodes: [
    {
      id: 'n1',
      customer: 'This is the second time you got my order wrong!',
      responses: [
        { id: 'r1', text: 'I am sorry. Let me fix it now.', points: 2, feedback: 'Good.', next: 'n2' },
        { id: 'r2', text: 'What was wrong with it?', points: 1, feedback: 'Okay.', next: 'n3' },
        { id: 'r7', text: 'The kitchen is busy today.', points: 0, feedback: 'Excuses.', next: 'lost' },
      ],
    },
    {
      id: 'n2',
      customer: 'Fine. How long will it take?',
      responses: [
        { id: 'r3', text: 'Ten minutes, and the drinks are on us.', points: 2, feedback: 'Great.', next: 'recovered' },
        { id: 'r4', text: 'I will ask my manager.', points: 0, feedback: 'Passing the buck.', next: 'escalated' },
      ],
    },
    {
      id: 'n3',
      customer: 'I ordered it without cheese.',
      responses: [
        { id: 'r5', text: 'I will have a new one made.', points: 1, feedback: 'Okay.', next: 'recovered' },
        { id: 'r6', text: 'You can scrape it off.', points: 0, feedback: 'Ouch.', next: 'lost' },
      ],
    },
  ],
  endings: [
    { id: 'recovered', outcome: 'recovered', text: 'They leave happy.' },
    { id: 'escalated', outcome: 'escalated', text: 'The manager comes over.' },
    { id: 'lost', outcome: 'lost', text: 'They never come back.' },
  ],
};

export const policyRewrite: RewriteQuestion = {
  id: 'policy-rewrite',
  kind: 'rewrite',
  skills: ['positive-phrasing'],
  prompt: 'Rewrite this sentence.',
  original: "I can't do anything about that, it's company policy.",
  modelAnswer: "I'm sorry about that. Here's what I can do: I'll send a replacement today.",
  criteria: [
    { id: 'apology', label: 'Apologizes', weight: 1, move: 'apology', feedback: 'Say sorry first.' },
    {
      id: 'offers-action',
      label: 'Says what you can do',
      weight: 2,
      move: 'next-step',
      anyOf: ['leave it with me'],
      feedback: 'Tell the customer what you can do.',
    },
    {
      id: 'no-policy',
      label: "Doesn't hide behind policy",
      avoid: 'policy',
      noneOf: ['the system'],
      feedback: 'Policy is a reason, not an answer.',
    },
  ],
};
