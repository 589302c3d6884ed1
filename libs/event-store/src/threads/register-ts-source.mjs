/** `--import` this in a worker started from source: registers ts-source-loader.mjs (see there). */
import { register } from 'node:module';

register('./ts-source-loader.mjs', import.meta.url);
