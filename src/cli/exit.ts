/**
 * The exit codes the README documents, as a type: every command's `run` returns one, so a
 * bare number cannot slip in. 0 success; 1 the command found something (a new deprecated
 * import or a gate not met in `check`, a refused rewrite or failed `--verify` in `migrate`);
 * 2 bad input (config, flag, file), always with one message naming it.
 */
export const ExitCode = { ok: 0, failed: 1, badInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
