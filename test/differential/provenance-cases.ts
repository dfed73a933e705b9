/**
 * The consolidations the provenance differential test runs: reexport paths on packages that
 * re-export from their submodules (star imports with `__all__`, explicit re-exports, names
 * bound twice in try/except, names the package defines itself), with importers in the corpus.
 */
export interface DiffConsolidation {
  id: string;
  paths: { id: string; module: string; role: "canonical" | "shim" | "direct" | "reexport" }[];
}

type Role = DiffConsolidation["paths"][number]["role"];

/** `[module, role]` pairs; the path ids are the roles' first letters and an index. */
function consolidation(id: string, ...paths: [string, Role][]): DiffConsolidation {
  return { id, paths: paths.map(([module, role], i) => ({ id: `${role}${i}`, module, role })) };
}

export const stdlibConsolidations: DiffConsolidation[] = [
  // 16 star imports of submodules with `__all__`; events and tasks also bind names twice
  // (a def, then `from _asyncio import …` in a try).
  consolidation(
    "asyncio",
    ["asyncio.events", "canonical"],
    ["asyncio.tasks", "shim"],
    ["asyncio.base_events", "direct"],
    ["asyncio", "reexport"],
  ),
  // Re-exports JSONDecoder, JSONDecodeError, JSONEncoder; defines dump(s), load(s) itself.
  consolidation(
    "json",
    ["json.decoder", "canonical"],
    ["json.encoder", "shim"],
    ["json", "reexport"],
  ),
  consolidation(
    "futures",
    ["concurrent.futures._base", "canonical"],
    ["concurrent.futures.thread", "shim"],
    ["concurrent.futures", "reexport"],
  ),
  // `from importlib import resources` reaches the reexport path through its parent.
  consolidation(
    "resources",
    ["importlib.resources._common", "canonical"],
    ["importlib.resources._legacy", "shim"],
    ["importlib.resources", "reexport"],
  ),
  // Everything collections binds is its own or comes from outside modules: all unrelated.
  consolidation("collections", ["_collections_abc", "canonical"], ["collections", "reexport"]),
  consolidation("importlib", ["importlib._bootstrap", "canonical"], ["importlib", "reexport"]),
];

const aws = "ansible_collections.amazon.aws.plugins.module_utils";
const avi = "ansible_collections.community.network.plugins.module_utils.network.avi";
const general = "ansible_collections.community.general.plugins.module_utils";

/** By the corpus folder's name (SSOT_DIFF_CORPUS). */
export const corpusConsolidations: Record<string, DiffConsolidation[]> = {
  django: [
    consolidation(
      "models",
      ["django.db.models.query", "canonical"],
      ["django.db.models.fields", "shim"],
      ["django.db.models.expressions", "direct"],
      ["django.db.models", "reexport"],
    ),
    consolidation(
      "forms",
      ["django.forms.fields", "canonical"],
      ["django.forms.widgets", "shim"],
      ["django.forms", "reexport"],
    ),
    consolidation(
      "http",
      ["django.http.response", "canonical"],
      ["django.http.request", "shim"],
      ["django.http", "reexport"],
    ),
    consolidation(
      "urls",
      ["django.urls.base", "canonical"],
      ["django.urls.conf", "shim"],
      ["django.urls.resolvers", "direct"],
      ["django.urls", "reexport"],
    ),
    consolidation("apps", ["django.apps.registry", "canonical"], ["django.apps", "reexport"]),
    consolidation("db", ["django.db.utils", "canonical"], ["django.db", "reexport"]),
    consolidation(
      "template",
      ["django.template.base", "canonical"],
      ["django.template.exceptions", "shim"],
      ["django.template", "reexport"],
    ),
    consolidation(
      "geos",
      ["django.contrib.gis.geos.geometry", "canonical"],
      ["django.contrib.gis.geos.error", "shim"],
      ["django.contrib.gis.geos", "reexport"],
    ),
  ],
  ansible: [
    consolidation(
      "aws-core",
      [`${aws}.modules`, "canonical"],
      [`${aws}.botocore`, "shim"],
      [`${aws}.transformation`, "direct"],
      [`${aws}.core`, "reexport"],
    ),
    consolidation(
      "aws-ec2",
      [`${aws}.retries`, "canonical"],
      [`${aws}.tagging`, "shim"],
      [`${aws}.botocore`, "direct"],
      [`${aws}.ec2`, "reexport"],
    ),
    consolidation(
      "avi",
      [`${avi}.ansible_utils`, "canonical"],
      [`${avi}.avi_api`, "shim"],
      [`${avi}.avi`, "reexport"],
    ),
    consolidation(
      "crypto-version",
      ["ansible_collections.community.crypto.plugins.module_utils._version", "canonical"],
      ["ansible_collections.community.crypto.plugins.module_utils.version", "reexport"],
    ),
    consolidation(
      "module-helper",
      [`${general}.mh.module_helper`, "canonical"],
      [`${general}.mh.mixins.cmd`, "shim"],
      [`${general}.module_helper`, "reexport"],
    ),
    consolidation(
      "azure",
      ["ansible_collections.azure.azcollection.plugins.module_utils.azure_rm_common", "canonical"],
      [
        "ansible_collections.azure.azcollection.plugins.module_utils.azure_rm_common_ext",
        "reexport",
      ],
    ),
  ],
};
