/**
 * Walking and searching the conversation graph. Shared by the scorer and the UI (which replays a path to
 * show the dialogue so far and, on review, the best path).
 */
import type { ConversationEnding, ConversationNode, ConversationQuestion, ConversationReply } from './types.ts';

export interface ConversationStep {
  readonly node: ConversationNode;
  readonly response: ConversationReply;
}

export interface ConversationWalk {
  /** The nodes visited and the reply chosen at each, in order (only the valid prefix when invalid). */
  readonly steps: readonly ConversationStep[];
  /** The ending reached, when the path reaches one. */
  readonly ending?: ConversationEnding;
  /** True when the path starts at `start`, follows existing replies, and stops exactly at an ending. */
  readonly valid: boolean;
  /** Why the walk is not valid; absent when valid. */
  readonly reason?: string;
}

/**
 * Replays `path` (reply ids) from the question's start node. Never throws: the walk stops at the first
 * reply that does not belong to the current node, so the UI can still show what was valid.
 */
export function walkConversation(question: ConversationQuestion, path: readonly string[]): ConversationWalk {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const endings = new Map(question.endings.map((ending) => [ending.id, ending]));
  const steps: ConversationStep[] = [];
  let node = nodes.get(question.start);
  if (!node) return { steps, valid: false, reason: `the conversation has no start node "${question.start}"` };

  for (const [index, replyId] of path.entries()) {
    const current: ConversationNode = node;
    const response = current.responses.find((reply) => reply.id === replyId);
    if (!response) {
      return { steps, valid: false, reason: `"${replyId}" is not a reply available at step ${index + 1}` };
    }
    steps.push({ node: current, response });
    const ending = endings.get(response.next);
    if (ending) {
      if (index < path.length - 1) return { steps, ending, valid: false, reason: 'the path continues past an ending' };
      return { steps, ending, valid: true };
    }
    node = nodes.get(response.next);
    if (!node) return { steps, valid: false, reason: `reply "${replyId}" leads to unknown "${response.next}"` };
  }
  return { steps, valid: false, reason: path.length === 0 ? 'not answered' : 'the conversation has not reached an ending' };
}

export interface BestConversationPath {
  /** Reply ids of the best walk: the highest-scoring reply at every node (the first in file order on ties). */
  readonly path: readonly string[];
  readonly points: number;
}

/**
 * The best walk through a conversation: at every node, the reply the author gave the most points. A reply's
 * points say how good that reply is at that moment, so the best conversation is the best reply each time —
 * not the walk that collects the most points, which could reward a weak reply that opens a longer detour.
 * Content validation rejects loops; should one slip through, the walk stops instead of running forever.
 */
export function bestConversationPath(question: ConversationQuestion): BestConversationPath {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const path: string[] = [];
  const seen = new Set<string>();
  let points = 0;
  let node = nodes.get(question.start);
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    const best = node.responses.reduce<ConversationReply | undefined>((top, reply) => (!top || reply.points > top.points ? reply : top), undefined);
    if (!best) break;
    path.push(best.id);
    points += best.points;
    node = nodes.get(best.next);
  }
  return { path, points };
}
