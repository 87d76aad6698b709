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
  /** Reply ids of a highest-scoring walk from start to an ending (the first in file order on ties). */
  readonly path: readonly string[];
  readonly points: number;
}

/**
 * Finds the highest-scoring walk from start to any ending, by DFS memoised per node, so shared sub-dialogues
 * are solved once (linear in nodes + replies). Content validation rejects cycles; should one slip through,
 * a reply that loops back is treated as a dead end instead of recursing forever. With no reachable ending
 * the result is an empty path worth 0.
 */
export function bestConversationPath(question: ConversationQuestion): BestConversationPath {
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const endingIds = new Set(question.endings.map((ending) => ending.id));
  const memo = new Map<string, BestConversationPath | null>();
  const onStack = new Set<string>();

  const bestFrom = (nodeId: string): BestConversationPath | null => {
    if (memo.has(nodeId)) return memo.get(nodeId) ?? null;
    const node = nodes.get(nodeId);
    if (!node || onStack.has(nodeId)) return null;
    onStack.add(nodeId);
    let best: BestConversationPath | null = null;
    for (const reply of node.responses) {
      const rest: BestConversationPath | null = endingIds.has(reply.next) ? { path: [], points: 0 } : bestFrom(reply.next);
      if (!rest) continue;
      const candidate = { path: [reply.id, ...rest.path], points: reply.points + rest.points };
      if (!best || candidate.points > best.points) best = candidate;
    }
    onStack.delete(nodeId);
    memo.set(nodeId, best);
    return best;
  };

  return bestFrom(question.start) ?? { path: [], points: 0 };
}
