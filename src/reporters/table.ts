import { InputError } from "../util/errors.js";

/**
 * Looking up one command's reporters by format. Kept apart from the full registry
 * (reporters/index.ts) so a command loads only its own reporters: `analyze` then never
 * loads the report's templates or the check formats.
 */
export function formatsIn<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

export function isFormatIn<T extends object>(table: T, format: string): format is keyof T & string {
  return Object.hasOwn(table, format);
}

/** The reporter for `format`; an unknown format is an input error listing the known ones. */
export function pickReporter<T extends object>(
  command: string,
  table: T,
  format: string,
): T[keyof T] {
  if (!isFormatIn(table, format)) {
    throw new InputError(
      `${command} --format ${JSON.stringify(format)}: unknown format; use one of ${formatsIn(table).join(", ")}`,
    );
  }
  return table[format];
}
