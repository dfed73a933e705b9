import { mermaidLabel, NodeIds } from "../../escape/mermaid.js";

export type NodeStyle = "canonical" | "deprecated" | "missing" | "group";
export type EdgeStyle = "canonical" | "deprecated" | "internal";
export type NodeShape = "box" | "round";

/** A node of the model: a generated id (n0, n1, …), never a name, and its label lines. */
export interface FlowNode {
  id: string;
  style: NodeStyle;
  shape: NodeShape;
  lines: readonly string[];
}

/** An edge from an importer to what it imports (node ids), with a count label. */
export interface FlowEdge {
  from: string;
  to: string;
  style: EdgeStyle;
  label: string;
}

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

/** Style → the ids (or indexes) that have it, in order of first use. */
function byStyle<S, T>(
  items: readonly T[],
  style: (t: T) => S,
  value: (t: T, i: number) => string,
) {
  const out = new Map<S, string[]>();
  items.forEach((t, i) => {
    out.set(style(t), [...(out.get(style(t)) ?? []), value(t, i)]);
  });
  return out;
}

/**
 * A left-to-right flowchart as a model (nodes, edges, styles by role) with two outputs: the
 * Mermaid text (toString: generated node ids, escaped labels, classDef / class / linkStyle
 * lines; the .mmd files and report.md) and our own SVG (flowchart-svg.ts, from the model).
 */
export class Flowchart {
  private readonly ids = new NodeIds();
  readonly nodes: FlowNode[] = [];
  readonly edges: FlowEdge[] = [];

  /** Declare a node; `key` is ours (never shown), `lines` are its label. */
  node(key: string, style: NodeStyle, shape: NodeShape, ...lines: string[]): void {
    this.nodes.push({ id: this.ids.of(key), style, shape, lines });
  }

  /** An edge from an importer to what it imports, with a count label. */
  edge(fromKey: string, toKey: string, style: EdgeStyle, label: string): void {
    this.edges.push({ from: this.ids.of(fromKey), to: this.ids.of(toKey), style, label });
  }

  /** The Mermaid text of the model. */
  toString(): string {
    const lines = ["flowchart LR"];
    for (const n of this.nodes) {
      const label = mermaidLabel(...n.lines);
      lines.push(n.shape === "box" ? `  ${n.id}[${label}]` : `  ${n.id}(${label})`);
    }
    for (const e of this.edges) {
      const arrow = e.style === "internal" ? "-.->" : "-->";
      lines.push(`  ${e.from} ${arrow}|${mermaidLabel(e.label)}| ${e.to}`);
    }
    const nodeClasses = byStyle(
      this.nodes,
      (n) => n.style,
      (n) => n.id,
    );
    for (const [style, ids] of nodeClasses) {
      lines.push(`  classDef ${style} ${classDefs[style]}`, `  class ${ids.join(",")} ${style}`);
    }
    const edgeClasses = byStyle(
      this.edges,
      (e) => e.style,
      (_, i) => String(i),
    );
    for (const [style, indexes] of edgeClasses) {
      lines.push(`  linkStyle ${indexes.join(",")} ${linkStyles[style]}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
