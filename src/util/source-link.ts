/**
 * A link to a file's line on the repository host, from `report.linkTemplate` ({commit},
 * {file}, {line}); only http(s) templates make links (a `javascript:` one never does).
 */
export function sourceLink(
  links: { template: string; commit: string } | undefined,
  file: string,
  line: number,
): string | undefined {
  if (!links || !/^https?:\/\//i.test(links.template)) return undefined;
  const encodedFile = file.split("/").map(encodeURIComponent).join("/");
  return links.template
    .replaceAll("{commit}", encodeURIComponent(links.commit))
    .replaceAll("{file}", encodedFile)
    .replaceAll("{line}", String(line));
}
