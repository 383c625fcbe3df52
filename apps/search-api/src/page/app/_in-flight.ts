/** The one request the page is waiting for; a newer view cancels it. */
let inFlight: AbortController | undefined

/** Cancels whatever the page was loading and returns the controller of the new load. */
export function beginLoad(): AbortController {
  inFlight?.abort()
  inFlight = new AbortController()
  return inFlight
}

/** Whether no newer load has begun since this one. */
export function isLatestLoad(controller: AbortController): boolean {
  return inFlight === controller
}
