/**
 * A minimal acyclic automaton (DAWG) over label codes, flattened into arrays. States are
 * numbered in post-order, so every edge points to a lower-numbered state and the root is the
 * last state; the runtime relies on that to count words in a single forward pass.
 *
 * @example
 * const a: Automaton = buildAutomaton([[1], [1, 2]])
 * a.stateCount // 3
 */
export interface Automaton {
  readonly stateCount: number
  readonly edgeCount: number
  readonly root: number
  /** Edges of state `s` are `edgeStart[s] .. edgeStart[s + 1] - 1`, sorted by label. */
  readonly edgeStart: Uint32Array
  readonly edgeLabel: Uint8Array
  readonly edgeTarget: Uint32Array
  /** 1 where a word ends in that state. */
  readonly final: Uint8Array
}

interface BuildState {
  final: boolean
  labels: number[]
  targets: BuildState[]
  /** Creation number, used in register keys; replaced by the post-order number at the end. */
  id: number
}

/**
 * Builds the minimal automaton for `words` (label-code arrays, strictly increasing order)
 * with the incremental algorithm of Daciuk, Mihov, Watson & Watson (2000): after each word,
 * the part of the previous word's path that can no longer change is merged with an
 * equivalent registered state, so memory stays proportional to the result.
 *
 * @example
 * buildAutomaton([[1, 2], [1, 3]]).edgeCount // 3
 */
export function buildAutomaton(words: Iterable<ArrayLike<number>>): Automaton {
  let nextId = 0
  const newState = (): BuildState => ({ final: false, labels: [], targets: [], id: nextId++ })
  const root = newState()
  const register = new Map<string, BuildState>()
  // The path of the previous word: path[i] is the state reached after i labels.
  const path: BuildState[] = [root]
  let previous: ArrayLike<number> = []
  let count = 0

  const keyOf = (state: BuildState): string => {
    let key = state.final ? '1' : '0'
    for (let i = 0; i < state.labels.length; i++) {
      key += `,${state.labels[i]}:${(state.targets[i] as BuildState).id}`
    }
    return key
  }
  const minimiseDownTo = (depth: number): void => {
    for (let i = path.length - 1; i > depth; i--) {
      const child = path[i] as BuildState
      const parent = path[i - 1] as BuildState
      const key = keyOf(child)
      const existing = register.get(key)
      if (existing === undefined) register.set(key, child)
      else parent.targets[parent.targets.length - 1] = existing
    }
    path.length = depth + 1
  }

  for (const word of words) {
    let common = 0
    while (common < word.length && common < previous.length && word[common] === previous[common])
      common++
    if (count > 0 && compare(word, previous) <= 0) {
      throw new Error(
        `buildAutomaton: words must be unique and in increasing order; word ${count} is not after word ${count - 1}`,
      )
    }
    count++
    minimiseDownTo(common)
    let state = path[common] as BuildState
    for (let i = common; i < word.length; i++) {
      const next = newState()
      state.labels.push(word[i] as number)
      state.targets.push(next)
      path.push(next)
      state = next
    }
    state.final = true
    previous = word
  }
  minimiseDownTo(0)
  return flatten(root)
}

function compare(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number)
    if (d !== 0) return d
  }
  return a.length - b.length
}

function flatten(root: BuildState): Automaton {
  const order: BuildState[] = []
  const numbered = new Set<BuildState>()
  // Iterative post-order: deep paths (long words) would overflow a recursive walk.
  const stack: { state: BuildState; next: number }[] = [{ state: root, next: 0 }]
  numbered.add(root)
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { state: BuildState; next: number }
    if (top.next < top.state.targets.length) {
      const child = top.state.targets[top.next++] as BuildState
      if (!numbered.has(child)) {
        numbered.add(child)
        stack.push({ state: child, next: 0 })
      }
      continue
    }
    top.state.id = order.length
    order.push(top.state)
    stack.pop()
  }

  let edgeCount = 0
  for (const state of order) edgeCount += state.labels.length
  const edgeStart = new Uint32Array(order.length + 1)
  const edgeLabel = new Uint8Array(edgeCount)
  const edgeTarget = new Uint32Array(edgeCount)
  const final = new Uint8Array(order.length)
  let edge = 0
  for (const [index, state] of order.entries()) {
    edgeStart[index] = edge
    final[index] = state.final ? 1 : 0
    for (let i = 0; i < state.labels.length; i++) {
      edgeLabel[edge] = state.labels[i] as number
      edgeTarget[edge] = (state.targets[i] as BuildState).id
      edge++
    }
  }
  edgeStart[order.length] = edge
  return {
    stateCount: order.length,
    edgeCount,
    root: root.id,
    edgeStart,
    edgeLabel,
    edgeTarget,
    final,
  }
}
