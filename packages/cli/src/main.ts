#!/usr/bin/env node
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { runCli } from './run-cli.js';

const program = new Command('sextant').description('Sextant data catalog').version('0.1.0');
await registerCommands(program, process.argv);
await runCli(program, process.argv);
