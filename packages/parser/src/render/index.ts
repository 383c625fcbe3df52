export * from './render-options.js'
export * from './render-sheet.js'
