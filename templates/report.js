// Filters of the deprecated-import tables: by path, by batch and by a part of the file name.
// Plain DOM, no dependencies, works offline; without script every row stays visible.
(() => {
  for (const edges of document.querySelectorAll("[data-edges]")) {
    const form = edges.querySelector("[data-filters]");
    const selects = Array.from(edges.querySelectorAll("select[data-filter]"));
    const text = edges.querySelector("input[data-filter-text]");
    const shown = edges.querySelector("[data-shown]");
    const rows = Array.from(edges.querySelectorAll("tbody tr"));
    const apply = () => {
      const needle = text.value.trim().toLowerCase();
      let visible = 0;
      for (const row of rows) {
        const keep =
          selects.every((s) => s.value === "" || row.dataset[s.dataset.filter] === s.value) &&
          (needle === "" || row.dataset.file.toLowerCase().includes(needle));
        row.hidden = !keep;
        if (keep) visible++;
      }
      shown.textContent = visible.toLocaleString("en-US");
    };
    for (const s of selects) s.addEventListener("change", apply);
    text.addEventListener("input", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
  }
})();
