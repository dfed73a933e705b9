/**
 * yargs reads a value that starts with `-` as more flags: `--every -3-days` became
 * "Unknown argument: 3". No flag of ours starts with a digit, so a `-<digit>…` word after
 * an option is that option's value, joined as `--option=value` for yargs.
 */
export function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (/^--[a-z][\w-]*$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
