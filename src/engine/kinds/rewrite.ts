import { scoreRewrite } from '../score-rewrite.ts';
import { oneLine, type KindRules, LIVE_REWRITE_CHARS } from './kind-rules.ts';

/** Rewrite what someone said; graded by the shared detectors and the question's criteria (engine/rewrite/). */
export const rewrite: KindRules<'rewrite'> = {
  kind: 'rewrite',
  score: scoreRewrite,
  isAnswered: (response) => response.text.trim().length > 0,
  displayOrder: () => [],
  codec: {
    pack: (_question, response) => response.text,
    unpack: (_question, packed) => ({ kind: 'rewrite', text: packed }),
  },
  live: {
    // Not counted: the trainer reads the texts and may spotlight one.
    accept: (_question, response) => {
      const text = response.text.trim();
      return text.length > 0 && text.length <= LIVE_REWRITE_CHARS ? { kind: 'rewrite', text } : null;
    },
    tallyKeys: () => [],
    readable: (response) => response.text || undefined,
  },
  lms: {
    // SCORM 1.2 has only fill-in, 255 characters.
    format2004: (_question, response) => ({ type: 'long-fill-in', response: oneLine(response.text, 4000) }),
    format12: (_question, response) => ({ type: 'fill-in', response: oneLine(response.text, 255) }),
    components: () => ({}),
  },
};
