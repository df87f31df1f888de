#!/usr/bin/env node
console.log('sextant');
