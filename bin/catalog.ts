#!/usr/bin/env node
import { execute } from '../src/cli.js';

process.exitCode = await execute(process.argv);
