// `node --import ./bench/raw-imports/register.mjs`: lets plain Node (with tsx) run the API from
// src/, which imports its page assets as text (`./page/index.html?raw`) and its script bundled
// (`./page/app/main.ts?bundle`) the way vitest.config.ts and tsup.config.ts resolve them.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
