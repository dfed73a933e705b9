#!/usr/bin/env node
import { main } from "../.bt/main.js";
const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then((code) => { process.exitCode = code; });
