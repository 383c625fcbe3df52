/**
 * Where a run is, for progress bars. Counters only grow; `filesTotal` is known once the inputs
 * have been listed.
 */
export interface IndexProgress {
  phase: 'listing' | 'preparing' | 'loading' | 'waiting' | 'swapping' | 'deleting' | 'done'
  filesTotal: number
  filesDone: number
  documentsSent: number
  tasksEnqueued: number
  tasksDone: number
}
