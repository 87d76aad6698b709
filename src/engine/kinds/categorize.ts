import { shuffle } from '../random.ts';
import { scoreCategorize } from '../score-categorize.ts';
import { codeOf, described, scormChar, type KindRules } from './kind-rules.ts';

/** The live room's tally key for one item placed in one category. */
export const placementKey = (item: string, category: string): string => `${item}=${category}`;

/** Put each item in its category. Answered once every item is placed. */
export const categorize: KindRules<'categorize'> = {
  kind: 'categorize',
  score: scoreCategorize,
  isAnswered: (response, question) => question.items.every((item) => Object.hasOwn(response.placements, item.id)),
  displayOrder: (question, rng) => shuffle(question.items, rng).map((item) => item.id),
  codec: {
    // One character per item, in the question's item order: its category's position, or "-" when unplaced.
    pack: (question, response) => {
      const categories = question.categories.map((c) => c.id);
      return question.items.map((item) => (Object.hasOwn(response.placements, item.id) ? codeOf(categories, response.placements[item.id]!) || '-' : '-')).join('');
    },
    unpack: (question, packed) => {
      const placements: Record<string, string> = {};
      question.items.forEach((item, index) => {
        const category = question.categories[parseInt(packed[index] ?? '-', 36)];
        if (category) placements[item.id] = category.id;
      });
      return { kind: 'categorize', placements };
    },
  },
  live: {
    // A whole answer only (every item placed, each in a category of the question), as the quiz asks for one.
    accept: (question, response) => {
      const categories = new Set(question.categories.map((c) => c.id));
      const placed = Object.entries(response.placements);
      const whole =
        placed.length === question.items.length &&
        question.items.every((item) => Object.hasOwn(response.placements, item.id)) &&
        placed.every(([, category]) => categories.has(category));
      return whole ? { kind: 'categorize', placements: { ...response.placements } } : null;
    },
    // Counted per placement: the room's phones and projector see where the room put each item.
    tallyKeys: (response) => Object.entries(response.placements).map(([item, category]) => placementKey(item, category)),
  },
  lms: {
    format2004: (question, response) => ({
      type: 'matching',
      response: Object.entries(response.placements).map(([item, category]) => `${item}[.]${category}`).join('[,]'),
      correct: question.items.map((i) => `${i.id}[.]${i.category}`).join('[,]'),
    }),
    format12: (question, response) => {
      const items = question.items.map((i) => i.id);
      const categories = question.categories.map((c) => c.id);
      const pair = (item: string, category: string) => `${scormChar(items.indexOf(item))}.${scormChar(categories.indexOf(category))}`;
      return {
        type: 'matching',
        response: Object.entries(response.placements).map(([item, category]) => pair(item, category)).join(','),
        correct: question.items.map((i) => pair(i.id, i.category)).join(','),
      };
    },
    components: (question) => ({
      source: question.items.map((i) => described(i.id, i.text)),
      target: question.categories.map((c) => described(c.id, c.label)),
    }),
  },
};
