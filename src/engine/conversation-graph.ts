/**
 * Structural checks of a conversation graph, used by content validation (src/content/quiz-schema.ts).
 * They live beside `walkConversation` and `bestConversationPath` because those rely on exactly these
 * guarantees: unique ids, existing targets, no loops, everything reachable. Messages are for trainers.
 */
import { bestConversationPath, walkConversation } from './conversation-walk.ts';
import type { ConversationQuestion } from './types.ts';

export interface GraphProblem {
  /** Path inside the question, e.g. ['nodes', 1, 'responses', 0, 'next']. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type GraphShape = Pick<ConversationQuestion, 'start' | 'nodes' | 'endings'>;

/**
 * Lists every structural problem of a conversation: duplicate node/ending ids (one namespace, since `next`
 * may name either), duplicate reply ids within a node, `next` targets that do not exist, loops (each reported once, at
 * the reply that closes it), a missing start node, and nodes or endings unreachable from start.
 */
export function findConversationProblems(q: GraphShape): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const report = (path: (string | number)[], message: string): void => {
    problems.push({ path, message });
  };

  const targetIds = new Set<string>();
  const targets = [
    ...q.nodes.map((n, i) => ({ id: n.id, path: ['nodes', i, 'id'] })),
    ...q.endings.map((e, i) => ({ id: e.id, path: ['endings', i, 'id'] })),
  ];
  for (const { id, path } of targets) {
    if (targetIds.has(id)) report(path, `duplicate id "${id}": node and ending ids must all be different`);
    targetIds.add(id);
  }

  const nodeIndex = new Map(q.nodes.map((n, i) => [n.id, i]));
  const endingIds = new Set(q.endings.map((e) => e.id));
  q.nodes.forEach((n, i) => {
    // A path step is resolved among the current node's replies, so ids need only be unique per node
    // (authors reuse r1, r2… in every node).
    const replyIds = new Set<string>();
    n.responses.forEach((r, j) => {
      if (replyIds.has(r.id)) {
        report(['nodes', i, 'responses', j, 'id'], `duplicate response id "${r.id}": replies of one node need different ids`);
      }
      replyIds.add(r.id);
      if (!nodeIndex.has(r.next) && !endingIds.has(r.next)) {
        report(['nodes', i, 'responses', j, 'next'], `next "${r.next}" is neither a node nor an ending id`);
      }
    });
  });

  findLoops(q, nodeIndex, report);

  if (!nodeIndex.has(q.start)) {
    report(['start'], `start "${q.start}" is not a node id: name the node where the conversation begins`);
    return problems;
  }
  const reached = reachableFrom(q, nodeIndex);
  const unreachable = (what: string, id: string) =>
    `${what} "${id}" cannot be reached from start "${q.start}": link a reply to it or remove it`;
  q.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) report(['nodes', i], unreachable('node', n.id));
  });
  q.endings.forEach((e, i) => {
    if (!reached.has(e.id)) report(['endings', i], unreachable('ending', e.id));
  });
  // Scoring measures a path against the best one, and caps lost and escalated endings: the best path must
  // therefore win the customer back, or a perfect conversation could never earn full credit.
  if (problems.length === 0) {
    const question = { ...q, id: '', kind: 'conversation', skills: [], prompt: '' } as const;
    const outcome = walkConversation(question, bestConversationPath(question).path).ending?.outcome;
    if (outcome !== 'recovered') {
      report(['endings'], `the best path (the top-scoring reply at every step) ends "${outcome ?? "nowhere"}": give the replies that win the customer back the most points`);
    }
  }
  return problems;
}

/** Ids of the nodes and endings a learner can arrive at from start (breadth-first). */
function reachableFrom(q: GraphShape, nodeIndex: ReadonlyMap<string, number>): Set<string> {
  const reached = new Set<string>([q.start]);
  const queue = [q.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const r of q.nodes[nodeIndex.get(id) ?? -1]?.responses ?? []) {
      if (reached.has(r.next)) continue;
      reached.add(r.next);
      if (nodeIndex.has(r.next)) queue.push(r.next);
    }
  }
  return reached;
}

/** Depth-first search over all nodes; a reply leading to a node still on the stack closes a loop. */
function findLoops(
  q: GraphShape,
  nodeIndex: ReadonlyMap<string, number>,
  report: (path: (string | number)[], message: string) => void,
): void {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (i: number): void => {
    const n = q.nodes[i];
    if (!n) return;
    state.set(n.id, 'active');
    stack.push(n.id);
    n.responses.forEach((r, j) => {
      const target = nodeIndex.get(r.next);
      if (target === undefined) return;
      const status = state.get(r.next);
      if (status === 'active') {
        const loop = [...stack.slice(stack.indexOf(r.next)), r.next].join(' → ');
        report(['nodes', i, 'responses', j, 'next'], `this reply makes a loop (${loop}): a conversation must always move towards an ending`);
      } else if (status === undefined) {
        visit(target);
      }
    });
    stack.pop();
    state.set(n.id, 'done');
  };
  q.nodes.forEach((n, i) => {
    if (!state.has(n.id)) visit(i);
  });
}
