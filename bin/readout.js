#!/usr/bin/env -S node --max-semi-space-size=64
// A 64 MB young generation: coding allocates many short-lived objects per sentence, and with
// V8's default nursery they are promoted and swept as old ones; this runs the coder about a tenth
// faster at a lower peak RSS (npm run bench measures with the flags on this first line).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
