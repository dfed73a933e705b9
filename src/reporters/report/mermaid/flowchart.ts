import { mermaidLabel, NodeIds } from "../../escape/mermaid.js";

export type NodeStyle = "canonical" | "deprecated" | "missing" | "group";
export type EdgeStyle = "canonical" | "deprecated" | "internal";

/** Node fills and edge strokes. Deprecated edges are also dashed so they read in greyscale print. */
const classDefs: Record<NodeStyle, string> = {
  canonical: "fill:#e6f4ea,stroke:#1e7b34,stroke-width:2px,color:#0d3318",
  deprecated: "fill:#fdecea,stroke:#b3261e,color:#4a0f0b",
  missing: "fill:#f4f4f4,stroke:#8a8a8a,color:#555555,stroke-dasharray:4 3",
  group: "fill:#eef1f6,stroke:#52606d,color:#1f2933",
};

const linkStyles: Record<EdgeStyle, string> = {
  canonical: "stroke:#1e7b34,stroke-width:2px",
  deprecated: "stroke:#b3261e,stroke-width:2px,stroke-dasharray:6 4",
  internal: "stroke:#8a8a8a,stroke-width:1px",
};

/**
 * A tiny builder for a left-to-right Mermaid flowchart: generated node ids, escaped labels,
 * and the classDef / class / linkStyle lines that style nodes and edges by role.
 */
export class Flowchart {
  private readonly ids = new NodeIds();
  private readonly nodes: string[] = [];
  private readonly edges: string[] = [];
  private readonly nodeClasses = new Map<NodeStyle, string[]>();
  private readonly edgeClasses = new Map<EdgeStyle, number[]>();

  /** Declare a node; `key` is ours (never shown), `lines` are its label. */
  node(key: string, style: NodeStyle, shape: "box" | "round", ...lines: string[]): void {
    const id = this.ids.of(key);
    const label = mermaidLabel(...lines);
    this.nodes.push(shape === "box" ? `  ${id}[${label}]` : `  ${id}(${label})`);
    this.nodeClasses.set(style, [...(this.nodeClasses.get(style) ?? []), id]);
  }

  /** An edge from an importer to what it imports, with a count label. */
  edge(fromKey: string, toKey: string, style: EdgeStyle, label: string): void {
    const arrow = style === "internal" ? "-.->" : "-->";
    this.edges.push(
      `  ${this.ids.of(fromKey)} ${arrow}|${mermaidLabel(label)}| ${this.ids.of(toKey)}`,
    );
    const index = this.edges.length - 1;
    this.edgeClasses.set(style, [...(this.edgeClasses.get(style) ?? []), index]);
  }

  toString(): string {
    const lines = ["flowchart LR", ...this.nodes, ...this.edges];
    for (const [style, ids] of this.nodeClasses) {
      lines.push(`  classDef ${style} ${classDefs[style]}`, `  class ${ids.join(",")} ${style}`);
    }
    for (const [style, indexes] of this.edgeClasses) {
      lines.push(`  linkStyle ${indexes.join(",")} ${linkStyles[style]}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
