import { config } from 'zod';

// Zod compiles object parsers with `new Function`, and probes for it when a schema is built.
// Trusted Types forbid that here; the probe's caught failure is still reported as a console
// error. This module is imported first in main.tsx so it runs before any schema is created.
config({ jitless: true });
