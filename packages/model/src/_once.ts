import { z } from 'zod'

/**
 * A parameter that may appear once: a URL with it twice (`?page=1&page=2`) arrives as an array
 * and is refused with a message that says so, instead of a type error about arrays.
 */
export function once<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (!Array.isArray(value)) return value
    ctx.addIssue({ code: 'custom', message: `given ${value.length} times; give it once` })
    return z.NEVER
  }, schema)
}
