#!/usr/bin/env node
// The `deskid` command-line tool. DeskID's sources are TypeScript, run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
